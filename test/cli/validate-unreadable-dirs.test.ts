import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo, runCli, type CliIo } from '../../src/cli/main.js';
import { runOnDisk, SAMPLE_PLAN } from './harness.js';

const root = mkdtempSync(join(tmpdir(), 'careplan-unreadable-'));
// rm copes with paths longer than PATH_MAX (it works relative to each directory).
afterAll(() => void spawnSync('rm', ['-rf', root]));

const BROKEN = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';

describe('validate DIR: a directory that cannot be read is reported, and the exit code is 2', () => {
  it('a subdirectory whose listing fails (as chmod 000 does for a user other than root: injected EACCES)', () => {
    const dir = join(root, 'locked');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    copyFileSync(SAMPLE_PLAN, join(dir, 'sub', BROKEN));
    const listDir = nodeIo.listDir as NonNullable<CliIo['listDir']>;
    const r = runOnDisk(['validate', '--locale', 'en', dir], {
      listDir: (p) => {
        if (p === join(dir, 'sub')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
        return listDir(p);
      },
    });
    expect(r.stderr).toBe(`careplan-csv: ${join(dir, 'sub')}: cannot read the directory (EACCES)\n`);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('1 entry(ies) not checked');
  });

  it('a directory whose path is longer than PATH_MAX (real file system)', () => {
    const dir = join(root, 'deep');
    mkdirSync(dir);
    // 20 levels of 250-character names: 5,000+ bytes, beyond Linux's 4,096. Built from the inside out
    // (each step renames the tree so far into a new parent), so that no command needs the long path.
    const name = 'd'.repeat(250);
    const script = `cd "$1" && mkdir cur && cp "$2" cur/ && for i in $(seq 20); do mkdir w && mv cur w/${name} && mv w cur || exit 1; done`;
    expect(spawnSync('sh', ['-c', script, 'sh', dir, join(process.cwd(), SAMPLE_PLAN)]).status).toBe(0);
    const r = runOnDisk(['validate', '--format', 'json', dir]);
    expect(r.code).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc.skipped).toHaveLength(1);
    expect(doc.skipped[0]).toMatchObject({ reason: 'unreadable', type: 'directory', error: 'ENAMETOOLONG' });
    expect(doc.summary).toMatchObject({ files: 0, unreadable: true, skipped: 1 });
  });

  it('a dangling link with a CSV name', () => {
    const dir = join(root, 'dangling');
    mkdirSync(dir);
    symlinkSync('gone.bin', join(dir, BROKEN));
    const r = runOnDisk(['validate', '--locale', 'en', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`careplan-csv: ${join(dir, BROKEN)}: cannot read (ENOENT)\n`);
  });

  it('a file that cannot be read (injected EACCES: when read whole after a stat, or opened once)', () => {
    const dir = join(root, 'file');
    mkdirSync(dir);
    copyFileSync(SAMPLE_PLAN, join(dir, BROKEN));
    const { readWithin, workers: _, ...statThenRead } = nodeIo;
    const denied = (p: string): Uint8Array => {
      if (p.endsWith('.CSV')) throw Object.assign(new Error('permission denied'), { code: 'EACCES' });
      return readFileSync(p);
    };
    const ios: CliIo[] = [
      { ...statThenRead, readFile: denied },
      {
        ...statThenRead,
        readWithin: (p, max) => (p.endsWith('.CSV') ? { unreadable: 'EACCES' } : (readWithin as NonNullable<typeof readWithin>)(p, max)),
      },
    ];
    for (const io of ios) {
      let stderr = '';
      const code = runCli(['validate', '--locale', 'en', dir], { ...io, stdout: () => undefined, stderr: (t) => void (stderr += t) }, '0.0.0-test');
      expect(code).toBe(2);
      expect(stderr).toBe(`careplan-csv: ${join(dir, BROKEN)}: cannot read (EACCES)\n`);
    }
  });
});
