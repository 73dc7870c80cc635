import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

describe('reconcile: several identical lines on one day', () => {
  const line = validRecord({ serviceCode: '116275', startTime: '9999', endTime: '9999', units: '50' });

  it('pair one to one: three planned, two delivered is one missing', () => {
    const r = reconcile([line, line, line], [line, line]);
    expect(r.summary).toMatchObject({ matched: 2, missing: 1, extra: 0 });
    expect(r.differences).toHaveLength(1);
    // The last plan row is the one left over (pairs are made in file order).
    expect(r.differences[0]?.plan?.record).toBe(3);
  });

  it('one planned, two delivered is one extra', () => {
    const r = reconcile([line], [line, line]);
    expect(r.summary).toMatchObject({ matched: 1, extra: 1 });
    expect(r.differences[0]?.actual?.record).toBe(2);
  });

  it('identical keys with different units: the row that was removed is the one reported', () => {
    const a = validRecord({ units: '100' });
    const b = validRecord({ units: '200' });
    const r = reconcile([a, b], [b]);
    expect(r.differences).toHaveLength(1);
    expect(r.differences[0]).toMatchObject({ type: 'missing', plan: { record: 1, units: '100' } });
  });

  it('17 rental lines told apart by 明細判別コード match by that code', () => {
    const rental = { serviceCode: '171001', startTime: '9999', endTime: '9999', units: '300', taisCode: '00001-000010', serviceDate: '20250501' };
    const plan = [validRecord({ ...rental, detailCode: '1' }), validRecord({ ...rental, detailCode: '2' })];
    const r = reconcile(plan, [validRecord({ ...rental, detailCode: '2' })]);
    expect(r.differences.map((d) => [d.type, d.plan?.detailCode])).toEqual([['missing', '1']]);
  });
});
