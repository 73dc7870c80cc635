import { describe, expect, it } from 'vitest';
import { brief, read, rec } from './rule-helpers.js';

const A = { insurerNumber: '131001', insuredNumber: '0000000001' };
const B = { insurerNumber: '131001', insuredNumber: '0000000002' };
const row = (user: Record<string, string>, o: Record<string, unknown> = {}) => rec('table7', { ...user, ...o });
const total = (user: Record<string, string>) => row(user, { serviceCode: '999999', providerCode: '9999999999', units: '0' });
const fileFinding = (code: string, line: number, params: Record<string, unknown>) => ({
  code,
  severity: 'error',
  line,
  record: line,
  column: null,
  field: null,
  fieldJa: null,
  params,
});

describe('第7表 file rule: exactly one grand-total row 999999 per user (保険者番号 + 被保険者番号)', () => {
  it('is clean with one total per user, wherever it stands', () => {
    const r = read('table7', [row(A), total(B), row(B, { serviceCode: '131111' }), total(A)]);
    expect(r.issues).toEqual([]);
  });

  it('reports file.grandTotalMissing at the first row of a user without one', () => {
    const r = read('table7', [row(A), total(A), row(B), row(B, { serviceCode: '131111' })]);
    expect(brief(r.issues)).toEqual([fileFinding('file.grandTotalMissing', 3, { expected: '999999' })]);
  });

  it('reports file.grandTotalDuplicate at the second total of a user, naming the first', () => {
    const r = read('table7', [row(A), total(A), total(A), row(B), total(B)]);
    expect(brief(r.issues)).toEqual([fileFinding('file.grandTotalDuplicate', 3, { otherLine: 2 })]);
  });

  it('checks a user whose rows come in separate blocks block by block (bounded memory): no duplicate across blocks', () => {
    const r = read('table7', [row(A), total(A), row(B), total(B), total(A)]);
    expect(r.issues).toEqual([]);
  });

  it('remembers the users seen before in a file of more than 4,096 users (kept exactly, then in a fixed-size filter)', () => {
    const user = (n: number) => ({ insurerNumber: '131001', insuredNumber: String(n).padStart(10, '0') });
    const rows = [];
    for (let n = 1; n <= 4200; n++) rows.push(row(user(n)), total(user(n)));
    // Users 1 (kept exactly when it was seen) and 4200 (seen after the switch) come back in a second block
    // without their total: a block of a user seen before is not judged; user 4201 is new and lacks one.
    rows.push(row(user(1)), row(user(4200)), row(user(4201)));
    const r = read('table7', rows);
    expect(brief(r.issues)).toEqual([fileFinding('file.grandTotalMissing', 8403, { expected: '999999' })]);
  });

  it('tells users apart by 保険者番号 too', () => {
    const other = { ...A, insurerNumber: '141002' };
    const r = read('table7', [row(A), total(A), row(other)]);
    expect(brief(r.issues)).toEqual([fileFinding('file.grandTotalMissing', 3, { expected: '999999' })]);
  });

  it('concludes nothing about a user with an invalid サービスコード (it may be the total): only the field error', () => {
    const r = read('table7', [row(A), row(A, { serviceCode: '99999' })]);
    expect(brief(r.issues).map((i) => [i.code, i.line, i.column])).toEqual([['field.serviceCode', 2, 9]]);
  });
});
