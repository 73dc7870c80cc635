// decodeRange decodes exactly bytes[start, end) and reports absolute offsets.
import { describe, expect, it } from 'vitest';
import { ms932 } from '../helpers/bytes.js';
import { decodeRange } from '../../src/encoding/index.js';
import type { DecodeProblem } from '../../src/encoding/index.js';
import { bytes } from './ms932-oracle.js';

describe('decodeRange', () => {
  it('decodes a field in the middle of a buffer, with absolute problem offsets', () => {
    const buf = bytes(0x31, 0x2c, 0x82, 0xa0, 0x85, 0x40, 0xf0, 0x40, 0x2c, 0x32);
    const problems: DecodeProblem[] = [];
    expect(decodeRange(buf, 2, 8, problems)).toBe('あ\ufffd\ufffd');
    expect(problems).toEqual([
      { code: 'invalid', offset: 4, length: 2 },
      { code: 'userDefined', offset: 6, length: 2 },
    ]);
  });

  it('never reads past the end of the range: a lead byte at the end is a lone lead', () => {
    const buf = bytes(0x41, 0x82, 0xa0);
    const problems: DecodeProblem[] = [];
    expect(decodeRange(buf, 0, 2, problems)).toBe('A\ufffd');
    expect(problems).toEqual([{ code: 'invalid', offset: 1, length: 1 }]);
    expect(decodeRange(buf, 2, 3, null)).toBe('\ufffd'); // A0 alone
  });

  it('returns the same text with problems = null', () => {
    const buf = bytes(0x80, 0x41, 0x82, 0xa0, 0xff);
    const problems: DecodeProblem[] = [];
    expect(decodeRange(buf, 0, buf.length, null)).toBe(decodeRange(buf, 0, buf.length, problems));
    expect(problems.length).toBe(2);
  });

  it('handles ASCII-only ranges of every length class', () => {
    for (const len of [0, 1, 2, 12, 13, 100, 8191, 8192, 8193, 20000]) {
      const text = Array.from({ length: len }, (_, i) => String.fromCharCode(0x20 + (i % 95))).join('');
      const buf = ms932(`,${text},`);
      expect(decodeRange(buf, 1, len + 1, [])).toBe(text);
    }
  });

  it('builds every short length alike, ASCII and double-byte, at any offset (each length has its own path)', () => {
    const ascii = 'AZaz09-/.,~\\ '.repeat(20);
    const wide = '山田ｱ東京都〒－１漢字'.repeat(20);
    for (let len = 0; len <= 130; len++) {
      for (const from of [0, 3]) {
        const a = ascii.slice(from, from + len);
        const bytesA = ms932(`"${a}"`);
        expect(decodeRange(bytesA, 1, bytesA.length - 1, null)).toBe(a);
        const w = wide.slice(from, from + len);
        const bytesW = ms932(`"${w}"`);
        expect(decodeRange(bytesW, 1, bytesW.length - 1, null)).toBe(w);
      }
    }
  });

  it('handles mixed text longer than the internal chunk size', () => {
    const unit = '山田 ﾀﾛｳ,１２３〒100-0001　東京都\\~';
    const text = unit.repeat(2000);
    const buf = ms932(text);
    const problems: DecodeProblem[] = [];
    expect(decodeRange(buf, 0, buf.length, problems)).toBe(text);
    expect(problems).toEqual([]);
  });

  it('keeps an ASCII prefix and suffix around non-ASCII text', () => {
    const buf = ms932('ABC漢字DEF');
    expect(decodeRange(buf, 0, buf.length, [])).toBe('ABC漢字DEF');
    expect(decodeRange(buf, 1, buf.length - 1, [])).toBe('BC漢字DE');
  });

  it('decodes half-width katakana 0xA1–0xDF to U+FF61–U+FF9F', () => {
    const all = new Uint8Array(63).map((_, i) => 0xa1 + i);
    const text = decodeRange(all, 0, all.length, []);
    expect([...text].map((c) => c.charCodeAt(0))).toEqual(Array.from({ length: 63 }, (_, i) => 0xff61 + i));
  });
});
