import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serialize, validate } from '../../src/api.js';
import { validRecords } from '../../src/testing/arbitraries.js';

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
          for (const i of r.issues) {
            expect(i.byteOffset === null || (i.byteOffset >= 0 && i.byteOffset <= bytes.length)).toBe(true);
          }
          validate(bytes, { kind: 'table6Actual', fileName: 'UPJSK_202505_1310000002_11_1370000001_43_20250603120000.CSV' });
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('parse never throws on a valid file with bytes flipped, inserted or removed', () => {
    const mutated = validRecords('table6Plan', { maxRecords: 4 }).chain(({ records }) => {
      const bytes = serialize('table6Plan', records).bytes as Uint8Array;
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
        expect(Array.isArray(r.issues)).toBe(true);
      }),
      { numRuns: Math.min(RUNS, 3_000) },
    );
  });

  it('parse never throws on arbitrary strings; serialize never throws on arbitrary record values', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.dictionary(fc.string(), fc.anything()), (text, rec) => {
        parse(text, { kind: 'table6Plan' });
        const out = serialize('table6Plan', [rec]);
        expect(out.ok).toBe(out.errorCount === 0);
      }),
      { numRuns: Math.min(RUNS, 2_000) },
    );
  });
});
