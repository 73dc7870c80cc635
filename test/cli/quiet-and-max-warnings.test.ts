import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

const NAME = 'x/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const WARNED = Uint8Array.from([...readFileSync(SAMPLE_PLAN), 0x0d, 0x0a]);

describe('--quiet (errors only) and --max-warnings N', () => {
  it('validate --quiet prints no warning line, but still the summary', () => {
    const loud = run(['validate', NAME], { [NAME]: WARNED });
    expect(loud.stdout).toContain('warning csv.emptyLine');
    const quiet = run(['validate', '--quiet', NAME], { [NAME]: WARNED });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).not.toContain('warning');
    expect(quiet.stdout).toContain('1 ファイル: エラー 0 件、警告 1 件');
  });

  it('to-json --quiet prints no warning issue on stderr', () => {
    expect(run(['to-json', NAME], { [NAME]: WARNED }).stderr).toContain('warning csv.emptyLine');
    expect(run(['to-json', '--quiet', NAME], { [NAME]: WARNED }).stderr).toBe('');
  });

  it('--max-warnings N: exit 1 above N warnings, 0 at N', () => {
    // validate counts the file's warning (csv.emptyLine) and the unit's (two unit.memberMissing with --units).
    expect(run(['validate', '--units', '--max-warnings', '3', NAME], { [NAME]: WARNED }).code).toBe(0);
    const over = run(['validate', '--units', '--max-warnings', '2', '--locale', 'en', NAME], { [NAME]: WARNED });
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('careplan-csv: too many warnings (3; at most 2: --max-warnings)\n');
    expect(run(['to-json', '--max-warnings', '1', NAME], { [NAME]: WARNED }).code).toBe(0);
    expect(run(['to-json', '--max-warnings', '0', NAME], { [NAME]: WARNED }).code).toBe(1);
    expect(run(['validate', '--max-warnings', '-1', NAME]).code).toBe(2);
  });
});
