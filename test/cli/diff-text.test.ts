import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import type { Table6Record } from '../../src/schemas/layouts.js';
import { validRecord } from '../helpers/table6.js';
import { run, SAMPLE_ACTUAL, SAMPLE_PLAN } from './harness.js';

const dir = mkdtempSync(join(tmpdir(), 'careplan-diff-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, kind: 'table6Plan' | 'table6Actual', records: Table6Record[]): string {
  const r = serialize(kind, records, { fileName: name });
  expect(r.issues).toEqual([]);
  const path = join(dir, name);
  writeFileSync(path, r.bytes as Uint8Array);
  return path;
}

const PLAN = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const ACTUAL = 'UPJSK_202505_1310000002_11_1370000001_43_20250603120000.CSV';

describe('careplan-csv diff: text output', () => {
  // The first plan row's name spans three lines, so file lines and record numbers differ.
  const plan = write(PLAN, 'table6Plan', [
    validRecord({ serviceDate: '20250505', providerName: 'ひまわり\r\n訪問介護\r\nステーション' }),
    validRecord({ serviceDate: '20250508' }),
    validRecord({ serviceDate: '20250512' }),
    validRecord({ serviceDate: '20250515', providerCode: '1510000003', serviceCode: '155111' }),
  ]);
  const actual = write(ACTUAL, 'table6Actual', [
    validRecord({ serviceDate: '20250505', updaterCode: '1310000002' }),
    validRecord({ serviceDate: '20250508', startTime: '1030', endTime: '1130', updaterCode: '1310000002' }),
    validRecord({ serviceDate: '20250519', updaterCode: '1310000002' }),
  ]);

  it('prints one line per difference with the lines of both files, then a summary (ja)', () => {
    const r = run(['diff', plan, actual]);
    expect(r.stderr).toBe('');
    expect(r.stdout.split('\n')).toEqual([
      `${plan}:4 ${actual}:2: changed 予定と実績が相違 事業所 1310000002 サービスコード 111211 利用日 20250508: サービス開始時刻 1000→1030, サービス終了時刻 1100→1130`,
      `${plan}:5: missing 予定のみ（実績なし） 事業所 1310000002 サービスコード 111211 利用日 20250512 時刻 1000-1100 回数 1 単位数 396`,
      `${actual}:3: extra 実績のみ（予定なし） 事業所 1310000002 サービスコード 111211 利用日 20250519 時刻 1000-1100 回数 1 単位数 396`,
      '差異 3 件（予定のみ 1、実績のみ 1、相違 1）、一致 1 件、比較対象外の予定 1 行（実績側にない事業所・サービス種類）',
      '',
    ]);
    expect(r.code).toBe(1);
  });

  it('prints English with --locale en, and compares every provider with --all-providers', () => {
    const r = run(['diff', '--locale', 'en', '--all-providers', plan, actual]);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe(
      `${plan}:4 ${actual}:2: changed plan and actual differ provider 1310000002 service code 111211 date 20250508: サービス開始時刻 1000→1030, サービス終了時刻 1100→1130`,
    );
    expect(lines).toContain(
      `${plan}:6: missing planned, not delivered provider 1510000003 service code 155111 date 20250515 time 1000-1100 count 1 units 396`,
    );
    expect(lines[4]).toBe('4 difference(s) (2 planned only, 1 delivered only, 1 changed), 1 matched');
  });

  it('on the bundled samples: one visit delivered 30 minutes later; the other providers are not compared', () => {
    const r = run(['diff', SAMPLE_PLAN, SAMPLE_ACTUAL]);
    expect(r.stdout.split('\n')[0]).toBe(
      `${SAMPLE_PLAN}:2 ${SAMPLE_ACTUAL}:2: changed 予定と実績が相違 事業所 1310000002 サービスコード 111211 利用日 20250508: サービス開始時刻 1000→1030, サービス終了時刻 1100→1130`,
    );
    expect(r.stdout).toContain('差異 1 件（予定のみ 0、実績のみ 0、相違 1）、一致 3 件、比較対象外の予定 4 行');
    expect(r.code).toBe(1);
  });

  it('never prints 被保険者番号 or names unless --include-values', () => {
    const r = run(['diff', '--all-providers', plan, actual]);
    expect(r.stdout).not.toContain('0000123456');
    expect(r.stdout).not.toContain('花子');
  });
});
