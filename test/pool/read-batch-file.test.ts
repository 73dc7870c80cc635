import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it.runIf(process.platform !== 'win32')('a FIFO with no writer is handed back to be streamed, without blocking', () => {
    const fifo = join(root, 'p.CSV');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    expect(readBatchFile(fifo, 1 << 20)).toBe('stream');
  });
});
