import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { KINDS } from '../../src/kinds.js';
import { mutatedFile } from '../../src/testing/mutations.js';

/** Top-level record key of a field key (`serviceTypeLimits[0].serviceTypeCode` → `serviceTypeLimits`). */
const topKey = (field: string): string => field.split(/[.[]/)[0] as string;

describe('a mutation changes how one place is read, nothing else', () => {
  for (const kind of KINDS) {
    it(`${kind}: the other records, and the other fields of the changed record, read as before`, () => {
      fc.assert(
        fc.property(mutatedFile(kind, { maxRecords: 3 }), (m) => {
          const original = m.file.records as unknown as Record<string, unknown>[];
          const records = parse(m.bytes, { fileName: m.file.fileName }).records as unknown as Record<string, unknown>[];
          const changed = m.mutation.record - 1;
          if (m.mutation.kind === 'unterminatedQuote') {
            // The last record is dropped (what follows its opening quote may be read as more rows).
            expect(records.slice(0, original.length - 1)).toEqual(original.slice(0, -1));
            return;
          }
          expect(records).toHaveLength(original.length);
          original.forEach((rec, j) => {
            if (j !== changed || m.mutation.kind === 'emptyLine') expect(records[j]).toEqual(rec);
          });
          if (m.expected.field === null || m.mutation.kind === 'emptyLine') return;
          const skip = topKey(m.expected.field);
          const got = records[changed] as Record<string, unknown>;
          for (const [key, value] of Object.entries(original[changed] as Record<string, unknown>)) {
            if (key !== skip) expect(got[key], key).toEqual(value);
          }
        }),
        { numRuns: 25 },
      );
    });
  }
});
