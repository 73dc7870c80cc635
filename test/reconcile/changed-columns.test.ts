import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPARED_FIELDS, reconcile } from '../../src/reconcile/index.js';
import { validRecord, validV3Record } from '../helpers/table6.js';

describe('reconcile: a matched row whose other columns differ is changed', () => {
  it('lists 回数 and 単位数 changes of a row with the same key (pairedBy key)', () => {
    const r = reconcile([validRecord()], [validRecord({ serviceCount: '2', units: '792' })]);
    expect(r.differences).toEqual([
      expect.objectContaining({
        type: 'changed',
        pairedBy: 'key',
        changes: [
          { field: 'units', fieldJa: '単位数', column: 8, plan: '396', actual: '792' },
          { field: 'serviceCount', fieldJa: 'サービス回数', column: 14, plan: '1', actual: '2' },
        ],
      }),
    ]);
  });

  it('compares integer columns by value (01 = 1) and ignores 作成年月日, 更新業者コード and names', () => {
    const actual = validRecord({
      serviceCount: '01',
      units: '0396',
      createdDate: '20250601',
      updaterCode: '1310000002',
      providerName: '別名',
      planManagerName: '別人',
    });
    expect(reconcile([validRecord()], [actual]).same).toBe(true);
  });

  it('日割対象日 and ３０日超区分 are compared', () => {
    const r = reconcile([validRecord()], [validRecord({ proRataDays: '1'.repeat(5) + '0'.repeat(26), over30Days: '1' })]);
    expect(r.differences[0]?.changes.map((c) => c.field)).toEqual(['proRataDays', 'over30Days']);
  });

  it('the columns a 202208 record lacks are not compared against a 202407 record', () => {
    const rental = { serviceCode: '171001', startTime: '9999', endTime: '9999', units: '300', detailCode: '1' };
    const plan = validRecord({ ...rental, taisCode: '00001-000010' });
    const actual = validV3Record({ ...rental, targetMonth: '202505', serviceDate: '20250505' });
    expect(reconcile([plan], [actual]).same).toBe(true);
    // Between two 202407 records they are.
    const r = reconcile([plan], [validRecord({ ...rental, taisCode: '00002-000020' })]);
    expect(r.differences[0]?.changes.map((c) => c.field)).toEqual(['taisCode']);
  });

  it('option compare chooses the columns: without 単位数, a units change is no difference', () => {
    const compare = DEFAULT_COMPARED_FIELDS.filter((k) => k !== 'units');
    const r = reconcile([validRecord()], [validRecord({ units: '0' })], { compare });
    expect(r.same).toBe(true);
    expect(r.compared).not.toContain('units');
    expect(r.summary.matched).toBe(1);
  });

  it('option compare without times: a time change pairs silently', () => {
    const r = reconcile([validRecord()], [validRecord({ startTime: '1030', endTime: '1130' })], { compare: ['units', 'serviceCount'] });
    expect(r.same).toBe(true);
    expect(r.compared).toEqual(['units', 'serviceCount']);
  });
});
