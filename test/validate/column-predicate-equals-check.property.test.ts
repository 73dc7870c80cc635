import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getLayout, kindVersions, SUPPORTED_KINDS } from '../../src/schemas/layouts.js';
import { checkColumn, columnPredicate, compileColumn } from '../../src/validate/field-checks.js';

// The serializer's fast path checks columns with columnPredicate; the reader with checkColumn. For every
// column of every layout they must give the same answer on any non-empty span without `""` pairs.
const COLUMNS = SUPPORTED_KINDS.flatMap((kind) => kindVersions(kind).flatMap((v) => getLayout(kind, v).fields));

// Spans drawn near the formats: digits, letters, `.`, `-`, `H`, specials and MS932 double-byte characters.
const byte = fc.oneof(
  fc.integer({ min: 0x30, max: 0x39 }),
  fc.constantFrom(0x2e, 0x2d, 0x48, 0x41, 0x5a, 0x61, 0x20, 0x22, 0x2c, 0x0d, 0x0a, 0x39),
  fc.integer({ min: 0x20, max: 0x7e }),
);
const span = fc.oneof(
  fc.array(byte, { minLength: 1, maxLength: 40 }),
  fc.array(fc.constantFrom([0x82, 0xa0], [0x88, 0x9f], [0x31], [0x30]), { minLength: 1, maxLength: 20 }).map((a) => a.flat()),
);

describe('columnPredicate agrees with checkColumn', () => {
  it(`on ${COLUMNS.length} columns of every layout and version`, () => {
    fc.assert(
      fc.property(fc.constantFrom(...COLUMNS), span, fc.nat({ max: 3 }), (field, bytes, pad) => {
        const b = new Uint8Array([...Array<number>(pad).fill(0x41), ...bytes]);
        const col = compileColumn(field);
        const expected = checkColumn(col, field.type, b, pad, b.length, false) === null;
        expect(columnPredicate(col)(b, pad, b.length)).toBe(expected);
      }),
      { numRuns: 20000 },
    );
  });

  it('on the valid values of each column type', () => {
    const cases: [string, string][] = [
      ['date', '20250229'],
      ['date', '20240229'],
      ['time', '2359'],
      ['time', '9999'],
      ['yearMonth', '202513'],
    ];
    for (const field of COLUMNS) {
      for (const [type, text] of cases) {
        if (field.type !== type) continue;
        const b = Uint8Array.from(text, (c) => c.charCodeAt(0));
        const col = compileColumn(field);
        expect(columnPredicate(col)(b, 0, b.length)).toBe(checkColumn(col, field.type, b, 0, b.length, false) === null);
      }
    }
  });
});
