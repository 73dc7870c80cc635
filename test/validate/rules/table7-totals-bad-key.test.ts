import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/api.js';
import { bytesOf, minimalRecord } from '../../helpers/records.js';

const line = (o: Record<string, unknown>) => ({ ...minimalRecord('table7'), ...o });
const normal = (o: Record<string, unknown> = {}) => line({ serviceCode: '111211', providerCode: '1310000002', units: '100', ...o });
const subtotal = (o: Record<string, unknown> = {}) => line({ serviceCode: '11AAAA', providerCode: '1310000002', units: '0', ...o });
const total = (o: Record<string, unknown> = {}) => line({ serviceCode: '999999', providerCode: '9999999999', units: '0', ...o });
const codes = (records: Record<string, unknown>[]) => parse(bytesOf('table7', records), { kind: 'table7' }).issues.map((i) => [i.code, i.line]);

// Regression (issue 12): one invalid 対象年月 raised a false file.grandTotalMissing (the row made a user-month of its own).
describe('第7表 totals: a key column with its own error causes no further finding', () => {
  it('an invalid 対象年月 on one row: only its field error', () => {
    expect(codes([normal(), normal({ targetMonth: '202513' }), subtotal(), total()])).toEqual([['field.yearMonth', 2]]);
    // On the first row of the user too (the user-month takes its month from the next row).
    expect(codes([normal({ targetMonth: '202513' }), normal(), subtotal(), total()])).toEqual([['field.yearMonth', 1]]);
    // And on the total row itself: it is still the user's total.
    expect(codes([normal(), normal(), subtotal(), total({ targetMonth: '20251' })])).toEqual([['field.yearMonth', 4]]);
  });

  it('a valid but other 対象年月 on one row of a user: file.mixedMonth on that row only', () => {
    expect(codes([normal(), normal({ targetMonth: '202506' }), normal(), subtotal(), total()])).toEqual([['file.mixedMonth', 2]]);
  });

  it('an invalid 被保険者番号 or 保険者番号: the row belongs to no user that can be told; nothing missing is concluded around it', () => {
    // The bad row may be the total of the user before it or after it.
    expect(codes([normal(), total({ insuredNumber: 'X' })]).map(([c]) => c)).toEqual(['field.insuredNumber']);
    const other = { insuredNumber: '0000000002' };
    expect(codes([normal(), normal(), total({ insurerNumber: '' }), normal(other), total(other)]).map(([c]) => c)).toEqual(['field.required']);
  });

  it('still finds a missing total when every key is valid', () => {
    expect(codes([normal(), normal()]).map(([c]) => c)).toContain('file.grandTotalMissing');
  });
});
