import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/api.js';
import { validRecords } from '../../../src/testing/arbitraries.js';
import { bytesOf } from '../../helpers/records.js';

const RUNS = 60;

describe('the file rules on generated valid sets: breaking one rule gives exactly that finding', () => {
  it('第7表: removing a grand-total row 999999 gives one file.grandTotalMissing', () => {
    fc.assert(
      fc.property(validRecords('table7', { version: '202407', maxRecords: 6 }), fc.nat(), ({ records }, pick) => {
        const totals = records.flatMap((r, i) => (r.serviceCode === '999999' ? [i] : []));
        expect(totals.length).toBeGreaterThan(0);
        const drop = totals[pick % totals.length] as number;
        const rest = records.filter((_, i) => i !== drop);
        const r = parse(bytesOf('table7', rest), { kind: 'table7' });
        expect(r.issues.map((i) => i.code)).toEqual(['file.grandTotalMissing']);
      }),
      { numRuns: RUNS },
    );
  });

  it('2表 and 介護予防 別表: a copy of a row inserted after it gives one file.duplicateItemNo at the copy', () => {
    for (const kind of ['plan2', 'preventionPlanSub'] as const) {
      fc.assert(
        fc.property(validRecords(kind, { maxRecords: 6 }), fc.nat(), ({ records }, pick) => {
          const copy = records[pick % records.length] as Record<string, unknown>;
          // Only rows with all three NOs are compared: give the copied row's NOs a value no other row has.
          const nos =
            kind === 'preventionPlanSub' ? { issueNo: '98', supportPlanNo: '98', serviceNo: '98' } : { issueNo: '98', goalNo: '98', supportNo: '98' };
          const withNos = records.map((r, i) => (i === pick % records.length ? { ...r, ...nos } : r));
          // The copy right after its original: the rule compares the rows of one plan as they come together.
          const at = pick % records.length;
          const withCopy = [...withNos.slice(0, at + 1), { ...copy, ...nos }, ...withNos.slice(at + 1)];
          const r = parse(bytesOf(kind, withCopy), { kind });
          expect(r.issues.map((i) => [i.code, i.record])).toEqual([['file.duplicateItemNo', at + 2]]);
        }),
        { numRuns: RUNS },
      );
    }
  });
});
