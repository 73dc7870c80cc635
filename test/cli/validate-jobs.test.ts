import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { POOL_MIN_FILES } from '../../src/cli/validate.js';
import { run, runOnDisk } from './harness.js';

// `npm test` builds first: `--jobs` runs the built bin, whose workers are dist/pool-worker.js.
const dir = mkdtempSync(join(tmpdir(), 'careplan-jobs-'));
afterAll(() => (process.env.KEEP_JOBS_DIR ? console.log(dir) : rmSync(dir, { recursive: true, force: true })));

// The samples (send units whose files link to each other, a family image), and three copies of them in
// units of their own (other ファイル連番): one with a file cut short, one with bad bytes appended, one with
// a file too large for --max-file-bytes (read piece by piece in the main thread), none with its image.
const samples = readdirSync('samples').filter((n) => /\.(CSV|jpg)$/.test(n));
for (const n of samples) copyFileSync(join('samples', n), join(dir, n));
for (let copy = 1; copy <= 3; copy++) {
  const sub = join(dir, `copy${copy}`);
  mkdirSync(sub);
  for (const n of samples.filter((s) => s.endsWith('.CSV'))) {
    // The minutes of the serial (…YYYYMMDDhhmmss) say which copy it is.
    const name = n.replace(/(\d{10})\d\d(\d\d)\.CSV$/, (_, head: string, ss: string) => `${head}${String(copy).padStart(2, '0')}${ss}.CSV`);
    let bytes: Uint8Array = readFileSync(join('samples', n));
    if (copy === 1 && n.startsWith('UPPLAN_202505')) bytes = bytes.subarray(0, bytes.length >> 1);
    if (copy === 2 && n.startsWith('UPSIKYU_202505')) bytes = Buffer.concat([bytes, Buffer.from([0x82, 0xff, 0x0d, 0x0a])]);
    if (copy === 3 && n.startsWith('UPHOSOKU_202505')) bytes = Buffer.concat(Array.from({ length: 100 }, () => bytes));
    writeFileSync(join(sub, name), bytes);
  }
}
const maxFileBytes = String(2 * Math.max(...samples.map((n) => readFileSync(join('samples', n)).length)));

function bin(args: string[]) {
  const r = spawnSync(process.execPath, ['dist/cli.js', 'validate', '--no-config', '--max-file-bytes', maxFileBytes, ...args, dir], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('validate --jobs N', () => {
  it('the batch is large enough to go to the workers', () => {
    expect(readdirSync(dir, { recursive: true }).filter((n) => String(n).endsWith('.CSV')).length).toBeGreaterThanOrEqual(POOL_MIN_FILES);
  });

  for (const [label, args] of [
    ['text', []],
    ['text, English, --explain', ['--locale', 'en', '--explain']],
    ['text, --quiet', ['--quiet']],
    ['JSON', ['--format', 'json']],
    ['JSON with values', ['--format', 'json', '--include-values']],
  ] as const) {
    it(`${label}: the output and the exit code of --jobs 1, in the same order`, () => {
      const one = bin(['--jobs', '1', ...args]);
      // What the batch holds shows in the output: file issues, unit issues, a file read piece by piece.
      expect(one.code).toBe(1);
      for (const needle of ['encoding.', 'link.imageName', 'limit.fileBytes']) expect(one.stdout).toContain(needle);
      const many = bin(['--jobs', '3', ...args]);
      expect(many.stdout).toBe(one.stdout);
      expect(many.code).toBe(one.code);
      expect(many.stderr).toBe(one.stderr);
      // The default (this batch is under 32 MiB: one thread).
      expect(bin([...args]).stdout).toBe(one.stdout);
    });
  }

  it('a JSON report from the workers is the in-process one (the API of the same checks)', () => {
    const json = JSON.parse(bin(['--jobs', '2', '--format', 'json']).stdout);
    const inProcess = JSON.parse(runOnDisk(['validate', '--no-config', '--format', 'json', '--max-file-bytes', maxFileBytes, dir]).stdout);
    expect(json).toEqual(inProcess);
  });

  it('takes jobs from the config file; a bad value is a usage error naming it', () => {
    const config = join(dir, 'jobs.json');
    writeFileSync(config, '{"jobs": 2}');
    const r = spawnSync(process.execPath, ['dist/cli.js', 'validate', '--config', config, '--format', 'json', dir], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).summary.files).toBeGreaterThanOrEqual(POOL_MIN_FILES);
    const zero = run(['validate', '--locale', 'en', '--jobs', '0', dir]);
    expect(zero.code).toBe(2);
    expect(zero.stderr.split('\n')[0]).toContain('--jobs');
    writeFileSync(config, '{"jobs": "many"}');
    const bad = run(['validate', '--locale', 'en', '--config', config, dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.split('\n')[0]).toContain('"jobs"');
  });

  it('a --jobs that is no number says a whole number, without the K, M, G suffixes of byte limits', () => {
    const en = run(['validate', '--locale', 'en', '--jobs', 'abc', dir]);
    expect(en.code).toBe(2);
    expect(en.stderr.split('\n')[0]).toBe('careplan-csv: --jobs must be a whole number (got abc)');
    const ja = run(['validate', '--locale', 'ja', '--jobs', '4K', dir]);
    expect(ja.code).toBe(2);
    expect(ja.stderr.split('\n')[0]).toBe('careplan-csv: --jobs は整数です（指定: 4K）');
  });
});
