import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconcile, type RowRef } from '../../src/reconcile/index.js';
import type { Table6Record } from '../../src/schemas/layouts.js';
import { validRecord, validRecords } from '../../src/testing/index.js';

// What identifies a row for the reconciliation: its user-month, match key and compared columns (integer
// columns by value). A row reported for another that is identical in all of these is the same report.
const INTEGER = new Set(['units', 'serviceCount', 'shortStayDaysBeforeMonth', 'detailCode']);
const COLUMNS = [
  'insurerNumber',
  'insuredNumber',
  'targetMonth',
  'providerCode',
  'satelliteBranch',
  'serviceCode',
  'serviceDate',
  'startTime',
  'endTime',
  'detailCode',
  'serviceCount',
  'units',
  'shortStayDaysBeforeMonth',
  'proRataDays',
  'taisCode',
  'welfareEquipmentCode',
  'over30Days',
] as const;
const signature = (r: Table6Record) => COLUMNS.map((k) => (INTEGER.has(k) && /^\d+$/.test(r[k]) ? String(Number(r[k])) : r[k])).join('|');
const at = (records: readonly Table6Record[], ref: RowRef | null) => records[(ref?.record ?? 0) - 1] as Table6Record;

/** A valid set and an index into it. */
const setAndIndex = validRecords('table6Plan', { maxRecords: 15 }).chain((set) =>
  fc.tuple(fc.constant(set), fc.nat({ max: set.records.length - 1 })),
);

describe('property: removing or adding one row is reported exactly once', () => {
  it('a row removed from the actual side is one missing row, equal to the removed one', () => {
    fc.assert(
      fc.property(setAndIndex, ([{ records }, i]) => {
        const actual = records.filter((_, j) => j !== i);
        const r = reconcile(records, actual, { scope: 'all' });
        expect(r.differences).toHaveLength(1);
        const d = r.differences[0];
        expect(d?.type).toBe('missing');
        expect(signature(at(records, d?.plan ?? null))).toBe(signature(records[i] as Table6Record));
        expect(r.summary).toMatchObject({ missing: 1, extra: 0, changed: 0, matched: records.length - 1 });
      }),
    );
  });

  it('a row added to the actual side is one extra row, equal to the added one (default scope)', () => {
    const case_ = setAndIndex.chain(([set, i]) =>
      fc.tuple(fc.constant(set.records), fc.constant(i), validRecord('table6Actual', { version: set.version, month: set.month })),
    );
    fc.assert(
      fc.property(case_, ([records, i, added]) => {
        const actual = [...records.slice(0, i), added, ...records.slice(i)];
        const r = reconcile(records, actual);
        expect(r.differences).toHaveLength(1);
        const d = r.differences[0];
        expect(d?.type).toBe('extra');
        expect(signature(at(actual, d?.actual ?? null))).toBe(signature(added));
        expect(r.summary).toMatchObject({ missing: 0, extra: 1, changed: 0, matched: records.length });
      }),
    );
  });
});
