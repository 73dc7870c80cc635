import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

describe('reconcile: a plan delivered exactly has no difference', () => {
  const plan = [
    validRecord({ serviceDate: '20250505' }),
    validRecord({ serviceDate: '20250508' }),
    validRecord({ serviceDate: '20250512', startTime: '1400', endTime: '1500' }),
  ];

  it('reports nothing and counts every row as matched', () => {
    // 実績 rows differ from 予定 rows where they do by design: 作成年月日, 更新業者コード, version alias.
    const actual = plan.map((r) => ({ ...r, createdDate: '20250603', updaterCode: '1310000002' }));
    const r = reconcile(plan, actual);
    expect(r.same).toBe(true);
    expect(r.differences).toEqual([]);
    expect(r.summary).toEqual({ planRows: 3, actualRows: 3, matched: 3, missing: 0, extra: 0, changed: 0, excludedPlanRows: 0 });
    expect(r.userMonths).toHaveLength(1);
    expect(r.userMonths[0]).toMatchObject({ planRows: 3, actualRows: 3, matched: 3 });
  });

  it('does not depend on row order', () => {
    const r = reconcile(plan, [...plan].reverse());
    expect(r.same).toBe(true);
    expect(r.summary.matched).toBe(3);
  });

  it('accepts parse-result-like inputs ({ kind, records, lines })', () => {
    const r = reconcile({ kind: 'table6Plan', records: plan, lines: [1, 2, 3] }, { kind: 'table6Actual', records: plan });
    expect(r.same).toBe(true);
  });

  it('two empty sides are the same', () => {
    expect(reconcile([], []).same).toBe(true);
  });
});
