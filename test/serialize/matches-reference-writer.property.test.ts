import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeUnknown, validate } from '../../src/api.js';
import { encodeMs932 } from '../../src/encoding/encode.js';
import { getLayout } from '../../src/schemas/layouts.js';
import { fieldValue, freeText, ms932Char } from '../../src/testing/arbitraries.js';

const RUNS = process.env.CI ? 300 : 100;
const KIND = 'table6Plan';
const MONTH = '202505';
const layout = getLayout(KIND, '202407');

/**
 * Any value a column may be given: a valid one, empty, ASCII with the characters CSV must quote, MS932 text
 * (non-ASCII in a code column too), or a JIS-style variant that is converted with a warning.
 */
function anyValue(field: (typeof layout.fields)[number]): fc.Arbitrary<string> {
  const ascii = fc.array(fc.constantFrom(...'0123456789AH ,"\r\n-.'), { maxLength: 12 }).map((a) => a.join(''));
  return fc.oneof(
    { weight: 6, arbitrary: fieldValue(field, MONTH) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: ascii },
    { weight: 1, arbitrary: freeText(8) },
    { weight: 1, arbitrary: fc.array(fc.oneof(ms932Char(), fc.constant('〜')), { maxLength: 4 }).map((a) => a.join('')) },
  );
}

const record = fc.record(Object.fromEntries(layout.fields.map((f) => [f.key, anyValue(f)])) as Record<string, fc.Arbitrary<string>>);

/** The canonical form written the slow, obvious way: one field at a time, the whole text encoded at once. */
function referenceBytes(records: readonly Record<string, string>[]): Uint8Array {
  let text = '';
  for (const rec of records) {
    const cells = layout.fields.map((f) => {
      const v = rec[f.key] ?? '';
      const quoted = f.type === 'freeText' || /[",\r\n]/.test(v);
      return quoted ? `"${v.replaceAll('"', '""')}"` : v;
    });
    text += `${cells.join(',')}\r\n`;
  }
  return encodeMs932(text).bytes as Uint8Array;
}

// The serializer writes ASCII values on a fast path and everything else through the encoder, and checks
// the bytes it has just written. Whatever the values, its bytes must be those of the obvious writer, and
// its issues those that reading those bytes gives (plus the conversion warnings only a writer can see).
describe('serializer: the same bytes and issues as a field-by-field reference writer read back', () => {
  it(`${KIND}: random valid and invalid values`, () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (records) => {
        const out = serializeUnknown(KIND, records, { allowInvalid: true });
        const expected = referenceBytes(records);
        expect(out.bytes).toEqual(expected);
        const written = out.issues.filter((i) => i.code !== 'encoding.converted');
        expect(written).toEqual(validate(expected, { kind: KIND }).issues);
      }),
      { numRuns: RUNS },
    );
  });
});
