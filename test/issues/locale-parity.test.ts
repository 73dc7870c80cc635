import { describe, expect, it } from 'vitest';
import { ISSUE_EXAMPLES } from '../../src/docs/examples.js';
import { NON_CANONICAL_CODES } from '../../src/issues/codes.js';
import type { IssueParamsMap } from '../../src/issues/params.js';
import { ALL_ISSUE_CODES, ISSUE_CODES, isIssueCode, LOCALES, localizeIssue, renderMessage } from '../../src/issues/index.js';
import { en } from '../../src/issues/locales/en.js';
import { ja } from '../../src/issues/locales/ja.js';
import { parsePlan, readRecords, validRecord } from '../helpers/table6.js';

const CODES = Object.keys(ISSUE_CODES).sort();
const FULL_PARAMS = { expected: 12, actual: 13, allowed: ['0', '1'], codePoint: 'U+20BB7', to: 'U+3013', detail: 'x', otherLine: 1 };

describe('locales: every issue code has a message in ja and en', () => {
  it('the catalogue is non-empty, with a severity of error, warning or info for each code', () => {
    expect(CODES.length).toBeGreaterThan(40);
    expect([...ALL_ISSUE_CODES].sort()).toEqual(CODES);
    for (const code of CODES) {
      expect(['error', 'warning', 'info']).toContain(ISSUE_CODES[code as keyof typeof ISSUE_CODES]);
      // info is only for a valid file whose bytes are not the canonical ones
      if (ISSUE_CODES[code as keyof typeof ISSUE_CODES] === 'info') expect(NON_CANONICAL_CODES.has(code as keyof typeof ISSUE_CODES)).toBe(true);
      expect(isIssueCode(code)).toBe(true);
    }
    expect(isIssueCode('field.nope')).toBe(false);
  });

  it.each([
    ['ja', ja],
    ['en', en],
  ])('%s has exactly the catalogue codes (none missing, none extra)', (_name, table) => {
    expect(Object.keys(table).sort()).toEqual(CODES);
  });

  it('LOCALES holds exactly ja and en', () => {
    expect(Object.keys(LOCALES).sort()).toEqual(['en', 'ja']);
    expect(LOCALES.ja).toBe(ja);
    expect(LOCALES.en).toBe(en);
  });

  // Params are typed per code (src/issues/params.ts): a message gets its code's params, never `{}` for a code
  // that has params; the documented example of each code (src/docs/examples.ts) is such a params object.
  it.each(CODES)('%s renders non-empty in both locales with its example params, and with every other param too', (code) => {
    const c = code as keyof typeof ISSUE_CODES;
    const example = ISSUE_EXAMPLES[c]?.params;
    expect(example, `${c} has no example`).toBeDefined();
    for (const locale of ['ja', 'en'] as const) {
      for (const params of [example ?? {}, { ...FULL_PARAMS, ...example }]) {
        const message = renderMessage(c, params as IssueParamsMap[typeof c], locale);
        expect(typeof message).toBe('string');
        expect(message.trim().length).toBeGreaterThan(0);
        expect(message).not.toContain('undefined');
        expect(message).not.toContain('[object');
      }
    }
    expect(renderMessage(c, example ?? {}, 'ja')).not.toBe(renderMessage(c, example ?? {}, 'en'));
  });

  it("locale: 'en' gives the English messages, ja is the default", () => {
    const bad = validRecord({ createdDate: '20250229', over30Days: '2' });
    const enIssues = readRecords([bad], { locale: 'en' }).result.issues;
    const jaIssues = readRecords([bad]).result.issues;
    expect(enIssues.map((i) => i.message)).toEqual(['Not a valid calendar date (YYYYMMDD).', 'Not in the code table (allowed: 0, 1).']);
    expect(jaIssues.map((i) => i.message)).toEqual(['正しい日付（YYYYMMDD）ではありません。', 'コード表にない値です（指定できる値: 0 / 1）。']);
    // Apart from the message, the issues are identical.
    expect(enIssues.map((i) => ({ ...i, message: '' }))).toEqual(jaIssues.map((i) => ({ ...i, message: '' })));
    expect(jaIssues.map((i) => localizeIssue(i, 'en'))).toEqual(enIssues);
  });

  it("locale: 'en' applies to file-level issues too", () => {
    const r = parsePlan(new Uint8Array(0), { locale: 'en' });
    expect(r.issues.map((i) => i.message)).toEqual(['The file has no records.']);
  });
});
