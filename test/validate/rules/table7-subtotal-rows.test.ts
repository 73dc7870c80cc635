import { describe, expect, it } from 'vitest';
import { brief, read, rec } from './rule-helpers.js';

const row = (o: Record<string, unknown> = {}) => rec('table7', o);
const total = (o: Record<string, unknown> = {}) => row({ serviceCode: '999999', providerCode: '9999999999', units: '0', ...o });

describe('第7表 record rule: subtotal / total rows ({種類}AAAA, EEEE, ZZZZ, 999999) have 単位数 0 and empty 割引後率 / 割引後単位数', () => {
  it('accepts a file whose special rows keep the rule, and normal rows with discounts', () => {
    const r = read('table7', [
      row({ serviceCode: '111211', units: '396', discountRate: '90', discountedUnits: '356' }),
      row({ serviceCode: '112211', units: '250' }),
      row({ serviceCode: '11AAAA', units: '0' }),
      row({ serviceCode: '31EEEE', units: '000000' }),
      row({ serviceCode: '21ZZZZ', units: '0' }),
      total(),
    ]);
    expect(r.issues).toEqual([]);
  });

  it('reports record.subtotalUnits at 単位数 (No.13) when it is not 0', () => {
    const r = read('table7', [row({ serviceCode: '11EEEE', units: '5' }), total({ units: '12' })]);
    const units = (line: number) => ({
      code: 'record.subtotalUnits',
      severity: 'error',
      line,
      record: line,
      column: 13,
      field: 'units',
      fieldJa: '単位数',
      params: {},
    });
    expect(brief(r.issues)).toEqual([units(1), units(2)]);
  });

  it('reports record.subtotalNotEmpty at 割引後率 (No.14) and 割引後単位数 (No.15)', () => {
    const r = read('table7', [row({ serviceCode: '11ZZZZ', units: '0', discountRate: '90' }), total({ discountRate: '90', discountedUnits: '1' })]);
    const at = (line: number, column: number, field: string, fieldJa: string) => ({
      code: 'record.subtotalNotEmpty',
      severity: 'error',
      line,
      record: line,
      column,
      field,
      fieldJa,
      params: {},
    });
    expect(brief(r.issues)).toEqual([
      at(1, 14, 'discountRate', '割引後率'),
      at(2, 14, 'discountRate', '割引後率'),
      at(2, 15, 'discountedUnits', '割引後単位数'),
    ]);
  });

  it('does not repeat a field issue: an invalid 単位数 or 割引後率 on a subtotal row is only the field error', () => {
    const r = read('table7', [row({ serviceCode: '11AAAA', units: '1x', discountRate: 'x' }), total()]);
    expect(brief(r.issues).map((i) => [i.code, i.column])).toEqual([
      ['field.integer', 13],
      ['field.integer', 14],
    ]);
  });
});
