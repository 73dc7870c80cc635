import { describe, expect, it } from 'vitest';
import { MAX_ENCODING_ISSUES_PER_FIELD } from '../../src/parse/rows.js';
import { cellsOf, csvText, parsePlan, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const MAX = MAX_ENCODING_ISSUES_PER_FIELD;

/** A one-record file (as text) whose サービス事業所名 (No.21) is `value`. */
const withProviderName = (value: string): string => csvText([cellsOf(validRecord({ providerName: value }))]);

describe('reader: a string input with many characters outside MS932 is read in linear time', () => {
  it('400,000 é in one field (quadratic would take hours): at most MAX issues listed, the rest counted', () => {
    const text = withProviderName('é'.repeat(400_000));
    const r = parsePlan(text, { maxFieldBytes: 2 ** 20, maxRecordBytes: 2 ** 24 });
    const start = ms932(text.slice(0, text.indexOf('é'))).length;
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.byteOffset])).toEqual([
      ...Array.from({ length: MAX }, (_, k) => ['encoding.unmappable', 1, 21, start + 2 * k]),
      ['encoding.moreInField', 1, 21, start + 2 * MAX],
    ]);
    expect(r.issues[MAX]!.params).toEqual({ actual: 400_000 - MAX, expected: MAX });
    expect([r.errorCount, r.warningCount]).toEqual([400_000, 1]);
  });

  it('keeps the exact line of each character in a multi-line field', () => {
    const r = parsePlan(withProviderName(Array.from({ length: MAX + 2 }, () => 'é').join('\r\n')));
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ...Array.from({ length: MAX }, (_, k) => ['encoding.unmappable', k + 1]),
      ['encoding.moreInField', MAX + 1],
    ]);
  });

  it('a 4 MB line (dropped: longer than maxRecordBytes) ending in 40,000 é: each at its offset (quadratic would take hours)', () => {
    const text = `${'A'.repeat(4_000_000)}${'é'.repeat(40_000)}\r\n`;
    const r = parsePlan(text, { maxIssues: 100_000 });
    const unmappable = r.issues.filter((i) => i.code === 'encoding.unmappable');
    expect(unmappable).toHaveLength(40_000);
    expect(unmappable.every((i, k) => i.line === 1 && i.record === null && i.byteOffset === 4_000_000 + 2 * k)).toBe(true);
  });

  it('characters in dropped lines are each at their own line', () => {
    const line = (k: number): string => `${'A'.repeat(200)}é${'B'.repeat(k)}é`;
    const text = `${[line(0), line(1), line(2)].join('\r\n')}\n${line(3)}\r${line(4)}\r\n`;
    const r = parsePlan(text, { maxRecordBytes: 100 });
    expect(r.issues.filter((i) => i.code === 'encoding.unmappable').map((i) => [i.line, i.record])).toEqual(
      [1, 1, 2, 2, 3, 3, 4, 4, 5, 5].map((l) => [l, null]),
    );
  });
});
