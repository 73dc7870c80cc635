import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { SAMPLE_ACTUAL, SAMPLE_PLAN } from './harness.js';

function io(over: Partial<CliIo>) {
  let stdout = '';
  let stderr = '';
  const value: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    readFile: (p) => readFileSync(p),
    writeFile: () => undefined,
    ...over,
  };
  return { value, out: () => stdout, err: () => stderr };
}

describe('an unexpected exception is exit 3 with one line naming the file (no stack trace)', () => {
  it('while validating a file', () => {
    const t = io({ readFile: (p) => (p === SAMPLE_ACTUAL ? (42 as unknown as Uint8Array) : readFileSync(p)) });
    expect(runCli(['validate', '--locale', 'en', SAMPLE_PLAN, SAMPLE_ACTUAL], t.value, 'x')).toBe(3);
    expect(t.err()).toMatch(
      new RegExp(`^careplan-csv: internal error while handling ${SAMPLE_ACTUAL}: TypeError: .* \\(a bug: please report it\\)\\n$`),
    );
    expect(t.out()).toBe('');
  });

  it('anywhere else (in Japanese by default)', () => {
    const t = io({
      stdout: () => {
        throw new RangeError('boom');
      },
    });
    expect(runCli(['validate', SAMPLE_PLAN], t.value, 'x')).toBe(3);
    expect(t.err()).toBe('careplan-csv: 内部エラー: RangeError: boom（不具合です。報告してください）\n');
  });
});
