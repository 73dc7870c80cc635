import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { applySubstitutions, encodeMs932, substituteFor } from '../../src/encoding/index.js';
import { isUsageError } from '../../src/errors.js';
import { validRecord } from '../helpers/table6.js';

// 𠮟 (U+20B9F) and 剝 (U+525D) are JIS X 0213 characters MS932 lacks; U+F91D is a compatibility ideograph (written as
// an escape: editors may normalise it to U+6B04 欄, its canonical equivalent).
const COMPAT = '\uF91D';
const RECORDS = [validRecord({ planManagerName: '𠮟田　剝', providerName: COMPAT })];

describe('serialize: the substitution policy (JIS X 0213 / UTF-8 → MS932)', () => {
  it('refuses by default: a character MS932 lacks is an error and no bytes are written', () => {
    const r = serialize('table6Plan', RECORDS);
    expect(r.bytes).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(['encoding.unmappable', 'encoding.unmappable', 'encoding.unmappable']);
  });

  it('with substitute: "jisx0213" writes the usual MS932 form and reports each substitution (a warning)', () => {
    const r = serialize('table6Plan', RECORDS, { substitute: 'jisx0213' });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.column, i.params])).toEqual([
      ['encoding.substituted', 'warning', 7, {}],
      ['encoding.substituted', 'warning', 7, {}],
      ['encoding.substituted', 'warning', 21, {}],
    ]);
    const back = parse(r.bytes as Uint8Array, { kind: 'table6Plan' });
    expect(back.ok).toBe(true);
    expect(back.records[0]).toMatchObject({ planManagerName: '叱田　剥', providerName: '欄' });
    // Each issue's byte offset is where the substitute was written.
    const offsets = r.issues.map((i) => i.byteOffset as number);
    const bytes = r.bytes as Uint8Array;
    expect(offsets.map((o) => new TextDecoder('shift_jis').decode(bytes.subarray(o, o + 2)))).toEqual(['叱', '剥', '欄']);
  });

  it('gives the character and its substitute only with includeValues', () => {
    const r = serialize('table6Plan', RECORDS, { substitute: 'jisx0213', includeValues: true, locale: 'en' });
    expect(r.issues.map((i) => i.params)).toEqual([
      { codePoint: 'U+20B9F', to: 'U+53F1' },
      { codePoint: 'U+525D', to: 'U+5265' },
      { codePoint: 'U+F91D', to: 'U+6B04' },
    ]);
    expect(r.issues[0]?.message).toBe('Character U+20B9F, not in MS932, was written as its usual substitute U+53F1 (substitution policy).');
  });

  it('leaves characters without a substitute unmappable (𩸽), and the JIS-style variants to the variants option', () => {
    const r = serialize('table6Plan', [validRecord({ planManagerName: '𩸽〜' })], { substitute: 'jisx0213' });
    expect(r.issues.map((i) => i.code)).toEqual(['encoding.unmappable', 'encoding.converted']);
  });

  it('is misuse with another value', () => {
    let thrown: unknown = null;
    try {
      serialize('table6Plan', RECORDS, { substitute: 'all' as never });
    } catch (e) {
      thrown = e;
    }
    expect(isUsageError(thrown)).toBe(true);
  });
});

describe('the policy as a module (for the repair mode and other callers)', () => {
  it('applySubstitutions replaces and lists each substitution at its input index', () => {
    expect(applySubstitutions('a𠮟b剝', 'jisx0213')).toEqual({
      text: 'a叱b剥',
      substitutions: [
        { index: 1, codePoint: 0x20b9f, to: 0x53f1 },
        { index: 4, codePoint: 0x525d, to: 0x5265 },
      ],
    });
    expect(applySubstitutions('a𠮟', 'none')).toEqual({ text: 'a𠮟', substitutions: [] });
    expect(substituteFor('jisx0213', 0x9ad9)).toBe(0);
    expect(encodeMs932('𠮟', { substitute: 'jisx0213' })).toEqual({
      bytes: encodeMs932('叱').bytes,
      problems: [{ code: 'substituted', index: 0, codePoint: 0x20b9f, to: 0x53f1 }],
    });
  });
});
