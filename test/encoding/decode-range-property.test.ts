// Property tests: decodeRange never throws on arbitrary bytes, reports problems inside the range
// in byte order, and marks each problem with exactly one U+FFFD.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRange } from '../../src/encoding/index.js';
import type { DecodeProblem } from '../../src/encoding/index.js';

/** Bytes biased towards the interesting MS932 values. */
const byte = fc.oneof(
  fc.integer({ min: 0, max: 255 }),
  fc.constantFrom(0x80, 0xa0, 0xfd, 0xfe, 0xff, 0x81, 0x9f, 0xe0, 0xef, 0xf0, 0xf9, 0xfa, 0xfc, 0x40, 0x7e, 0x7f, 0x2c),
);
const buffer = fc.array(byte, { maxLength: 200 }).map((a) => new Uint8Array(a));
const bufferWithRange = buffer.chain((buf) =>
  fc
    .tuple(fc.integer({ min: 0, max: buf.length }), fc.integer({ min: 0, max: buf.length }))
    .map(([a, b]) => ({ buf, start: Math.min(a, b), end: Math.max(a, b) })),
);

describe('decodeRange on arbitrary bytes', () => {
  it('never throws; problems lie inside the range, in order, without overlap', () => {
    fc.assert(
      fc.property(bufferWithRange, ({ buf, start, end }) => {
        const problems: DecodeProblem[] = [];
        const text = decodeRange(buf, start, end, problems);
        expect(typeof text).toBe('string');
        let next = start;
        for (const p of problems) {
          expect(p.offset).toBeGreaterThanOrEqual(next);
          expect(p.length === 1 || p.length === 2).toBe(true);
          expect(p.offset + p.length).toBeLessThanOrEqual(end);
          next = p.offset + p.length;
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('emits one U+FFFD per problem and at most one code unit per byte', () => {
    fc.assert(
      fc.property(buffer, (buf) => {
        const problems: DecodeProblem[] = [];
        const text = decodeRange(buf, 0, buf.length, problems);
        const replacements = text.split('\ufffd').length - 1;
        expect(replacements).toBe(problems.length);
        expect(text.length).toBeLessThanOrEqual(buf.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('a sub-range decodes like a copy of it, with offsets shifted by start', () => {
    fc.assert(
      fc.property(bufferWithRange, ({ buf, start, end }) => {
        const inPlace: DecodeProblem[] = [];
        const copied: DecodeProblem[] = [];
        expect(decodeRange(buf, start, end, inPlace)).toBe(decodeRange(buf.slice(start, end), 0, end - start, copied));
        expect(inPlace).toEqual(copied.map((p) => ({ ...p, offset: p.offset + start })));
      }),
      { numRuns: 1000 },
    );
  });
});
