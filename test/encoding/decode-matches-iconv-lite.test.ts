// Compares the whole decode table with iconv-lite's 'cp932' (a second, independent oracle built
// from Microsoft's CP932 table). Documented, asserted differences:
// - 0x80: iconv-lite yields U+0080; for us 0x80 is invalid (as in WHATWG Shift_JIS and Windows'
//   strict MultiByteToWideChar);
// - 外字 F040–F9FC: iconv-lite yields private-use U+E000–U+E69B for F040–F940 and rejects
//   F941–F9FC; we reject all of them as `userDefined`;
// - an unassigned double-byte code (e.g. 85 40): iconv-lite emits U+FFFD and then decodes the
//   trail byte again on its own; we report both bytes as one invalid code (one U+FFFD).
// Every assigned code decodes to the same character.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeMs932 } from '../../src/encoding/index.js';
import { codePoints, isLead, isTrail, isUserDefinedLead, range } from './ms932-oracle.js';

function viaIconv(bytes: Uint8Array): string {
  return iconv.decode(Buffer.from(bytes), 'cp932');
}

describe('decoding agrees with iconv-lite cp932', () => {
  it('on every single byte except 0x80', () => {
    const differing: number[] = [];
    for (const b of range(0, 255)) {
      const input = new Uint8Array([b]);
      if (decodeMs932(input).text !== viaIconv(input)) differing.push(b);
    }
    expect(differing).toEqual([0x80]);
    expect(viaIconv(new Uint8Array([0x80]))).toBe('\u0080');
    expect(decodeMs932(new Uint8Array([0x80])).problems).toEqual([{ code: 'invalid', offset: 0, length: 1 }]);
  });

  it('on every two-byte sequence, except exactly the documented differences', () => {
    const pair = new Uint8Array(2);
    const tally = { byte80: 0, userDefinedPua: 0, userDefinedRejected: 0, unassigned: 0, same: 0 };
    for (const a of range(0, 255)) {
      for (const b of range(0, 255)) {
        pair[0] = a;
        pair[1] = b;
        const ours = decodeMs932(pair);
        const theirs = viaIconv(pair);
        if (ours.text === theirs) {
          tally.same++;
          continue;
        }
        if (isLead(a) && isTrail(b) && isUserDefinedLead(a)) {
          expect(ours.problems).toEqual([{ code: 'userDefined', offset: 0, length: 2 }]);
          const cp = theirs.codePointAt(0) ?? 0;
          if (cp >= 0xe000 && cp <= 0xf8ff) tally.userDefinedPua++;
          else if (theirs[0] === '\ufffd') tally.userDefinedRejected++;
          else expect.fail(`${a.toString(16)} ${b.toString(16)}: iconv-lite ${codePoints(theirs)}`);
        } else if (isLead(a) && isTrail(b)) {
          // an unassigned code: one problem of length 2 for us; U+FFFD + the trail re-read for iconv-lite
          expect(ours.text).toBe('\ufffd');
          expect(ours.problems).toEqual([{ code: 'invalid', offset: 0, length: 2 }]);
          expect(theirs.length).toBe(2);
          expect(theirs[0]).toBe('\ufffd');
          tally.unassigned++;
        } else if (a === 0x80 || b === 0x80) {
          expect(theirs.replace(/\u0080/g, '\ufffd')).toBe(ours.text);
          tally.byte80++;
        } else {
          expect.fail(`${a.toString(16)} ${b.toString(16)}: ours ${codePoints(ours.text)}, iconv-lite ${codePoints(theirs)}`);
        }
      }
    }
    const unassigned = 50 * 188 - 7724; // well-formed codes outside the user-defined area, not mapped
    const byte80 = 256 + (256 - 60 - 1); // 80 xx, plus xx 80 where xx is neither a lead byte nor 80
    expect(tally).toEqual({
      byte80,
      userDefinedPua: 9 * 188 + 1, // F040–F940
      userDefinedRejected: 187, // F941–F9FC
      unassigned,
      same: 65536 - byte80 - 1880 - unassigned,
    });
  });
});
