import { describe, expect, it } from 'vitest';
import { validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, parsePlan, rowOffset, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';
import { byteByByte } from '../stream/harness.js';

// Ten records, each with one error (a bad date).
const rows = Array.from({ length: 10 }, () => cellsOf(validRecord({ serviceDate: '20250532' })));
const bytes = ms932(csvText(rows));

describe('limit: maxErrors (limit.errors), fail fast', () => {
  it('stops before the next record once that many errors are found, and says where', () => {
    const r = parsePlan(bytes, { maxErrors: 3 });
    expect(r.issues.map((i) => i.code)).toEqual(['field.date', 'field.date', 'field.date', 'limit.errors']);
    const stop = r.issues[3]!;
    expect([stop.severity, stop.line, stop.byteOffset, stop.params]).toEqual(['warning', 4, rowOffset(rows, 3), { expected: 3 }]);
    expect(r.recordCount).toBe(3);
    expect(r.records).toHaveLength(3);
    expect(r.truncated).toBe(true);
    expect(r.ok).toBe(false);
    expect(r.errorCount).toBe(3);
  });

  it('is listed even past maxIssues', () => {
    const r = parsePlan(bytes, { maxErrors: 2, maxIssues: 1 });
    expect(r.issues.map((i) => i.code)).toEqual(['field.date', 'limit.issues', 'limit.errors']);
  });

  it('a file with fewer errors is read to its end, not truncated', () => {
    const r = parsePlan(bytes, { maxErrors: 10 });
    expect(r.recordCount).toBe(10);
    expect(r.truncated).toBe(false);
    expect(r.issues.some((i) => i.code === 'limit.errors')).toBe(false);
  });

  it('the streaming reader stops at the same place however the bytes are cut', async () => {
    const { records: _, ...whole } = parsePlan(bytes, { maxErrors: 3 });
    expect(await validateStream(byteByByte(bytes), { kind: 'table6Plan', maxErrors: 3 })).toEqual(whole);
  });
});
