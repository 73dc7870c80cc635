import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { parsePlan, recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe("serializer: unmappable: { replacement: '〓' } writes bytes with a warning per occurrence (encoding.replaced)", () => {
  const rec = validRecord({ providerName: '𠮷野家😀' });
  const r = serialize('table6Plan', [rec], { unmappable: { replacement: '〓' }, includeValues: true });

  it('produces the bytes with the replacement and warns once per character', () => {
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.column, i.field, i.fieldJa, i.params.codePoint])).toEqual([
      ['encoding.replaced', 'warning', 1, 1, 21, 'providerName', 'サービス事業所名', 'U+20BB7'],
      ['encoding.replaced', 'warning', 1, 1, 21, 'providerName', 'サービス事業所名', 'U+1F600'],
    ]);
    expect(r.ok).toBe(true);
    expect(r.bytes).toEqual(ms932(recordsText([validRecord({ providerName: '〓野家〓' })])));
    expect(parsePlan(r.bytes!).records[0]!.providerName).toBe('〓野家〓');
  });

  it('names the replacement character in params.to, as the message expects', () => {
    expect(r.issues.map((i) => i.params)).toEqual([
      { detail: 'supplementary', codePoint: 'U+20BB7', to: 'U+3013' },
      { detail: 'supplementary', codePoint: 'U+1F600', to: 'U+3013' },
    ]);
    expect(r.issues[0]!.message).toBe('MS932 で表せない文字 U+20BB7 を代替文字 U+3013 に置き換えました。');
  });

  it('a replacement that MS932 cannot hold is API misuse (TypeError)', () => {
    expect(() => serialize('table6Plan', [rec], { unmappable: { replacement: '😀' } })).toThrow(TypeError);
  });
});
