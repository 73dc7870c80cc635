import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serializeUnknown, validate } from '../../src/api.js';
import { validRecords } from '../../src/testing/arbitraries.js';
import { expectWellFormed } from '../helpers/well-formed.js';

// CI runs the full 10,000; a local run keeps the loop short.
const RUNS = process.env.CI ? 10_000 : 1_000;

/** Bytes that are mostly CSV-ish: digits, commas, quotes, line breaks, Shift_JIS lead/trail bytes. */
const csvishByte = fc.oneof(
  fc.integer({ min: 0, max: 255 }),
  fc.constantFrom(0x22, 0x2c, 0x0d, 0x0a, 0x30, 0x31, 0x32, 0x81, 0x82, 0x5c, 0xef, 0xbb, 0xbf, 0xf0, 0x40),
);

describe('bad input never throws', () => {
  it('parse and validate never throw on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.array(csvishByte, { maxLength: 400 }), (a, b) => {
        for (const bytes of [a, Uint8Array.from(b)]) {
          const r = parse(bytes, { kind: 'table6Plan' });
          expect(r.records.length).toBe(r.recordCount);
          expectWellFormed(r, { records: r.recordCount, bytes: bytes.length });
          const v = validate(bytes, { kind: 'table6Actual', fileName: 'UPJSK_202505_1310000002_11_1370000001_43_20250603120000.CSV' });
          expectWellFormed(v, { records: v.recordCount, bytes: bytes.length });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('parse never throws on a valid file with bytes flipped, inserted or removed', () => {
    const mutated = validRecords('table6Plan', { maxRecords: 4 }).chain(({ records }) => {
      const bytes = serializeUnknown('table6Plan', records).bytes as Uint8Array;
      return fc
        .array(fc.tuple(fc.nat(bytes.length), fc.integer({ min: 0, max: 255 }), fc.constantFrom('set', 'insert', 'delete')), {
          minLength: 1,
          maxLength: 5,
        })
        .map((edits) => {
          const a = [...bytes];
          for (const [at, value, op] of edits) {
            if (op === 'set') a[Math.min(at, a.length - 1)] = value;
            else if (op === 'insert') a.splice(at, 0, value);
            else a.splice(at, 1);
          }
          return Uint8Array.from(a);
        });
    });
    fc.assert(
      fc.property(mutated, (bytes) => {
        const r = parse(bytes, { kind: 'table6Plan' });
        expectWellFormed(r, { records: r.recordCount, bytes: bytes.length });
        // a file that yields no record always says why, with an error
        if (r.recordCount === 0) expect(r.ok).toBe(false);
      }),
      { numRuns: Math.min(RUNS, 3_000) },
    );
  });

  it('parse never throws on arbitrary strings; serialize never throws on arbitrary record values', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.dictionary(fc.string(), fc.anything()), (text, rec) => {
        expectWellFormed(parse(text, { kind: 'table6Plan' }));
        const out = serializeUnknown('table6Plan', [rec]);
        expectWellFormed(out, { records: 1, columns: 25 });
        // no bytes unless the record was valid
        expect(out.bytes === null).toBe(!out.ok || out.issues.some((i) => i.code === 'encoding.unmappable'));
      }),
      { numRuns: Math.min(RUNS, 2_000) },
    );
  });
});
