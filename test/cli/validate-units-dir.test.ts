import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { runOnDisk } from './harness.js';

const IMAGE = 'UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000_0001.jpg';
const root = mkdtempSync(join(tmpdir(), 'careplan-units-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/**
 * A directory built from samples/: 居宅 files in kyotaku/, 介護予防 files (and the family image) in yobo/.
 * The 第3.x 予定 comes without its 第7表 and 利用者補足情報, so that one unit has warnings (with --units: a unit of
 * one file is not checked for the files it lacks by default).
 */
function sampleDir(name: string, withImage: boolean): string {
  const dir = join(root, name);
  for (const sub of ['kyotaku', 'yobo']) mkdirSync(join(dir, sub), { recursive: true });
  const leftOut = /^(UPSIKYU|UPHOSOKU)_202503_/;
  for (const f of readdirSync('samples').filter((n) => n.endsWith('.CSV') && !leftOut.test(n))) {
    copyFileSync(join('samples', f), join(dir, /_46_/.test(f) ? 'yobo' : 'kyotaku', f));
  }
  if (withImage) writeFileSync(join(dir, 'yobo', IMAGE), Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]));
  writeFileSync(join(dir, 'notes.txt'), 'not a CSV');
  return dir;
}

describe('careplan-csv validate DIR: files grouped into send units', () => {
  const full = sampleDir('full', true);

  it('walks the directory and prints the units that are not valid, the withdrawals and two summaries', () => {
    const r = runOnDisk(['validate', '--units', full]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    const v3 = join(full, 'kyotaku', 'UPPLAN_202503_1370000001_1310000002_20250225170512.CSV');
    expect(lines.slice(0, 2)).toEqual([
      `${v3}: warning unit.memberMissing 送信単位に UPSIKYU のファイルがありません（UPPLAN と同じファイル連番で送るファイルです）。`,
      `${v3}: warning unit.memberMissing 送信単位に UPHOSOKU_202503 のファイルがありません（UPPLAN と同じファイル連番で送るファイルです）。`,
    ]);
    expect(lines.filter((l) => l.includes(' 取り下げ '))).toHaveLength(5);
    expect(lines).toContain(
      `${join(full, 'kyotaku', 'DLTPLAN_202505_1370000001_43_1310000002_11_20250426090000.CSV')}:1: 取り下げ UPPLAN 202505（連動: UPSIKYU）`,
    );
    expect(lines).toContain(
      '[1370000001_1310000002_20250225170512] 利用票（第6表予定・第7表・補足）: 警告あり（ファイルとファイル間のエラー 0 件、警告 2 件）',
    );
    expect(lines.slice(-2)).toEqual([
      '19 ファイル: エラー 0 件、警告 0 件（エラーのあるファイル 0）',
      '10 送信単位: 不合格 0、警告あり 1（ファイル間の検査: エラー 0 件、警告 2 件）',
    ]);
    expect(r.stdout).not.toContain('0000123456');
  });

  it('JSON keeps files and summary as before and adds units (withdrawal keys only with --include-values)', () => {
    const doc = JSON.parse(runOnDisk(['validate', '--units', '--format', 'json', full]).stdout);
    expect(doc.summary).toEqual({ files: 19, invalidFiles: 0, errors: 0, warnings: 0, infos: 0, unreadable: false, skipped: 0 });
    expect(Object.keys(doc.files[0])).toEqual(['file', 'kind', 'version', 'records', 'errors', 'warnings', 'infos', 'canonical', 'issues']);
    expect(doc.units).toHaveLength(10);
    expect(doc.units.map((u: { serial: string }) => u.serial)).toEqual([...doc.units.map((u: { serial: string }) => u.serial)].sort());
    const yobo = doc.units.find((u: { combination: string }) => u.combination === 'preventionPlanWithBasicInfo');
    expect(yobo).toMatchObject({ verdict: 'valid', errors: 0, warnings: 0, issues: [], images: [join(full, 'yobo', IMAGE)] });
    expect(yobo.files).toHaveLength(5);
    const dltjsk = doc.units.find((u: { combination: string }) => u.combination === 'actualDelete');
    expect(dltjsk.withdrawals).toEqual([
      {
        file: join(full, 'kyotaku', 'DLTJSK_202505_1310000002_11_1370000001_43_20250605100000.CSV'),
        line: 1,
        record: 1,
        kind: 'table6ActualDelete',
        withdraws: 'table6Actual',
        cascade: [],
        month: '202505',
      },
    ]);
    expect(doc.unitSummary).toEqual({ units: 10, invalidUnits: 0, unitsWithWarnings: 1, ungroupedFiles: [] });
    const withValues = JSON.parse(runOnDisk(['validate', '--format', 'json', '--include-values', full]).stdout);
    const key = withValues.units.find((u: { combination: string }) => u.combination === 'actualDelete').withdrawals[0].key;
    expect(key).toMatchObject({ insuredNumber: '0000123456', providerCode: '1310000002', serviceTypeCode: '11' });
  });

  it('a directory without the family image that UPKIHON names: exit 1, the error at UPKIHON No.62', () => {
    const dir = sampleDir('no-image', false);
    const r = runOnDisk(['validate', '--units', '--locale', 'en', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      `${join(dir, 'yobo', 'UPKIHON_1370000001_46_1310000002_A2_20250415093000.CSV')}:1:62: error link.imageMissing 家族構成 画像ファイル名 The image file named here is not in the send unit.`,
    );
    expect(r.stdout).toContain('10 send unit(s): 1 invalid, 1 with warnings (checks between files: 1 error(s), 2 warning(s))');
  });

  it('a list of CSV files alone (no directory, no image named) does not ask for the images', () => {
    const dir = join(root, 'no-image', 'yobo');
    const files = readdirSync(dir).map((f) => join(dir, f));
    const r = runOnDisk(['validate', ...files]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('link.imageMissing');
  });

  it('a cross-file error names both files: file and line of one, (→ file) of the other', () => {
    const dir = sampleDir('broken', true);
    const t7 = join(dir, 'kyotaku', 'UPSIKYU_202505_1370000001_43_1310000002_11_20250425170512.CSV');
    // The 第7表 rows of the second user get another 被保険者番号: they link to no 第6表 row.
    const records = parse(readFileSync(t7), { kind: 'table7' }).records.map((rec) =>
      rec.insuredNumber === 'H000000012' ? { ...rec, insuredNumber: '0000999999' } : rec,
    );
    writeFileSync(t7, serialize('table7', records).bytes as Uint8Array);
    const r = runOnDisk(['validate', dir]);
    expect(r.code).toBe(1);
    const plan = join(dir, 'kyotaku', 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV');
    expect(r.stdout).toContain(
      `${t7}:4: error link.masterMissing このレコードのキー（保険者番号・被保険者番号・対象年月）に一致する UPPLAN のレコードが送信単位にありません（このキーのレコード 5 件）。 (→ ${plan})`,
    );
    expect(r.stdout).toContain(`${plan}:6: warning link.dependantMissing`);
    expect(r.stdout).not.toContain('0000999999');
  });
});
