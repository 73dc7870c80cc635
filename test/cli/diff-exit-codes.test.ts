import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import type { Table6Record } from '../../src/schemas/layouts.js';
import { validRecord } from '../helpers/table6.js';
import { run } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'careplan-diff-exit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, kind: 'table6Plan' | 'table6Actual', records: Table6Record[]): string {
  const r = serialize(kind, records, { fileName: name, allowInvalid: true });
  const path = join(dir, name);
  writeFileSync(path, r.bytes as Uint8Array);
  return path;
}

const records = [validRecord({ serviceDate: '20250505' }), validRecord({ serviceDate: '20250508' })];
const plan = write('UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV', 'table6Plan', records);
const same = write('UPJSK_202505_1310000002_11_1370000001_43_20250603120000.CSV', 'table6Actual', records);
const fewer = write('UPJSK_202505_1310000002_11_1370000001_43_20250603120001.CSV', 'table6Actual', records.slice(0, 1));

describe('careplan-csv diff: exit codes', () => {
  it('0 when plan and actual agree', () => {
    const r = run(['diff', plan, same]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('差異 0 件（予定のみ 0、実績のみ 0、相違 0）、一致 2 件\n');
  });

  it('1 when they differ', () => {
    expect(run(['diff', plan, fewer]).code).toBe(1);
    expect(run(['diff', '--format', 'json', plan, fewer]).code).toBe(1);
  });

  it('2 on usage problems, with the diff help', () => {
    for (const args of [
      ['diff'],
      ['diff', plan],
      ['diff', plan, same, same],
      ['diff', '--format', 'xml', plan, same],
      ['diff', '--locale', 'fr', plan, same],
      ['diff', '--nope', plan, same],
    ]) {
      // The usage line in the messages' language: Japanese by default, English with --locale en.
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('使い方: careplan-csv diff');
      if (args.includes('fr')) continue;
      const en = run([...args, '--locale', 'en']);
      expect(en.code).toBe(2);
      expect(en.stderr).toContain('Usage: careplan-csv diff');
    }
  });

  it('the main help lists the diff command', () => {
    expect(run(['--help']).stdout).toContain('careplan-csv diff [--format text|json] [--locale ja|en]');
  });

  it('2 when a file cannot be read', () => {
    const r = run(['diff', '--locale', 'en', plan, join(dir, 'missing.CSV')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read');
    // Localised like every message (Japanese by default).
    const ja = run(['diff', plan, join(dir, 'missing.CSV')]);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('を読めません（ENOENT）');
  });

  it('2 when a file is not a 第6表 file', () => {
    const r = run(['diff', '--locale', 'en', plan, 'samples/UPSIKYU_202505_1370000001_43_1310000002_11_20250425170512.CSV']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('not a 第6表 file');
    const ja = run(['diff', plan, 'samples/UPSIKYU_202505_1370000001_43_1310000002_11_20250425170512.CSV']);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('は第6表のファイル（UPPLAN か UPJSK）ではありません');
  });

  it('2 when a file has errors that prevent matching, naming them as validate does', () => {
    const bad = write('UPJSK_202505_1310000002_11_1370000001_43_20250603120002.CSV', 'table6Actual', [validRecord({ startTime: '2500' })]);
    const r = run(['diff', plan, bad]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`${bad}:1:12: error field.time サービス開始時刻`);
    expect(r.stderr).toContain(`${bad} に照合を妨げるエラーが 1 件あるため比較できません`);
  });

  it('errors outside the matching columns only add a note; the exit code follows the differences', () => {
    const odd = write(
      'UPJSK_202505_1310000002_11_1370000001_43_20250603120003.CSV',
      'table6Actual',
      records.map((r) => ({ ...r, over30Days: '7' })),
    );
    const r = run(['diff', '--locale', 'en', plan, odd]);
    expect(r.stderr).toContain(`note: ${odd} has 2 error(s) outside the matching columns`);
    // ３０日超区分 is compared: every row changed.
    expect(r.code).toBe(1);
  });

  it('files with other names are read by position: PLAN as UPPLAN, ACTUAL as UPJSK', () => {
    const a = join(dir, 'plan.csv');
    const b = join(dir, 'actual.csv');
    writeFileSync(a, serialize('table6Plan', records).bytes as Uint8Array);
    writeFileSync(b, serialize('table6Actual', records).bytes as Uint8Array);
    const r = run(['diff', '--format', 'json', a, b]);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.plan.kind, doc.actual.kind]).toEqual(['table6Plan', 'table6Actual']);
  });

  it('files for different months get a note', () => {
    const june = write('UPJSK_202506_1310000002_11_1370000001_43_20250703120000.CSV', 'table6Actual', [
      validRecord({ targetMonth: '202506', serviceDate: '20250605', createdDate: '20250520' }),
    ]);
    const r = run(['diff', plan, june]);
    expect(r.stderr).toContain('対象年月が異なります');
    expect(r.code).toBe(1);
  });
});
