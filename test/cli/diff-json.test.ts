import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import type { Table6Record } from '../../src/schemas/layouts.js';
import { validRecord } from '../helpers/table6.js';
import { run } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'careplan-diff-json-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, kind: 'table6Plan' | 'table6Actual', records: Table6Record[], allowInvalid = false): string {
  const r = serialize(kind, records, { fileName: name, allowInvalid });
  const path = join(dir, name);
  writeFileSync(path, r.bytes as Uint8Array);
  return path;
}

const PLAN = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const ACTUAL = 'UPJSK_202505_1310000002_11_1370000001_43_20250603120000.CSV';

describe('careplan-csv diff --format json', () => {
  const plan = write(PLAN, 'table6Plan', [validRecord({ serviceDate: '20250505' }), validRecord({ serviceDate: '20250508' })]);
  const actual = write(ACTUAL, 'table6Actual', [validRecord({ serviceDate: '20250505', serviceCount: '2', units: '792' })]);

  it('prints the files, the summary, the user-months and every difference with both lines', () => {
    const r = run(['diff', '--format', 'json', plan, actual]);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.plan).toEqual({ file: plan, kind: 'table6Plan', version: '202407', records: 2, errors: 0, warnings: 0 });
    expect(doc.actual).toMatchObject({ file: actual, kind: 'table6Actual', records: 1 });
    expect(doc.comparable).toBe(true);
    expect(doc.same).toBe(false);
    expect(doc.scope).toBe('actualProviders');
    expect(doc.summary).toEqual({ planRows: 2, actualRows: 1, matched: 0, missing: 1, extra: 0, changed: 1, excludedPlanRows: 0 });
    expect(doc.userMonths).toEqual([
      { insurerNumber: '131001', targetMonth: '202505', planRows: 2, actualRows: 1, matched: 0, missing: 1, extra: 0, changed: 1 },
    ]);
    expect(doc.differences).toEqual([
      expect.objectContaining({
        type: 'changed',
        pairedBy: 'key',
        plan: expect.objectContaining({ record: 1, line: 1 }),
        actual: expect.objectContaining({ record: 1, line: 1 }),
        changes: [
          { field: 'units', fieldJa: '単位数', column: 8, plan: '396', actual: '792' },
          { field: 'serviceCount', fieldJa: 'サービス回数', column: 14, plan: '1', actual: '2' },
        ],
      }),
      expect.objectContaining({ type: 'missing', plan: expect.objectContaining({ record: 2, line: 2, serviceDate: '20250508' }), actual: null }),
    ]);
    expect(r.stdout).not.toContain('0000123456');
  });

  it('--include-values adds 被保険者番号', () => {
    const doc = JSON.parse(run(['diff', '--format', 'json', '--include-values', plan, actual]).stdout);
    expect(doc.userMonths[0].insuredNumber).toBe('0000123456');
    expect(doc.differences[0].user.insuredNumber).toBe('0000123456');
  });

  it('a file with errors that prevent matching: comparable false, the blocking issues, exit 2', () => {
    const name = 'UPJSK_202505_1310000002_11_1370000001_43_20250603130000.CSV';
    write(name, 'table6Actual', [validRecord({ serviceDate: '20250532' })], true);
    const r = run(['diff', '--format', 'json', plan, join(dir, name)]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.comparable).toBe(false);
    expect(doc.differences).toBeNull();
    expect(doc.plan.blocking).toEqual([]);
    expect(doc.actual.blocking).toEqual([expect.objectContaining({ code: 'field.date', field: 'serviceDate', line: 1, column: 10 })]);
    expect(doc.error).toContain('照合を妨げるエラーが 1 件');
    expect(r.stderr).toContain('照合を妨げるエラー');
  });
});
