import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runOnDisk, SAMPLE_PLAN } from './harness.js';

// A directory given that holds nothing to check (empty, or only other files) is skipped with a reason, not
// passed as checked: a wrong path in CI must not exit 0.
const dir = mkdtempSync(join(tmpdir(), 'careplan-nothing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const empty = join(dir, 'empty');
mkdirSync(empty);
const others = join(dir, 'others');
mkdirSync(join(others, 'deeper'), { recursive: true });
writeFileSync(join(others, 'export.txt'), 'x');
writeFileSync(join(others, 'deeper', 'notes.md'), 'x');

describe('validate: a directory with nothing to check', () => {
  it.each([
    ['an empty directory', empty],
    ['a directory of other files only', others],
  ])('%s: one skipped entry (noFiles), on stderr and in JSON, exit 2', (_, path) => {
    const text = runOnDisk(['validate', '--no-config', path]);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain(`careplan-csv: ${path}: 検査するファイル`);
    const en = runOnDisk(['validate', '--no-config', '--locale', 'en', path]);
    expect(en.stderr).toContain(`careplan-csv: ${path}: directory holding no file to check`);
    const json = runOnDisk(['validate', '--no-config', '--format', 'json', path]);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).skipped).toEqual([{ file: path, reason: 'noFiles', type: 'directory' }]);
  });

  it('beside files that are checked, the empty directory is still said; a directory with a CSV file is not', () => {
    const withCsv = join(dir, 'with-csv');
    mkdirSync(withCsv);
    writeFileSync(join(withCsv, 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV'), '');
    const r = runOnDisk(['validate', '--no-config', '--format', 'json', SAMPLE_PLAN, empty, withCsv]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).skipped).toEqual([{ file: empty, reason: 'noFiles', type: 'directory' }]);
  });

  it('the HTML report names the reason', () => {
    const r = runOnDisk(['validate', '--no-config', '--format', 'html', empty]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('検査するファイル（CSV、家族構成の画像）がない');
  });
});
