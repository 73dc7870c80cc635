import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { SAMPLE_ACTUAL, SAMPLE_PLAN, SAMPLE_V3 } from './harness.js';
import { readFileSync } from 'node:fs';

/** An io whose clock advances one second per reading, so that a batch "runs" for several seconds. */
function io(tty: boolean) {
  let stdout = '';
  let stderr = '';
  let clock = 0;
  const value: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (p) => readFileSync(p),
    writeFile: () => undefined,
    stderrIsTTY: tty,
    now: () => (clock += 1000),
  };
  return { value, out: () => stdout, err: () => stderr };
}

const FILES = [SAMPLE_PLAN, SAMPLE_ACTUAL, SAMPLE_V3, SAMPLE_PLAN, SAMPLE_ACTUAL];

describe('validate shows progress on a terminal for batches that run more than 2 s', () => {
  it('on a TTY: files done / total and files/s on stderr, cleared at the end; stdout untouched', () => {
    const t = io(true);
    expect(runCli(['validate', ...FILES], t.value, 'x')).toBe(1); // the same file twice in one unit
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the terminal's erase-line sequence (ESC [K) is what is tested
    expect(t.err()).toMatch(/^\r2\/5 ファイル（1 ファイル\/秒）\u001b\[K/);
    expect(t.err()).toContain('\r5/5 ファイル');
    expect(t.err().endsWith('\r\u001b[K')).toBe(true);
    expect(t.out()).not.toContain('ファイル/秒');
  });

  it('never when stderr is not a TTY, and never in JSON mode', () => {
    const notTty = io(false);
    runCli(['validate', ...FILES], notTty.value, 'x');
    expect(notTty.err()).toBe('');
    const json = io(true);
    runCli(['validate', '--format', 'json', ...FILES], json.value, 'x');
    expect(json.err()).toBe('');
    expect(JSON.parse(json.out()).files).toHaveLength(5);
  });

  it('in English with --locale en', () => {
    const t = io(true);
    runCli(['validate', '--locale', 'en', ...FILES], t.value, 'x');
    expect(t.err()).toContain('5/5 files (');
  });
});
