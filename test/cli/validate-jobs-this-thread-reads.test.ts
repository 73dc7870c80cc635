import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { NormalizedParseOptions } from '../../src/options.js';
import { readBatchFile } from '../../src/pool/files.js';
import type { PoolCore } from '../../src/pool/pool.js';
import type { UnitFileOutcome, UnitFileTask } from '../../src/pool/protocol.js';
import { readUnitCsv } from '../../src/units/validate-units.js';
import { nodeIo, runCli } from '../../src/cli/main.js';

// `--jobs N` reads files on N threads: this one and N − 1 workers. A stand-in for the workers answers each
// task after a delay (as a busy worker would): meanwhile this thread reads the next tasks itself, and the
// output must still be that of one thread, files in order.
const dir = mkdtempSync(join(tmpdir(), 'careplan-jobs-here-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const csv = readdirSync('samples').filter((n) => n.endsWith('.CSV'));
for (let copy = 1; copy <= 4; copy++) {
  const sub = join(dir, `copy${copy}`);
  mkdirSync(sub);
  // The minutes of the serial (…YYYYMMDDhhmmss) say which copy it is: units of their own.
  for (const n of csv) {
    copyFileSync(
      join('samples', n),
      join(
        sub,
        n.replace(/(\d{10})\d\d(\d\d)\.CSV$/, (_, head: string, ss: string) => `${head}${String(copy).padStart(2, '0')}${ss}.CSV`),
      ),
    );
  }
}

/**
 * Workers that read in this process, each task answered `delayMs` later; records what they were asked.
 * With `failTask`, that task (0-based) is rejected as when a worker stops.
 */
function lateWorkers(delayMs: number, failTask = -1) {
  const sizes: number[] = [];
  const read: string[] = [];
  const workers = (size: number): PoolCore => {
    sizes.push(size);
    let tasks = 0;
    const readUnits = (files: readonly UnitFileTask[], options: NormalizedParseOptions, maxFileBytes: number) =>
      new Promise<readonly UnitFileOutcome[]>((resolve, reject) => {
        const task = tasks++;
        setTimeout(() => {
          if (task === failTask) {
            reject(new Error('validation worker stopped unexpectedly'));
            return;
          }
          resolve(
            files.map((f) => {
              read.push(f.path);
              const file = readBatchFile(f.path, maxFileBytes);
              if (file === 'stream' || 'unreadable' in file) return file;
              return { read: f.plan === null ? null : readUnitCsv(file.bytes, { ...options, fileName: f.path }, f.plan) };
            }),
          );
        }, delayMs);
      });
    return { readUnits, close: async () => undefined } as unknown as PoolCore;
  };
  return { workers, sizes, read };
}

/** Runs the CLI in-process on the real file system with `workers`; the output once the exit code is in. */
async function runWith(args: string[], workers: ((size: number) => PoolCore) | undefined) {
  let stdout = '';
  let stderr = '';
  const { workers: _, ...disk } = nodeIo;
  const io = {
    ...disk,
    ...(workers === undefined ? {} : { workers }),
    stderrIsTTY: false,
    stdout: (t: string) => {
      stdout += t;
    },
    stderr: (t: string) => {
      stderr += t;
    },
  };
  const code = await runCli(args, io, '0.0.0-test');
  return { code, stdout, stderr };
}

/** `args` with `--jobs 1`, then with `--jobs jobs` on stand-in workers answering `delayMs` late; both outputs equal. */
async function sameAsOneThread(args: string[], jobs: number, delayMs: number) {
  const one = await runWith([...args, '--jobs', '1'], undefined);
  const late = lateWorkers(delayMs);
  const many = await runWith([...args, '--jobs', String(jobs)], late.workers);
  expect(late.sizes).toEqual([jobs - 1]);
  expect(many.code).toBe(one.code);
  expect(many.stdout).toBe(one.stdout);
  expect(many.stderr).toBe(one.stderr);
  return { one, late };
}

describe('validate --jobs N: this thread is one of the N', () => {
  it('asks for N − 1 workers, reads tasks itself while they are busy, and prints what one thread prints', async () => {
    const { one, late } = await sameAsOneThread(['validate', '--no-config', '--format', 'json', dir], 2, 30);
    expect(one.stdout).toContain('"files"');
    // Both read: the stand-in some tasks, this thread the others (84 files, 16 a task, 3 sent ahead).
    expect(late.read.length).toBeGreaterThan(0);
    expect(late.read.length).toBeLessThan(4 * csv.length);
  });

  it('workers that answer at once: the same output', async () => {
    const { one } = await sameAsOneThread(['validate', '--no-config', '--locale', 'en', dir], 3, 0);
    expect(one.stdout).toContain('link.imageName');
  });

  it('a task that fails (a worker stopped) fails the run at once, naming its first file', async () => {
    const late = lateWorkers(30, 1);
    const many = await runWith(['validate', '--no-config', '--format', 'json', '--jobs', '2', dir], late.workers);
    expect(many.code).toBe(3);
    // The second task's first file (16 files a task, in the order of the walk).
    const order = JSON.parse((await runWith(['validate', '--no-config', '--format', 'json', '--jobs', '1', dir], undefined)).stdout).files.map(
      (f: { file: string }) => f.file,
    );
    expect(many.stderr).toContain(order[16]);
    expect(many.stdout).toBe('');
  });
});
