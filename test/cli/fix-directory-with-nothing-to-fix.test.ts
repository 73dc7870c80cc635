import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runOnDisk } from './harness.js';

// As validate, fix of a directory that holds no .CSV file says so and exits 2: a wrong path must not pass as fixed.
const dir = mkdtempSync(join(tmpdir(), 'careplan-fix-nothing-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const empty = join(dir, 'empty');
const out = join(dir, 'out');
mkdirSync(empty);
mkdirSync(out);
writeFileSync(join(dir, 'notes.txt'), 'x');

describe('fix: a directory with no .CSV file', () => {
  it.each([
    ['an empty directory', empty],
    ['a directory of other files', dir],
  ])('%s: one line saying so, exit 2, nothing written', (_, path) => {
    const r = runOnDisk(['fix', '--no-config', '--locale', 'en', path, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`careplan-csv: ${path} holds no .CSV file to fix`);
    expect(runOnDisk(['fix', '--no-config', path, '--dry-run']).stderr).toContain('直す .CSV ファイルがありません');
  });
});
