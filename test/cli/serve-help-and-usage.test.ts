import { describe, expect, it } from 'vitest';
import { run } from './harness.js';

// Regression (issue 12): `careplan-csv serve --help` printed parseArgs' English error and the whole help.
describe('careplan-csv serve: help and usage errors like the other commands', () => {
  it('--help prints the command help, in Japanese by default and in English with --locale en', () => {
    const ja = run(['serve', '--help']);
    expect(ja.code).toBe(0);
    expect(ja.stdout).toMatch(/^使い方: careplan-csv serve \[--port N\]/);
    expect(ja.stdout).toContain('--max-body-bytes N');
    expect(ja.stdout).toContain('アップロードの内容は名前も含めて記録しません');
    const en = run(['serve', '--help', '--locale', 'en']);
    expect(en.stdout).toMatch(/^Usage: careplan-csv serve /);
    expect(run(['help', 'serve']).stdout).toBe(ja.stdout);
    expect(run(['--help']).stdout).toContain('careplan-csv serve [OPTIONS]');
  });

  it('a mistyped flag: a short usage error with "did you mean", exit 2', () => {
    const r = run(['serve', '--prot', '8080']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toEqual([
      'careplan-csv: serve に --prot というオプションはありません（もしかして --port？）',
      expect.stringMatching(/^使い方: careplan-csv serve /),
      '詳しくは careplan-csv serve --help を参照してください',
    ]);
  });

  it('bad values are localised usage errors naming the flag', () => {
    const r = run(['serve', '--locale', 'en', '--port', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^careplan-csv: --port/);
    expect(r.stderr).not.toContain('Unknown option');
    const ja = run(['serve', '--workers', '0']);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toMatch(/^careplan-csv: --workers/);
    expect(run(['serve', 'extra']).stderr).toContain('serve は引数を取りません（extra）');
  });

  it('a mistyped command suggests serve', () => {
    expect(run(['serv']).stderr).toContain('serve');
  });
});
