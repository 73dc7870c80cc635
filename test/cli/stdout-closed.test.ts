import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OutputClosed, runCli, type CliIo } from '../../src/cli/main.js';
import { SAMPLE_PLAN } from './harness.js';

const root = mkdtempSync(join(tmpdir(), 'careplan-epipe-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('when stdout closes early (`careplan-csv … | head`) the command ends quietly', () => {
  it('in-process: it stops writing and returns the exit code of the checks, nothing on stderr', () => {
    let writes = 0;
    let stderr = '';
    const io: CliIo = {
      stdout: () => {
        writes++;
        throw new OutputClosed();
      },
      stderr: (t) => void (stderr += t),
      readFile: (p) => readFileSync(p),
      writeFile: () => undefined,
    };
    expect(runCli(['validate', SAMPLE_PLAN], io, 'x')).toBe(0);
    expect(runCli(['validate', '--format', 'json', SAMPLE_PLAN], io, 'x')).toBe(0);
    expect(runCli(['to-json', SAMPLE_PLAN], io, 'x')).toBe(0);
    expect(writes).toBe(3);
    expect(stderr).toBe('');
  });

  it('the built bin: a reader that goes away after the first piece gets no stack trace, and the exit code stays', async () => {
    // A file with an error on each of 20,000 lines: a report far larger than a pipe's buffer.
    const lines = new TextDecoder('latin1').decode(readFileSync(SAMPLE_PLAN)).split('\r\n');
    const bad = (lines[0] as string).replace(',20250505,', ',20250532,');
    const file = join(root, 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV');
    writeFileSync(file, Buffer.from(`${bad}\r\n`.repeat(20_000), 'latin1'));
    const child = spawn(process.execPath, ['dist/cli.js', 'validate', '--max-issues', '100000', file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).toBe('');
    expect(code).toBe(1);
  });
});
