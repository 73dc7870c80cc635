// Exhaustive (not sampled): every valid MS932 byte code decodes to a character that encodes back
// to the canonical code — the same code, unless its character has a lower-pointer duplicate (the
// WHATWG rule: lowest pointer, never lead bytes ED/EE), which is what Windows and iconv-lite write.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeMs932, encodeMs932 } from '../../src/encoding/index.js';
import { LEAD_BYTES, SINGLE_BYTES, TRAIL_BYTES, hex, isUserDefinedLead } from './ms932-oracle.js';

function codeBytes(code: number): number[] {
  return code < 0x100 ? [code] : [code >> 8, code & 0xff];
}

function encodeOk(text: string): number[] {
  const { bytes, problems } = encodeMs932(text);
  expect(problems).toEqual([]);
  expect(bytes).not.toBeNull();
  return [...(bytes ?? [])];
}

/** Every valid double-byte code with its character (decoded by the code under test). */
function decodedDoubleByteCodes(): Map<number, string> {
  const map = new Map<number, string>();
  for (const lead of LEAD_BYTES) {
    if (isUserDefinedLead(lead)) continue;
    for (const trail of TRAIL_BYTES) {
      const { text, problems } = decodeMs932(new Uint8Array([lead, trail]));
      if (problems.length === 0) map.set((lead << 8) | trail, text);
    }
  }
  return map;
}

describe('every MS932 character round-trips', () => {
  it('every single-byte character encodes back to its byte', () => {
    for (const b of SINGLE_BYTES) {
      const { text, problems } = decodeMs932(new Uint8Array([b]));
      expect(problems).toEqual([]);
      expect(text.length).toBe(1);
      expect(encodeOk(text)).toEqual([b]);
    }
    expect(SINGLE_BYTES.length).toBe(128 + 63);
  });

  it('every double-byte code encodes back to itself or to its canonical duplicate', () => {
    const codes = decodedDoubleByteCodes();
    expect(codes.size).toBe(7724);
    // canonical code of each character: the lowest code outside lead bytes ED and EE
    const canonical = new Map<string, number>();
    for (const [code, ch] of codes) {
      const lead = code >> 8;
      if (lead === 0xed || lead === 0xee) continue;
      if (!canonical.has(ch)) canonical.set(ch, code);
    }
    let remapped = 0;
    const remappedLeads = new Set<number>();
    for (const [code, ch] of codes) {
      expect(ch.length).toBe(1);
      const want = canonical.get(ch);
      if (want === undefined) expect.fail(`${hex(code)}: no canonical code outside ED/EE`);
      const got = encodeOk(ch);
      expect(got, `${hex(code)} U+${hex(ch.charCodeAt(0))}`).toEqual(codeBytes(want));
      // the canonical code decodes to the very same character
      expect(decodeMs932(new Uint8Array(got)).text).toBe(ch);
      if (want !== code) {
        remapped++;
        remappedLeads.add(code >> 8);
        // a lower code, except for ED/EE, whose characters are written with their JIS or IBM code
        const lead = code >> 8;
        if (lead === 0xed || lead === 0xee) expect([0x81, 0xfa, 0xfb, 0xfc]).toContain(want >> 8);
        else expect(want).toBeLessThan(code);
      }
    }
    expect(canonical.size).toBe(7326);
    expect(remapped).toBe(7724 - 7326);
    // non-canonical codes: NEC row 13 duplicates of JIS X 0208 (87), the NEC-selected IBM rows (ED, EE)
    // and the IBM row FA duplicates of JIS X 0208 / NEC row 13 (Ⅰ–Ⅹ, ￢, ∵, №, ℡, ㈱)
    expect([...remappedLeads].sort((x, y) => x - y)).toEqual([0x87, 0xed, 0xee, 0xfa]);
  });

  it('chooses the code Windows chooses for well-known duplicates', () => {
    const cases: [string, number][] = [
      ['\u2252', 0x81e0], // ≒ JIS X 0208, not NEC 8790
      ['\u2261', 0x81df], // ≡ JIS, not NEC 8791
      ['\u2235', 0x81e6], // ∵ JIS, not NEC 879A nor IBM FA5B
      ['\uffe2', 0x81ca], // ￢ JIS, not NEC-selected EEF9 nor IBM FA54
      ['\u2160', 0x8754], // Ⅰ NEC row 13, not IBM FA4A
      ['\u2116', 0x8782], // № NEC row 13, not IBM FA59
      ['\u3231', 0x878a], // ㈱ NEC row 13, not IBM FA58
      ['\u2170', 0xfa40], // ⅰ IBM, not NEC-selected EEEF
      ['\u7e8a', 0xfa5c], // 纊 IBM, not NEC-selected ED40
      ['\u9ed1', 0xfc4b], // 黑 IBM, not NEC-selected EEEC
      ['\u2460', 0x8740], // ① only in NEC row 13
    ];
    for (const [ch, code] of cases) expect(encodeOk(ch), `U+${hex(ch.charCodeAt(0))}`).toEqual(codeBytes(code));
  });

  it('encodes every character exactly as iconv-lite cp932 does', () => {
    const codes = decodedDoubleByteCodes();
    const chars = new Set(codes.values());
    for (const b of SINGLE_BYTES) chars.add(decodeMs932(new Uint8Array([b])).text);
    for (const ch of chars) {
      expect(encodeOk(ch), `U+${hex(ch.charCodeAt(0))}`).toEqual([...iconv.encode(ch, 'cp932')]);
    }
    expect(chars.size).toBe(7326 + 128 + 63);
  });
});
