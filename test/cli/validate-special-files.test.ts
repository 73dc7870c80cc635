import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runOnDisk, SAMPLE_PLAN } from './harness.js';

const root = mkdtempSync(join(tmpdir(), 'careplan-special-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PLAN = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';

/**
 * A tree with a FIFO named like a CSV file (reading it would block for ever), a link to /dev/zero (would
 * never end), a link to /etc/passwd and one to a directory outside the tree (not followed), and a link to
 * a file inside the tree (read under its own name).
 */
function tree(): string {
  const dir = join(root, 'tree');
  mkdirSync(join(dir, 'data'), { recursive: true });
  copyFileSync(SAMPLE_PLAN, join(dir, 'data', 'plan.bin'));
  expect(spawnSync('mkfifo', [join(dir, 'FIFO.CSV')]).status).toBe(0);
  symlinkSync('/dev/zero', join(dir, 'ZERO.CSV'));
  symlinkSync('/etc/passwd', join(dir, 'PASSWD.CSV'));
  symlinkSync(tmpdir(), join(dir, 'outside'));
  symlinkSync(join('data', 'plan.bin'), join(dir, PLAN));
  symlinkSync('data', join(dir, 'data-again'));
  return dir;
}

describe('validate DIR reads only regular files, and follows no link out of the tree', () => {
  const dir = tree();

  it('skips the FIFO, the device and the links out of the tree with one line each; exit 2', () => {
    const r = runOnDisk(['validate', '--locale', 'en', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n').filter(Boolean).sort()).toEqual(
      [
        `careplan-csv: ${join(dir, 'FIFO.CSV')}: not a regular file (named pipe): not read`,
        `careplan-csv: ${join(dir, 'PASSWD.CSV')}: symbolic link leading out of the given directory: not followed`,
        `careplan-csv: ${join(dir, 'ZERO.CSV')}: symbolic link leading out of the given directory: not followed`,
        `careplan-csv: ${join(dir, 'outside')}: symbolic link leading out of the given directory: not followed`,
      ].sort(),
    );
    // The link inside the tree is read under its name (and the directory link inside is not walked twice).
    expect(r.stdout).toContain('1 file(s): 0 error(s)');
    expect(r.stdout).toContain('4 entry(ies) not checked');
  });

  it('JSON lists them in skipped, counted in summary.skipped', () => {
    const doc = JSON.parse(runOnDisk(['validate', '--format', 'json', dir]).stdout);
    expect(doc.files.map((f: { file: string }) => f.file)).toEqual([join(dir, PLAN)]);
    expect(doc.summary).toMatchObject({ files: 1, skipped: 4, unreadable: false });
    expect(doc.skipped).toContainEqual({ file: join(dir, 'FIFO.CSV'), reason: 'notRegularFile', type: 'fifo' });
    expect(doc.skipped).toContainEqual({ file: join(dir, 'ZERO.CSV'), reason: 'linkOutside', type: 'symlink' });
  });

  it('in Japanese by default', () => {
    expect(runOnDisk(['validate', dir]).stderr).toContain(
      `careplan-csv: ${join(dir, 'FIFO.CSV')}: 通常のファイルではないので読みません（名前付きパイプ）`,
    );
  });
});

describe('a FIFO named on the command line is streamed, whoever opens it first', () => {
  it.runIf(process.platform !== 'win32')('its writer opened it first: read whole, no hang, the writer ends well (3 tries)', async () => {
    for (let k = 0; k < 3; k++) {
      const dir = join(root, `fifo-${k}`);
      mkdirSync(dir);
      const fifo = join(dir, PLAN);
      expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', SAMPLE_PLAN, fifo], { stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => writer.on('exit', (code) => resolve(code)));
      await new Promise((resolve) => setTimeout(resolve, 200)); // the writer waits in its open
      const r = spawnSync(process.execPath, ['dist/cli.js', 'validate', '--locale', 'en', '--no-config', fifo], {
        timeout: 20_000,
        encoding: 'utf8',
      });
      expect(r.signal).toBeNull(); // not killed by the timeout: it did not hang
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('1 file(s): 0 error(s)');
      expect(await exited).toBe(0); // no SIGPIPE
    }
  });
});
