import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { validRecords } from '../../src/testing/index.js';

describe('property: a valid 第6表 set reconciled with itself has no difference', () => {
  it('reconcile(x, x) is empty, in both scopes, and every row is matched', () => {
    fc.assert(
      fc.property(
        validRecords('table6Plan', { maxRecords: 20 }),
        fc.constantFrom('actualProviders' as const, 'all' as const),
        ({ records }, scope) => {
          const r = reconcile(records, records, { scope });
          expect(r.same).toBe(true);
          expect(r.differences).toEqual([]);
          expect(r.summary.matched).toBe(records.length);
          expect(r.summary.excludedPlanRows).toBe(0);
        },
      ),
    );
  });

  it('the order of the actual rows does not matter', () => {
    fc.assert(
      fc.property(
        validRecords('table6Actual', { maxRecords: 20 }).chain(({ records }) =>
          fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })),
        ),
        ([records, shuffled]) => {
          expect(reconcile(records, shuffled).same).toBe(true);
        },
      ),
    );
  });
});
