import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../src/api.js';
import { parseRecordBudget } from '../../src/parse/read.js';
import { getLayout } from '../../src/schemas/layouts.js';

const NAME = 'UPKIHON_1370000001_46_1310000002_A2_20250415093000.CSV';
// Rows far too short for their layout: 2 bytes each, a 利用者基本情報 record of every column each.
const ROWS = 40_000;
const hostile = new TextEncoder().encode('1\n'.repeat(ROWS));
// What a record of the layout takes at least: a slot per key (8 bytes), besides its object.
const minRecordBytes = 8 * getLayout('preventionBasicInfo', '202407').recordKeys.length;

describe('parse builds no more records than the input size allows (unless maxRecords is given)', () => {
  it('a file of short rows stops with limit.records (detail memory) within the budget', () => {
    const r = parse(hostile, { fileName: NAME });
    expect(r.records.length).toBe(r.recordCount);
    expect(r.records.length).toBeLessThan(ROWS);
    expect(r.records.length * minRecordBytes).toBeLessThanOrEqual(parseRecordBudget(hostile.length));
    const limit = r.issues.find((i) => i.code === 'limit.records');
    expect(limit?.params).toEqual({ expected: r.recordCount, detail: 'memory' });
    expect(limit?.line).toBe(r.recordCount + 1);
    expect(limit?.message).toContain('maxRecords');
    expect(r.truncated).toBe(true);
  });

  it('the issues listed stay capped by maxIssues', () => {
    const r = parse(hostile, { fileName: NAME, maxIssues: 10 });
    expect(r.issues.length).toBeLessThanOrEqual(12);
  });

  it('an explicit maxRecords replaces the bound', () => {
    const r = parse(hostile, { fileName: NAME, maxRecords: 10_000_000 });
    expect(r.recordCount).toBe(ROWS);
    expect(r.records).toHaveLength(ROWS);
    expect(r.issues.some((i) => i.code === 'limit.records')).toBe(false);
  });

  it('validate builds no records and reads the whole file', () => {
    const r = validate(hostile, { fileName: NAME });
    expect(r.recordCount).toBe(ROWS);
    expect(r.issues.some((i) => i.code === 'limit.records')).toBe(false);
  });

  it('the budget is 3 bytes per byte of input and 8 MiB', () => {
    expect(parseRecordBudget(0)).toBe(8 * 2 ** 20);
    expect(parseRecordBudget(10_000_000)).toBe(30_000_000 + 8 * 2 ** 20);
  });
});
