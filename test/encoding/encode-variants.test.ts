// The seven JIS-style variants are converted to their MS932 forms with one problem per occurrence,
// or are errors when the caller asks for that.
import { describe, expect, it } from 'vitest';
import { decodeMs932, encodeMs932 } from '../../src/encoding/index.js';

const VARIANTS: [from: number, to: number, bytes: number[]][] = [
  [0x301c, 0xff5e, [0x81, 0x60]], // 〜 → ～
  [0x2016, 0x2225, [0x81, 0x61]], // ‖ → ∥
  [0x2212, 0xff0d, [0x81, 0x7c]], // − → －
  [0x00a2, 0xffe0, [0x81, 0x91]], // ¢ → ￠
  [0x00a3, 0xffe1, [0x81, 0x92]], // £ → ￡
  [0x00ac, 0xffe2, [0x81, 0xca]], // ¬ → ￢
  [0x2014, 0x2015, [0x81, 0x5c]], // — → ―
];

describe('JIS-style variants', () => {
  it.each(VARIANTS)('U+%s is written as its MS932 form and reported', (from, to, expected) => {
    const { bytes, problems } = encodeMs932(`a${String.fromCharCode(from)}b`);
    expect(bytes).toEqual(new Uint8Array([0x61, ...expected, 0x62]));
    expect(problems).toEqual([{ code: 'converted', index: 1, codePoint: from, to }]);
    expect(decodeMs932(bytes ?? new Uint8Array()).text).toBe(`a${String.fromCharCode(to)}b`);
  });

  it('reports every occurrence with its own index', () => {
    const { bytes, problems } = encodeMs932('10〜20〜30−5');
    expect(bytes).not.toBeNull();
    expect(problems).toEqual([
      { code: 'converted', index: 2, codePoint: 0x301c, to: 0xff5e },
      { code: 'converted', index: 5, codePoint: 0x301c, to: 0xff5e },
      { code: 'converted', index: 8, codePoint: 0x2212, to: 0xff0d },
    ]);
  });

  it('the MS932 forms themselves are written without any problem', () => {
    const text = VARIANTS.map(([, to]) => String.fromCharCode(to)).join('');
    const { bytes, problems } = encodeMs932(text);
    expect(problems).toEqual([]);
    expect(bytes).toEqual(new Uint8Array(VARIANTS.flatMap(([, , b]) => b)));
  });

  it("with variants: 'error' they are unmappable and no bytes are produced", () => {
    const text = VARIANTS.map(([from]) => String.fromCharCode(from)).join('');
    const { bytes, problems } = encodeMs932(text, { variants: 'error' });
    expect(bytes).toBeNull();
    expect(problems).toEqual(VARIANTS.map(([from], index) => ({ code: 'unmappable', index, codePoint: from })));
  });

  it("with variants: 'error' and a replacement they are replaced like any other unmappable character", () => {
    const { bytes, problems } = encodeMs932('1〜2', { variants: 'error', unmappable: { replacement: '?' } });
    expect(bytes).toEqual(new Uint8Array([0x31, 0x3f, 0x32]));
    expect(problems).toEqual([{ code: 'replaced', index: 1, codePoint: 0x301c }]);
  });
});
