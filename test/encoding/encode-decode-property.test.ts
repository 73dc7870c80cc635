// Property tests: any string of MS932 characters survives encode → decode unchanged, and encoding
// arbitrary strings never throws and accounts for every character.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMs932, encodeMs932 } from '../../src/encoding/index.js';
import { oracleRepertoire } from './ms932-oracle.js';

const repertoire = oracleRepertoire();
const ms932Text = fc.array(fc.constantFrom(...repertoire), { maxLength: 60 }).map((a) => a.join(''));
const mixedText = fc
  .array(fc.oneof(fc.constantFrom(...repertoire), fc.string({ unit: 'grapheme', maxLength: 2 }), fc.string({ unit: 'binary', maxLength: 2 })), {
    maxLength: 30,
  })
  .map((a) => a.join(''));

describe('encode/decode properties', () => {
  it('decode(encode(s)) === s for strings of MS932 characters, with no problems', () => {
    expect(repertoire.length).toBe(128 + 63 + 7326);
    fc.assert(
      fc.property(ms932Text, (s) => {
        const { bytes, problems } = encodeMs932(s);
        expect(problems).toEqual([]);
        expect(bytes).not.toBeNull();
        const decoded = decodeMs932(bytes ?? new Uint8Array());
        expect(decoded.problems).toEqual([]);
        expect(decoded.text).toBe(s);
      }),
      { numRuns: 3000 },
    );
  });

  it('encoding any string never throws; with a replacement it always yields bytes that decode cleanly', () => {
    fc.assert(
      fc.property(mixedText, (s) => {
        const strict = encodeMs932(s);
        const lenient = encodeMs932(s, { unmappable: { replacement: '?' } });
        expect(lenient.bytes).not.toBeNull();
        expect(decodeMs932(lenient.bytes ?? new Uint8Array()).problems).toEqual([]);
        const unmappable = strict.problems.filter((p) => p.code === 'unmappable').length;
        expect(strict.bytes === null).toBe(unmappable > 0);
        expect(lenient.problems.filter((p) => p.code === 'replaced').length).toBe(unmappable);
        for (const p of strict.problems) {
          expect(s.codePointAt(p.index)).toBe(p.codePoint);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
