import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { bytesOf, minimalRecord } from '../helpers/records.js';

const issuesOf = (planDate: string, targetMonth: string) =>
  parse(bytesOf('userSupplement', [{ ...minimalRecord('userSupplement'), planDate, targetMonth }]), { kind: 'userSupplement' }).issues.filter((i) =>
    i.code.startsWith('field.'),
  );

describe('利用者補足情報: No.4 accepts 00000000 and No.63 accepts 000000 as placeholders', () => {
  it('the placeholders pass the column checks', () => {
    expect(issuesOf('00000000', '202505')).toEqual([]);
    expect(issuesOf('20250415', '000000')).toEqual([]);
  });
  it('other non-dates are still field.date / field.yearMonth', () => {
    expect(issuesOf('00000001', '202505').map((i) => [i.code, i.column])).toEqual([['field.date', 4]]);
    expect(issuesOf('20250415', '000013').map((i) => [i.code, i.column])).toEqual([['field.yearMonth', 63]]);
  });
  it('other kinds have no placeholder: 00000000 is not a date there', () => {
    const r = parse(bytesOf('plan1Delete', [{ ...minimalRecord('plan1Delete'), planDate: '00000000' }]), { kind: 'plan1Delete' });
    expect(r.issues.map((i) => [i.code, i.column])).toEqual([['field.date', 4]]);
  });
});
