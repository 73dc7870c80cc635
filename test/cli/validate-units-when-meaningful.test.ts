import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

const SAMPLE_T7 = 'samples/UPSIKYU_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const SAMPLE_SUPPLEMENT = 'samples/UPHOSOKU_202505_1370000001_43_1310000002_11_20250425170512.CSV';

// Regression (issue 12): one file always got two unit.memberMissing warnings while the summary said 警告 0 件,
// and a 第7表 alone failed for its absent 第6表.
describe('validate: the files a send unit lacks are reported when the files form a unit, or when asked', () => {
  it('a single file is checked as a file: no unit.memberMissing, no unit.masterFileMissing (default)', () => {
    for (const file of [SAMPLE_PLAN, SAMPLE_T7]) {
      const r = run(['validate', file]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain('unit.');
      expect(r.stdout).toContain('1 送信単位: 不合格 0、警告あり 0（ファイル間の検査: エラー 0 件、警告 0 件）');
    }
  });

  it('--units reports them, and the summary counts them as checks between files', () => {
    const r = run(['validate', '--units', SAMPLE_PLAN]);
    expect(r.code).toBe(0);
    expect(r.stdout.match(/warning unit\.memberMissing/g)).toHaveLength(2);
    expect(r.stdout).toContain('1 ファイル: エラー 0 件、警告 0 件（エラーのあるファイル 0）');
    expect(r.stdout).toContain('1 送信単位: 不合格 0、警告あり 1（ファイル間の検査: エラー 0 件、警告 2 件）');
    const t7 = run(['validate', '--units', '--locale', 'en', SAMPLE_T7]);
    expect(t7.code).toBe(1);
    expect(t7.stdout).toContain('error unit.masterFileMissing');
    expect(t7.stdout).toContain('1 send unit(s): 1 invalid, 0 with warnings (checks between files: 1 error(s), 0 warning(s))');
  });

  it('files that form a unit (two or more) are checked for the rest by default; --no-units turns it off', () => {
    const r = run(['validate', SAMPLE_PLAN, SAMPLE_SUPPLEMENT]);
    expect(r.stdout.match(/unit\.memberMissing/g)).toHaveLength(1);
    expect(r.stdout).toContain('UPSIKYU');
    const off = run(['validate', '--no-units', SAMPLE_PLAN, SAMPLE_SUPPLEMENT]);
    expect(off.stdout).not.toContain('unit.memberMissing');
  });

  it('the config file sets it too ("units": true or false); the flags win; both flags are a usage error', () => {
    const config = (units: boolean) => ({ 'c.json': JSON.stringify({ units }) });
    expect(run(['validate', '--config', 'c.json', SAMPLE_PLAN], config(true)).stdout).toContain('unit.memberMissing');
    expect(run(['validate', '--config', 'c.json', '--no-units', SAMPLE_PLAN], config(true)).stdout).not.toContain('unit.memberMissing');
    const both = run(['validate', '--units', '--no-units', SAMPLE_PLAN]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('--units と --no-units は同時に指定できません');
    expect(run(['validate', '--help']).stdout).toContain('--no-units');
    expect(run(['validate', '--help', '--locale', 'en']).stdout).toContain('--units');
  });
});
