import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

describe('reconcile: delivered but not planned (extra)', () => {
  const plan = [validRecord({ serviceDate: '20250505' })];

  it('reports the actual row with its record and line', () => {
    const actual = [validRecord({ serviceDate: '20250505' }), validRecord({ serviceDate: '20250519', startTime: '1300', endTime: '1400' })];
    const r = reconcile(plan, { records: actual, lines: [1, 2] });
    expect(r.differences).toEqual([
      expect.objectContaining({
        type: 'extra',
        plan: null,
        pairedBy: null,
        actual: expect.objectContaining({ record: 2, line: 2, serviceDate: '20250519', startTime: '1300', endTime: '1400' }),
      }),
    ]);
    expect(r.summary).toMatchObject({ extra: 1, matched: 1, actualRows: 2 });
  });

  it('an add-on delivered beside its base service is extra (its code differs and the base is matched)', () => {
    const addOn = validRecord({ serviceDate: '20250505', serviceCode: '114001', units: '200' });
    const r = reconcile(plan, [...plan, addOn]);
    expect(r.differences.map((d) => [d.type, d.actual?.serviceCode])).toEqual([['extra', '114001']]);
  });
});
