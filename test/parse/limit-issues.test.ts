import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/options.js';
import { validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, parsePlan, rowOffset, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';
import { byteByByte } from '../stream/harness.js';

// Ten records, each with one error (a bad date) and one warning (unquoted free text).
const rows = Array.from({ length: 10 }, () => cellsOf(validRecord({ serviceDate: '20250532' })).map((c, i) => (i === 20 ? 'ひまわり' : c)));
const bytes = ms932(csvText(rows));

describe('limit: maxIssues (limit.issues)', () => {
  it('lists that many issues, then one warning at the first left out; the counts stay exact', () => {
    const r = parsePlan(bytes, { maxIssues: 5 });
    expect(r.issues.map((i) => i.code)).toEqual([
      'field.date',
      'csv.unquotedFreeText',
      'field.date',
      'csv.unquotedFreeText',
      'field.date',
      'limit.issues',
    ]);
    const marker = r.issues[5]!;
    expect([marker.severity, marker.line, marker.record, marker.params]).toEqual(['warning', 3, null, { expected: 5 }]);
    expect(marker.byteOffset).toBeGreaterThan(rowOffset(rows, 2));
    // Every issue is counted (plus the limit.issues warning itself).
    expect(r.errorCount).toBe(10);
    expect(r.warningCount).toBe(11);
    expect(r.truncated).toBe(true);
    // Reading went on to the end.
    expect(r.recordCount).toBe(10);
  });

  it('0 lists no issue of the file, only the limit', () => {
    const r = parsePlan(bytes, { maxIssues: 0 });
    expect(r.issues.map((i) => i.code)).toEqual(['limit.issues']);
    expect(r.ok).toBe(false);
  });

  it('a limit that stops reading is listed even after maxIssues', () => {
    const r = parsePlan(bytes, { maxIssues: 1, maxRecords: 4 });
    expect(r.issues.map((i) => i.code)).toEqual(['field.date', 'limit.issues', 'limit.records']);
  });

  it('no limit with Infinity, and no truncation below the limit', () => {
    expect(parsePlan(bytes, { maxIssues: Number.POSITIVE_INFINITY }).issues).toHaveLength(20);
    const r = parsePlan(bytes, { maxIssues: 20 });
    expect(r.issues).toHaveLength(20);
    expect(r.truncated).toBe(false);
  });

  it('is 1,000 by default', () => {
    expect(DEFAULT_LIMITS.maxIssues).toBe(1000);
    const many = ms932(csvText(Array.from({ length: 600 }, () => rows[0]!)));
    const r = parsePlan(many);
    expect(r.issues).toHaveLength(1001);
    expect(r.errorCount + r.warningCount).toBe(1201);
  });

  it('the stream gives the same', async () => {
    const { records: _records, ...whole } = parsePlan(bytes, { maxIssues: 5 });
    expect(await validateStream(byteByByte(bytes), { kind: 'table6Plan', maxIssues: 5 })).toEqual(whole);
  });
});
