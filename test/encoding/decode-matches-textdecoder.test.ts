// Compares the whole decode table with the runtime's TextDecoder('shift_jis') (the WHATWG Shift_JIS
// decoder, implemented in Node by ICU). Documented, asserted differences:
// - single bytes 0x1A, 0x1C, 0x7F: ICU's converter (ibm-943) rotates these control codes
//   (0x1A→U+001C, 0x1C→U+007F, 0x7F→U+001A); we decode ASCII as-is, as WHATWG and Windows do;
// - 外字 F040–F9FC: TextDecoder yields U+E000–U+E757; we yield U+FFFD and a `userDefined` problem.
// Everything else — every mapped code, every unmapped code, every bad trail — decodes identically.
import { describe, expect, it } from 'vitest';
import { decodeMs932 } from '../../src/encoding/index.js';
import { codePoints, isTrail, isUserDefinedLead, range } from './ms932-oracle.js';

const oracle = new TextDecoder('shift_jis');
const ROTATED = new Map([
  [0x1a, 0x1c],
  [0x1c, 0x7f],
  [0x7f, 0x1a],
]);

describe('decoding agrees with TextDecoder("shift_jis")', () => {
  it('on every single byte, except the three control codes ICU rotates', () => {
    const differing: number[] = [];
    for (const b of range(0, 255)) {
      const ours = decodeMs932(new Uint8Array([b])).text;
      const theirs = oracle.decode(new Uint8Array([b]));
      if (ours !== theirs) {
        differing.push(b);
        expect(ours).toBe(String.fromCharCode(b));
        expect(theirs).toBe(String.fromCharCode(ROTATED.get(b) ?? -1));
      }
    }
    expect(differing).toEqual([0x1a, 0x1c, 0x7f]);
  });

  it('on every two-byte sequence, except 外字, which we reject instead of mapping to private use', () => {
    const pair = new Uint8Array(2);
    let userDefined = 0;
    let compared = 0;
    for (const a of range(0, 255)) {
      if (ROTATED.has(a)) continue;
      for (const b of range(0, 255)) {
        if (ROTATED.has(b)) continue;
        pair[0] = a;
        pair[1] = b;
        const ours = decodeMs932(pair);
        const theirs = oracle.decode(pair);
        if (isUserDefinedLead(a) && isTrail(b)) {
          userDefined++;
          const pointer = (a - 0xc1) * 188 + (b < 0x7f ? b - 0x40 : b - 0x41);
          expect(theirs).toBe(String.fromCharCode(0xe000 + pointer - 8836));
          expect(ours.text).toBe('\ufffd');
          expect(ours.problems).toEqual([{ code: 'userDefined', offset: 0, length: 2 }]);
        } else {
          compared++;
          if (ours.text !== theirs) {
            expect.fail(`${a.toString(16)} ${b.toString(16)}: ours ${codePoints(ours.text)}, oracle ${codePoints(theirs)}`);
          }
        }
      }
    }
    expect(userDefined).toBe(1880);
    expect(compared).toBe(253 * 253 - 1880);
  });
});
