import { spawn, spawnSync } from 'node:child_process';
import fs, { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import { readBatchFile } from '../../src/pool/files.js';

const root = mkdtempSync(join(tmpdir(), 'careplan-batch-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readBatchFile opens a file of a batch once and says how to read it', () => {
  it('a regular file within the limit is read whole; over it, it is to be streamed', () => {
    const path = join(root, 'a.CSV');
    writeFileSync(path, 'abc\r\n');
    const whole = readBatchFile(path, 5);
    expect(typeof whole === 'object' && 'bytes' in whole ? [...whole.bytes] : whole).toEqual([...readFileSync(path)]);
    expect(readBatchFile(path, 4)).toBe('stream');
  });

  it('a directory is EISDIR and a missing file ENOENT', () => {
    const dir = join(root, 'd.CSV');
    mkdirSync(dir);
    expect(readBatchFile(dir, 1 << 20)).toEqual({ unreadable: 'EISDIR' });
    expect(readBatchFile(join(root, 'gone.CSV'), 1 << 20)).toEqual({ unreadable: 'ENOENT' });
  });

  it('a file replaced between the look and the open is read as what was opened (its own size and limit)', () => {
    const path = join(root, 'swapped.CSV');
    const swap = (content: string) => {
      writeFileSync(`${path}.tmp`, content);
      renameSync(`${path}.tmp`, path); // an atomic replacement, as sync tools make
    };
    // fs's own object (the named exports follow it after syncBuiltinESMExports), writable at run time.
    const nodeFs = fs as unknown as { statSync: typeof fs.statSync };
    const real = fs.statSync;
    let next: string | null = null;
    // Replace the file right after it is looked at (the window between the stat and the open).
    nodeFs.statSync = ((p: fs.PathLike, ...rest: unknown[]) => {
      const st = (real as (p: fs.PathLike, ...r: unknown[]) => fs.Stats)(p, ...rest);
      if (p === path && next !== null) {
        swap(next);
        next = null;
      }
      return st;
    }) as typeof fs.statSync;
    syncBuiltinESMExports();
    try {
      writeFileSync(path, 'old,small\r\n');
      next = 'N'.repeat(500); // larger than the limit below: to be streamed, not 11 of its bytes read as a file
      expect(readBatchFile(path, 100)).toBe('stream');
      writeFileSync(path, 'old,small\r\n');
      next = 'new,longer,content\r\n'; // within the limit: read whole, all of it
      const r = readBatchFile(path, 100);
      expect(typeof r === 'object' && 'bytes' in r ? Buffer.from(r.bytes).toString() : r).toBe('new,longer,content\r\n');
    } finally {
      nodeFs.statSync = real;
      syncBuiltinESMExports();
    }
  });

  it.runIf(process.platform !== 'win32')('a FIFO with no writer is handed back to be streamed, without blocking', () => {
    const fifo = join(root, 'p.CSV');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(readBatchFile(fifo, 1 << 20)).toBe('stream');
  });

  it.runIf(process.platform !== 'win32')('a FIFO whose writer waits is not opened: nothing the writer sends is lost', async () => {
    const fifo = join(root, 'w.CSV');
    const data = join(root, 'data.bin');
    writeFileSync(data, 'x'.repeat(1000));
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // The writer opens the FIFO first and waits there for a reader.
    const writer = spawn('sh', ['-c', 'cat "$0" > "$1"', data, fifo], { stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => writer.on('exit', (code) => resolve(code)));
    await sleep(200);
    expect(readBatchFile(fifo, 1 << 20)).toBe('stream');
    // Had it been opened and closed, the writer would have written into it and gone (its data lost with the
    // pipe), or died of SIGPIPE; it still waits.
    await sleep(300);
    expect(writer.exitCode).toBeNull();
    // The reader that streams it gets every byte (in a child: a lost writer would block this thread for ever).
    const read = spawnSync('cat', [fifo], { timeout: 10_000, encoding: 'utf8' });
    expect(read.stdout).toBe('x'.repeat(1000));
    expect(await exited).toBe(0);
  });
});
