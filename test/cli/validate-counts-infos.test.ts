import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

/** The sample with LF line ends: valid, but not in canonical form (one csv.lineBreak info). */
const LF_NAME = SAMPLE_PLAN.replace('samples/', 'lf/');
const lf = () => {
  const b = readFileSync(SAMPLE_PLAN);
  const out: number[] = [];
  for (let i = 0; i < b.length; i++) if (!(b[i] === 0x0d && b[i + 1] === 0x0a)) out.push(b[i] as number);
  return { [LF_NAME]: new Uint8Array(out) };
};

describe('validate counts info issues (non-canonical form) apart from errors and warnings', () => {
  it('text summary names the infos, exit code stays 0', () => {
    const ja = run(['validate', '--locale', 'ja', LF_NAME], lf());
    expect(ja.code).toBe(0);
    expect(ja.stdout).toContain('info csv.lineBreak');
    expect(ja.stdout).toContain('1 ファイル: エラー 0 件、警告 0 件、情報 1 件（エラーのあるファイル 0）');
    const en = run(['validate', '--locale', 'en', LF_NAME], lf());
    expect(en.stdout).toContain('1 file(s): 0 error(s), 0 warning(s), 1 info(s) (0 file(s) with errors)');
  });

  it('a canonical file shows no info count', () => {
    const r = run(['validate', '--locale', 'en', SAMPLE_PLAN]);
    expect(r.stdout).toContain('1 file(s): 0 error(s), 0 warning(s) (0 file(s) with errors)');
  });

  it('JSON gives infos and canonical per file and infos in the summary', () => {
    const r = run(['validate', '--format', 'json', LF_NAME], lf());
    const doc = JSON.parse(r.stdout);
    expect(doc.files[0]).toMatchObject({ errors: 0, warnings: 0, infos: 1, canonical: false });
    expect(doc.summary.infos).toBe(1);
    const c = JSON.parse(run(['validate', '--format', 'json', SAMPLE_PLAN]).stdout);
    expect(c.files[0]).toMatchObject({ infos: 0, canonical: true });
  });

  it('--quiet leaves info lines out', () => {
    const r = run(['validate', '--quiet', LF_NAME], lf());
    expect(r.stdout).not.toContain('csv.lineBreak');
  });
});
