import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { validRecord } from '../helpers/table6.js';

describe('serializer: characters outside MS932 are errors and no bytes are produced (encoding.unmappable)', () => {
  it('reports 𠮷 (U+20BB7) and an emoji at their record, column and field', () => {
    const r = serialize(
      'table6Plan',
      [
        validRecord(),
        validRecord({ serviceDate: '20250506', providerName: '𠮷野家ケア' }),
        validRecord({ serviceDate: '20250507', planManagerName: '介護😀花子' }),
      ],
      { includeValues: true },
    );
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.column, i.field, i.fieldJa, i.params])).toEqual([
      ['encoding.unmappable', 'error', 2, 2, 21, 'providerName', 'サービス事業所名', { detail: 'supplementary', codePoint: 'U+20BB7' }],
      ['encoding.unmappable', 'error', 3, 3, 7, 'planManagerName', 'プラン担当者名', { detail: 'supplementary', codePoint: 'U+1F600' }],
    ]);
    expect(r.bytes).toBeNull();
    expect(r.ok).toBe(false);
    expect(r.errorCount).toBe(2);
  });

  it('gives no bytes even with allowInvalid', () => {
    const r = serialize('table6Plan', [validRecord({ providerName: '𠮷' })], { allowInvalid: true });
    expect(r.bytes).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['encoding.unmappable']);
  });

  it('treats ¥ (U+00A5) and a lone surrogate as unmappable too', () => {
    const r = serialize('table6Plan', [validRecord({ providerName: '¥\uD800' })], { includeValues: true });
    expect(r.issues.map((i) => i.params.codePoint)).toEqual(['U+00A5', 'U+D800']);
    expect(r.bytes).toBeNull();
  });
});
