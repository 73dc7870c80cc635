import { describe, expect, it } from 'vitest';
import { brief, read, rec } from './rule-helpers.js';

const row = (o: Record<string, unknown> = {}) => rec('table7', o);
const total = (o: Record<string, unknown> = {}) => row({ serviceCode: '999999', providerCode: '9999999999', units: '0', ...o });
const provider = (code: string, line: number, params: Record<string, unknown>) => ({
  code,
  severity: 'error',
  line,
  record: line,
  column: 7,
  field: 'providerCode',
  fieldJa: 'サービス事業所コード',
  params,
});

describe('第7表 record rule: サービス事業所コード 9999999999 belongs to the grand-total row 999999 only', () => {
  it('reports record.grandTotalProvider when the 999999 row has another office number', () => {
    const r = read('table7', [row(), total({ providerCode: '1370000001' })]);
    expect(brief(r.issues)).toEqual([provider('record.grandTotalProvider', 2, { expected: '9999999999' })]);
  });

  it('reports record.reservedProviderCode when a normal row uses 9999999999', () => {
    const r = read('table7', [row({ providerCode: '9999999999' }), total()]);
    expect(brief(r.issues)).toEqual([provider('record.reservedProviderCode', 1, {})]);
  });

  it('leaves the office number of subtotal rows alone (the spec does not fix it)', () => {
    const r = read('table7', [
      row(),
      row({ serviceCode: '112211' }),
      row({ serviceCode: '11AAAA', units: '0', providerCode: '1370000001' }),
      row({ serviceCode: '11ZZZZ', units: '0', providerCode: '9999999999' }),
      total(),
    ]);
    expect(r.issues).toEqual([]);
  });
});
