import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import type { Issue } from '../../src/issues/types.js';
import { parsePlan, recordsText, validRecord } from '../helpers/table6.js';

const NAME = '김민수'; // a Korean name: three characters outside MS932

/** Nothing of the characters themselves: neither the text nor a code point, in any property. */
function expectNoCodePoints(issues: readonly Issue[]): void {
  expect(issues.length).toBeGreaterThan(0);
  for (const issue of issues) {
    const json = JSON.stringify(issue);
    for (const ch of `${NAME}〜😀`) {
      expect(json).not.toContain(ch);
      expect(json).not.toContain((ch.codePointAt(0) ?? 0).toString(16).toUpperCase());
    }
    expect(issue.params.codePoint).toBeUndefined();
  }
}

describe('privacy: encoding issues carry a character class, not the code point, unless includeValues is set', () => {
  const record = validRecord({ planManagerName: NAME, providerName: 'ひまわり〜😀' });

  it('serialize: unmappable and converted characters', () => {
    const r = serialize('table6Plan', [record]);
    expect(r.issues.map((i) => [i.code, i.column, i.params])).toEqual([
      ['encoding.unmappable', 7, { detail: 'other' }],
      ['encoding.unmappable', 7, { detail: 'other' }],
      ['encoding.unmappable', 7, { detail: 'other' }],
      ['encoding.converted', 21, { detail: 'variant' }],
      ['encoding.unmappable', 21, { detail: 'supplementary' }],
    ]);
    expectNoCodePoints(r.issues);
    expect(r.issues[0]!.message).toBe('MS932 で表せない文字（文字）があります。MS932 の文字に置き換えてください。');
    expect(serialize('table6Plan', [record], { locale: 'en' }).issues[4]!.message).toBe(
      'A character outside MS932 (beyond U+FFFF: an emoji, a rare kanji…). Replace it with an MS932 character.',
    );
  });

  it("serialize with a replacement: the replacement (the caller's choice) is named, the character is not", () => {
    const r = serialize('table6Plan', [record], { unmappable: { replacement: '?' } });
    expect(r.issues.filter((i) => i.code === 'encoding.replaced').map((i) => i.params)).toEqual([
      { detail: 'other', to: 'U+003F' },
      { detail: 'other', to: 'U+003F' },
      { detail: 'other', to: 'U+003F' },
      { detail: 'supplementary', to: 'U+003F' },
    ]);
    expectNoCodePoints(r.issues);
  });

  it('parse(string): the same', () => {
    const r = parsePlan(recordsText([record]));
    expect(r.issues.map((i) => [i.code, i.column, i.params])).toEqual([
      ['encoding.unmappable', 7, { detail: 'other' }],
      ['encoding.unmappable', 7, { detail: 'other' }],
      ['encoding.unmappable', 7, { detail: 'other' }],
      ['encoding.converted', 21, { detail: 'variant' }],
      ['encoding.unmappable', 21, { detail: 'supplementary' }],
    ]);
    expectNoCodePoints(r.issues);
  });

  it('with includeValues: the code points too', () => {
    const w = serialize('table6Plan', [record], { includeValues: true });
    const p = parsePlan(recordsText([record]), { includeValues: true });
    for (const issues of [w.issues, p.issues]) {
      expect(issues.map((i) => i.params)).toEqual([
        { detail: 'other', codePoint: 'U+AE40' },
        { detail: 'other', codePoint: 'U+BBFC' },
        { detail: 'other', codePoint: 'U+C218' },
        { detail: 'variant', codePoint: 'U+301C', to: 'U+FF5E' },
        { detail: 'supplementary', codePoint: 'U+1F600' },
      ]);
    }
    expect(w.issues[0]!.message).toBe('文字 U+AE40 は MS932 で表せません。MS932 の文字に置き換えてください。');
  });
});
