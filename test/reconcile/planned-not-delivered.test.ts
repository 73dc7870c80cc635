import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

describe('reconcile: planned but not delivered (missing)', () => {
  const plan = [validRecord({ serviceDate: '20250505' }), validRecord({ serviceDate: '20250508' }), validRecord({ serviceDate: '20250512' })];
  const actual = plan.filter((_, i) => i !== 1).map((r) => ({ ...r }));

  it('reports the plan row with its record and line, and no actual row', () => {
    const r = reconcile({ records: plan, lines: [1, 4, 5] }, actual);
    expect(r.differences).toHaveLength(1);
    const d = r.differences[0];
    expect(d).toMatchObject({
      type: 'missing',
      actual: null,
      changes: [],
      pairedBy: null,
      plan: {
        record: 2,
        line: 4,
        serviceDate: '20250508',
        serviceCode: '111211',
        providerCode: '1310000002',
        startTime: '1000',
        endTime: '1100',
        serviceCount: '1',
        units: '396',
      },
    });
    expect(r.summary).toMatchObject({ missing: 1, extra: 0, changed: 0, matched: 2 });
  });

  it('a day moved to another date is a missing and an extra row, not a change', () => {
    const moved = plan.map((r, i) => (i === 1 ? { ...r, serviceDate: '20250509' } : r));
    const r = reconcile(plan, moved);
    expect(r.differences.map((d) => [d.type, (d.plan ?? d.actual)?.serviceDate])).toEqual([
      ['missing', '20250508'],
      ['extra', '20250509'],
    ]);
  });

  it('without lines, rows are named by record number and line is null', () => {
    const r = reconcile(plan, actual);
    expect(r.differences[0]?.plan).toMatchObject({ record: 2, line: null });
  });
});
