// With an explicit replacement policy, unmappable characters are replaced by the caller's
// MS932-encodable string and every replacement is reported.
import { describe, expect, it } from 'vitest';
import { ByteSink, encodeInto, encodeMs932, normalizeEncodeOptions } from '../../src/encoding/index.js';

describe('replacement policy', () => {
  it('replaces each unmappable character and reports it', () => {
    const { bytes, problems } = encodeMs932('𠮷田\u00a0様', { unmappable: { replacement: '〓' } });
    // 〓 = 81 AC, 田 = 93 63, 様 = 97 6C
    expect(bytes).toEqual(new Uint8Array([0x81, 0xac, 0x93, 0x63, 0x81, 0xac, 0x97, 0x6c]));
    expect(problems).toEqual([
      { code: 'replaced', index: 0, codePoint: 0x20bb7 },
      { code: 'replaced', index: 3, codePoint: 0xa0 },
    ]);
  });

  it('accepts a multi-character replacement', () => {
    expect(encodeMs932('a😀b', { unmappable: { replacement: '[?]' } }).bytes).toEqual(new Uint8Array([0x61, 0x5b, 0x3f, 0x5d, 0x62]));
  });

  it('refuses an empty replacement (it would delete characters): API misuse', () => {
    expect(() => encodeMs932('a😀b', { unmappable: { replacement: '' } })).toThrow(TypeError);
  });

  it('still converts variants (reported as converted, not replaced)', () => {
    const { bytes, problems } = encodeMs932('〜😀', { unmappable: { replacement: '?' } });
    expect(bytes).toEqual(new Uint8Array([0x81, 0x60, 0x3f]));
    expect(problems.map((p) => p.code)).toEqual(['converted', 'replaced']);
  });

  it('grows the output correctly when long replacements outnumber the input', () => {
    const long = 'あ'.repeat(50);
    const text = '😀'.repeat(1000);
    const { bytes, problems } = encodeMs932(text, { unmappable: { replacement: long } });
    expect(problems.length).toBe(1000);
    expect(bytes?.length).toBe(1000 * 100);
    expect(bytes?.subarray(0, 4)).toEqual(new Uint8Array([0x82, 0xa0, 0x82, 0xa0]));
  });

  it('rejects a replacement that is not itself MS932-encodable (API misuse)', () => {
    expect(() => normalizeEncodeOptions({ unmappable: { replacement: '😀' } })).toThrow(TypeError);
    expect(() => encodeMs932('x', { unmappable: { replacement: '¥' } })).toThrow(/U\+00A5/);
    // a variant would need converting, which is a change: not accepted as a replacement either
    expect(() => normalizeEncodeOptions({ unmappable: { replacement: '〜' } })).toThrow(TypeError);
  });

  it('normalised options can be reused with encodeInto', () => {
    const options = normalizeEncodeOptions({ unmappable: { replacement: '?' } });
    expect(options.replacement).toBe('?');
    const sink = new ByteSink();
    const problems: Parameters<typeof encodeInto>[3] = [];
    expect(encodeInto('a😀', sink, options, problems)).toBe(true);
    expect(encodeInto('b\u00a5', sink, options, problems)).toBe(true);
    expect(sink.toBytes()).toEqual(new Uint8Array([0x61, 0x3f, 0x62, 0x3f]));
    expect(problems).toEqual([
      { code: 'replaced', index: 1, codePoint: 0x1f600 },
      { code: 'replaced', index: 1, codePoint: 0xa5 },
    ]);
  });
});
