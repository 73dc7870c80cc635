import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { parsePlan, recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe('serializer: JIS-style variants are converted to their MS932 form with one warning each', () => {
  const rec = validRecord({ planManagerName: '介護−花子', providerName: 'ひまわり〜本店〜', equipmentName: '手すり‖￠' });
  const r = serialize('table6Plan', [validRecord(), rec], { includeValues: true });

  it('warns once per occurrence, at the right record, column and field', () => {
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.column, i.field, i.fieldJa, i.params])).toEqual([
      ['encoding.converted', 'warning', 2, 2, 7, 'planManagerName', 'プラン担当者名', { detail: 'variant', codePoint: 'U+2212', to: 'U+FF0D' }],
      ['encoding.converted', 'warning', 2, 2, 18, 'equipmentName', '用具名称（機種名）', { detail: 'variant', codePoint: 'U+2016', to: 'U+2225' }],
      ['encoding.converted', 'warning', 2, 2, 21, 'providerName', 'サービス事業所名', { detail: 'variant', codePoint: 'U+301C', to: 'U+FF5E' }],
      ['encoding.converted', 'warning', 2, 2, 21, 'providerName', 'サービス事業所名', { detail: 'variant', codePoint: 'U+301C', to: 'U+FF5E' }],
    ]);
    expect(r.ok).toBe(true);
    expect(r.warningCount).toBe(4);
  });

  it('writes the MS932 forms (～ ∥ －)', () => {
    const converted = validRecord({ planManagerName: '介護－花子', providerName: 'ひまわり～本店～', equipmentName: '手すり∥￠' });
    expect(r.bytes).toEqual(ms932(recordsText([validRecord(), converted])));
    expect(parsePlan(r.bytes!).records[1]).toEqual(converted);
  });

  it("with variants: 'error' they are unmappable errors instead", () => {
    const strict = serialize('table6Plan', [rec], { variants: 'error', includeValues: true });
    expect(strict.bytes).toBeNull();
    expect(strict.issues.map((i) => [i.code, i.column, i.params.codePoint])).toEqual([
      ['encoding.unmappable', 7, 'U+2212'],
      ['encoding.unmappable', 18, 'U+2016'],
      ['encoding.unmappable', 21, 'U+301C'],
      ['encoding.unmappable', 21, 'U+301C'],
    ]);
  });
});
