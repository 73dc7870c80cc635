import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { SUPPORTED_KINDS } from '../../src/schemas/layouts.js';
import { validRecords } from '../../src/testing/arbitraries.js';

const RUNS = process.env.CI ? 300 : 100;

describe('parse(serialize(x)) equals x for any valid record set', () => {
  for (const kind of SUPPORTED_KINDS) {
    it(`${kind}: records survive the round trip, with no issue either way`, () => {
      fc.assert(
        fc.property(validRecords(kind), ({ records }) => {
          const out = serialize(kind, records);
          expect(out.issues).toEqual([]);
          expect(out.bytes).not.toBeNull();
          const back = parse(out.bytes as Uint8Array, { kind });
          expect(back.issues).toEqual([]);
          expect(back.records).toEqual(records);
          // and the canonical bytes come back byte for byte
          const again = serialize(kind, back.records);
          expect(again.bytes).toEqual(out.bytes);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
