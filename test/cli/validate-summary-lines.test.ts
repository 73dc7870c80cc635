import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

describe('validate text summary', () => {
  it('a missing path: the summary says no file was checked (no success look-alike), exit 2', () => {
    const en = run(['validate', '--locale', 'en', 'no/such.CSV']);
    expect(en.code).toBe(2);
    expect(en.stderr).toBe('careplan-csv: no/such.CSV: cannot read (ENOENT)\n');
    expect(en.stdout).toContain('1 entry(ies) not checked (see the careplan-csv: lines): no file was checked\n');
    const ja = run(['validate', 'no/such.CSV']);
    expect(ja.stdout).toContain('読まなかったもの 1 件（careplan-csv: の行を参照）。検査したファイルはありません\n');
    const some = run(['validate', '--locale', 'en', SAMPLE_PLAN, 'no/such.CSV']);
    expect(some.stdout).toContain(': the check is incomplete\n');
  });

  it('in English a unit line names the combination in English (not "usage: warnings")', () => {
    const r = run(['validate', '--units', '--locale', 'en', SAMPLE_PLAN]);
    expect(r.stdout).toContain(
      '] usage slip (table 6 plan, table 7, supplement): send unit with warnings (0 error(s), 2 warning(s) in its files and between them)',
    );
    expect(r.stdout).not.toMatch(/\] usage: /);
  });
});
