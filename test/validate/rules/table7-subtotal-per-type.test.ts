import { describe, expect, it } from 'vitest';
import { brief, read, rec } from './rule-helpers.js';

const A = { insurerNumber: '131001', insuredNumber: '0000000001' };
const B = { insurerNumber: '131001', insuredNumber: '0000000002' };
const row = (user: Record<string, string>, serviceCode: string, o: Record<string, unknown> = {}) => rec('table7', { ...user, serviceCode, ...o });
const sub = (user: Record<string, string>, serviceCode: string) => row(user, serviceCode, { units: '0' });
const total = (user: Record<string, string>) => row(user, '999999', { providerCode: '9999999999', units: '0' });

describe('第7表 file rule: a service type with several rows needs its subtotal row {種類}AAAA (warning)', () => {
  it('warns file.subtotalMissing at the first row of the type, naming the code and the count', () => {
    const r = read('table7', [row(A, '131111'), row(A, '111211'), row(A, '112211'), row(A, '111311', { providerCode: '1370000009' }), total(A)]);
    expect(brief(r.issues)).toEqual([
      {
        code: 'file.subtotalMissing',
        severity: 'warning',
        line: 2,
        record: 2,
        column: 9,
        field: 'serviceCode',
        fieldJa: 'サービスコード',
        params: { expected: '11AAAA', actual: 3 },
      },
    ]);
    expect(r.ok).toBe(true);
  });

  it('is satisfied by a {種類}AAAA row, or by {種類}EEEE (区分支給対象外 types), before or after the lines', () => {
    expect(read('table7', [sub(A, '11AAAA'), row(A, '111211'), row(A, '112211'), total(A)]).issues).toEqual([]);
    expect(read('table7', [row(A, '311111'), row(A, '312111'), sub(A, '31EEEE'), total(A)]).issues).toEqual([]);
  });

  it('does not count a 30日超過分 subtotal {種類}ZZZZ as the type subtotal', () => {
    const r = read('table7', [row(A, '211111'), row(A, '212111'), sub(A, '21ZZZZ'), total(A)]);
    expect(brief(r.issues).map((i) => [i.code, i.line, i.params])).toEqual([['file.subtotalMissing', 1, { expected: '21AAAA', actual: 2 }]]);
  });

  it('counts rows per user: one row of a type for each of two users needs no subtotal', () => {
    expect(read('table7', [row(A, '111211'), row(B, '111211'), total(A), total(B)]).issues).toEqual([]);
  });
});
