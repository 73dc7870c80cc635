import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

describe('reconcile: rows are matched within a user-month only', () => {
  const userA = validRecord({ insuredNumber: '0000123456' });
  const userB = validRecord({ insuredNumber: '0000654321' });

  it('the same service for another 被保険者番号 does not match', () => {
    const r = reconcile([userA], [userB]);
    expect(r.differences.map((d) => [d.type, d.userMonth])).toEqual([
      ['missing', 0],
      ['extra', 1],
    ]);
    expect(r.userMonths.map((u) => [u.planRows, u.actualRows])).toEqual([
      [1, 0],
      [0, 1],
    ]);
  });

  it('another 保険者番号 is another user-month', () => {
    const r = reconcile([userA], [{ ...userA, insurerNumber: '131002' }]);
    expect(r.summary).toMatchObject({ missing: 1, extra: 1, matched: 0 });
  });

  it('another 対象年月 is another user-month (both sides cover both months)', () => {
    const may = userA;
    const june = { ...userA, targetMonth: '202506', serviceDate: '20250605' };
    const r = reconcile([may, june], [june, { ...may }]);
    expect(r.same).toBe(true);
    expect(r.userMonths.map((u) => u.targetMonth)).toEqual(['202505', '202506']);
    // A June 実績 row does not satisfy a May 予定 row with the same day number.
    const r2 = reconcile([may], [may, { ...may, targetMonth: '202506' }], { scope: 'all' });
    expect(r2.differences.map((d) => d.type)).toEqual(['extra']);
    expect(r2.differences[0]?.user.targetMonth).toBe('202506');
  });

  it('differences are ordered by user-month, then date and time', () => {
    const r = reconcile([userA, { ...userA, serviceDate: '20250502' }, userB], [{ ...userB, serviceDate: '20250503' }], { scope: 'all' });
    expect(r.differences.map((d) => [d.userMonth, (d.plan ?? d.actual)?.serviceDate])).toEqual([
      [0, '20250502'],
      [0, '20250505'],
      [1, '20250503'],
      [1, '20250505'],
    ]);
  });
});
