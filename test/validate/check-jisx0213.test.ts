import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../src/api.js';
import { ms932 } from '../helpers/bytes.js';
import { cellOffset, cellsOf, recordsText, validRecord } from '../helpers/table6.js';

const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
// プラン担当者名 (No.7) with 髙 and ∑, サービス事業所名 (No.21) with ～ (what Windows writes for 〜).
const RECORD = validRecord({ planManagerName: '髙橋∑', providerName: '9時～17時' });
const BYTES = ms932(recordsText([RECORD]));
const rows = [cellsOf(RECORD)];

describe('checkJisX0213: a warning per character outside JIS X 0213', () => {
  it('is off by default', () => {
    expect(validate(BYTES, { fileName: NAME }).issues).toEqual([]);
  });

  it('names field, line and column, and whether a usual substitute exists; never the character without includeValues', () => {
    const r = validate(BYTES, { fileName: NAME, checkJisX0213: true });
    expect(r.ok).toBe(true);
    expect(r.warningCount).toBe(3);
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.column, i.field, i.byteOffset, i.params, i.value])).toEqual([
      ['encoding.outsideJisX0213', 'warning', 1, 7, 'planManagerName', cellOffset(rows, 0, 7), { detail: 'substitute' }, undefined],
      ['encoding.outsideJisX0213', 'warning', 1, 7, 'planManagerName', cellOffset(rows, 0, 7), { detail: 'noSubstitute' }, undefined],
      ['encoding.outsideJisX0213', 'warning', 1, 21, 'providerName', cellOffset(rows, 0, 21), { detail: 'substitute' }, undefined],
    ]);
    expect(JSON.stringify(r.issues)).not.toContain('髙');
  });

  it('gives the character and its usual substitute with includeValues', () => {
    const r = validate(BYTES, { fileName: NAME, checkJisX0213: true, includeValues: true, locale: 'en' });
    expect(r.issues.map((i) => [i.params, i.value])).toEqual([
      [{ detail: 'substitute', codePoint: 'U+9AD9', to: 'U+9AD8' }, '髙'],
      [{ detail: 'noSubstitute', codePoint: 'U+2211' }, '∑'],
      [{ detail: 'substitute', codePoint: 'U+FF5E', to: 'U+301C' }, '～'],
    ]);
    expect(r.issues[0]?.message).toBe(
      'Character U+9AD9 is outside JIS X 0213 (the character set of the 2027 Web service); usual substitute: U+9AD8.',
    );
  });

  it('finds the NEC-selected IBM duplicate code of a character too (ED/EE rows), and not characters JIS X 0213 has (﨑)', () => {
    // 髙 is FBFC canonically; EEE0 is its NEC-selected IBM duplicate.
    const dup = ms932(recordsText([validRecord({ planManagerName: '髙﨑' })]));
    const at = dup.findIndex((b, k) => b === 0xfb && dup[k + 1] === 0xfc);
    dup[at] = 0xee;
    dup[at + 1] = 0xe0;
    const r = parse(dup, { fileName: NAME, checkJisX0213: true });
    expect(r.issues.map((i) => i.code)).toEqual(['encoding.outsideJisX0213', 'encoding.nonCanonical']);
  });

  it('can be turned off per code, and raised to an error', () => {
    expect(validate(BYTES, { fileName: NAME, checkJisX0213: true, rules: { 'encoding.outsideJisX0213': 'off' } }).issues).toEqual([]);
    expect(validate(BYTES, { fileName: NAME, checkJisX0213: true, rules: { 'encoding.outsideJisX0213': 'error' } }).errorCount).toBe(3);
  });
});
