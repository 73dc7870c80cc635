// Characters outside MS932 are errors naming their code point and index; no bytes are produced
// (never a silent '?'), and every one of them is reported.
import { describe, expect, it } from 'vitest';
import { encodeMs932 } from '../../src/encoding/index.js';

const CASES: [label: string, char: string, codePoint: number][] = [
  ['𠮷 (U+20BB7, outside the BMP)', '\u{20bb7}', 0x20bb7],
  ['😀 emoji', '\u{1f600}', 0x1f600],
  ['no-break space U+00A0', '\u00a0', 0xa0],
  ['yen sign U+00A5 (not turned into 0x5C)', '\u00a5', 0xa5],
  ['overline U+203E (not turned into 0x7E)', '\u203e', 0x203e],
  ['lone high surrogate', '\ud842', 0xd842],
  ['lone low surrogate', '\udfb7', 0xdfb7],
  ['private use U+E000 (外字 area)', '\ue000', 0xe000],
  ['private use U+E757', '\ue757', 0xe757],
  ['replacement character U+FFFD', '\ufffd', 0xfffd],
  ['C1 control U+0080', '\u0080', 0x80],
  ['capital sharp s U+1E9E', '\u1e9e', 0x1e9e],
  ['full-width won sign U+FFE6', '\uffe6', 0xffe6],
];

describe('unmappable characters', () => {
  it.each(CASES)('%s is an error with its code point and index', (_label, char, codePoint) => {
    const { bytes, problems } = encodeMs932(`ab${char}c`);
    expect(bytes).toBeNull();
    expect(problems).toEqual([{ code: 'unmappable', index: 2, codePoint }]);
  });

  it('reports every unmappable character, with UTF-16 indexes, surrogate pairs counted once', () => {
    const { bytes, problems } = encodeMs932('𠮷野家で😀¥100\u00a0円');
    expect(bytes).toBeNull();
    expect(problems).toEqual([
      { code: 'unmappable', index: 0, codePoint: 0x20bb7 },
      { code: 'unmappable', index: 5, codePoint: 0x1f600 },
      { code: 'unmappable', index: 7, codePoint: 0xa5 },
      { code: 'unmappable', index: 11, codePoint: 0xa0 },
    ]);
  });

  it('keeps reporting converted variants next to unmappable characters', () => {
    const { bytes, problems } = encodeMs932('〜\u{1f600}');
    expect(bytes).toBeNull();
    expect(problems.map((p) => p.code)).toEqual(['converted', 'unmappable']);
  });

  it('a surrogate pair split by the end of the string is a lone surrogate', () => {
    const { problems } = encodeMs932('x\ud83d');
    expect(problems).toEqual([{ code: 'unmappable', index: 1, codePoint: 0xd83d }]);
  });

  it('two high surrogates in a row are two problems', () => {
    const { problems } = encodeMs932('\ud83d\ud83d\ude00');
    expect(problems).toEqual([
      { code: 'unmappable', index: 0, codePoint: 0xd83d },
      { code: 'unmappable', index: 1, codePoint: 0x1f600 },
    ]);
  });

  it('encodes the MS932 characters that look similar without complaint', () => {
    const { bytes, problems } = encodeMs932('\\~\uffe5\uff5e\u9ad9\ufa11');
    expect(problems).toEqual([]);
    expect(bytes).toEqual(new Uint8Array([0x5c, 0x7e, 0x81, 0x8f, 0x81, 0x60, 0xfb, 0xfc, 0xfa, 0xb1]));
  });
});
