import { describe, expect, it } from 'vitest';
import { ALL_ISSUE_CODES } from '../../src/issues/codes.js';
import { helpRef, ISSUE_HELP } from '../../src/issues/help/index.js';

describe('every issue code has its meaning, causes and remedy in ja and en', () => {
  it.each(['ja', 'en'] as const)('%s has exactly the catalogue codes', (locale) => {
    expect(Object.keys(ISSUE_HELP[locale]).sort()).toEqual([...ALL_ISSUE_CODES].sort());
  });

  it.each(ALL_ISSUE_CODES)('%s', (code) => {
    for (const locale of ['ja', 'en'] as const) {
      const h = ISSUE_HELP[locale][code];
      expect(h.meaning.trim(), `${locale} meaning`).not.toBe('');
      expect(h.causes.length, `${locale} causes`).toBeGreaterThan(0);
      for (const c of h.causes) expect(c.trim(), `${locale} cause`).not.toBe('');
      expect(h.remedy.trim(), `${locale} remedy`).not.toBe('');
    }
    // en is a translation, not a copy of ja
    expect(ISSUE_HELP.en[code].meaning).not.toBe(ISSUE_HELP.ja[code].meaning);
    expect(ISSUE_HELP.en[code].remedy).not.toBe(ISSUE_HELP.ja[code].remedy);
  });

  it('gives each code its own help reference', () => {
    const refs = ALL_ISSUE_CODES.map(helpRef);
    expect(new Set(refs).size).toBe(refs.length);
    expect(helpRef('field.tooLong')).toBe('docs/issue-codes.md#fieldtoolong');
  });
});
