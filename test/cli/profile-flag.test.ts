import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

const NAME = 'x/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
/** The sample with LF line ends: valid (an info) in standard and lenient, an error in strict. */
const lf = Uint8Array.from(new TextDecoder('latin1').decode(readFileSync(SAMPLE_PLAN)).replaceAll('\r\n', '\n'), (c) => c.charCodeAt(0));

function summary(args: string[], files: Record<string, Uint8Array | string>, extra = {}) {
  const r = run(['validate', '--format', 'json', ...args, NAME], files, extra);
  const doc = JSON.parse(r.stdout);
  return { code: r.code, errors: doc.files[0].errors as number, issues: doc.files[0].issues as { code: string; severity: string }[] };
}

describe('careplan-csv --profile and the config keys profile and rules', () => {
  it('reads LF line ends as an info by default and in lenient, as an error in strict (exit 1)', () => {
    const files = { [NAME]: lf };
    const standard = summary([], files);
    expect(standard.code).toBe(0);
    expect(standard.issues).toEqual([expect.objectContaining({ code: 'csv.lineBreak', severity: 'info' })]);
    expect(summary(['--profile', 'lenient'], files).code).toBe(0);
    const strict = summary(['--profile', 'strict'], files);
    expect(strict.code).toBe(1);
    expect(strict.issues).toEqual([expect.objectContaining({ code: 'csv.lineBreak', severity: 'error' })]);
  });

  it('takes the profile and per-code rules from the config file (the flag wins)', () => {
    const cwd = { cwd: () => '/c' };
    const files = { [NAME]: lf, '/c/careplan-csv.config.json': '{"profile": "strict"}' };
    expect(summary([], files, cwd).code).toBe(1);
    expect(summary(['--profile', 'standard'], files, cwd).code).toBe(0);
    const off = summary([], { [NAME]: lf, '/c/careplan-csv.config.json': '{"profile": "strict", "rules": {"csv.lineBreak": "off"}}' }, cwd);
    expect(off).toEqual({ code: 0, errors: 0, issues: [] });
    const up = summary([], { [NAME]: lf, '/c/careplan-csv.config.json': '{"rules": {"csv.lineBreak": "error"}}' }, cwd);
    expect(up.code).toBe(1);
  });

  it('refuses an unknown profile, an unknown code in rules and a bad severity (exit 2, localised)', () => {
    const bad = run(['validate', '--profile', 'loose', NAME], { [NAME]: lf });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('strict');
    const cwd = { cwd: () => '/c' };
    const code = run(['validate', '--locale', 'en', NAME], { [NAME]: lf, '/c/careplan-csv.config.json': '{"rules": {"csv.linebreak": "off"}}' }, cwd);
    expect(code.code).toBe(2);
    expect(code.stderr).toContain('did you mean "csv.lineBreak"');
    const ja = run(['validate', '--locale', 'ja', NAME], { [NAME]: lf, '/c/careplan-csv.config.json': '{"rules": {"csv.linebreak": "off"}}' }, cwd);
    expect(ja.stderr).toContain('エラーコード "csv.linebreak" はありません');
    const sev = run(['validate', NAME], { [NAME]: lf, '/c/careplan-csv.config.json': '{"rules": {"csv.lineBreak": "fatal"}}' }, cwd);
    expect(sev.code).toBe(2);
  });

  it('lenient skips a header line by default; --profile reaches to-json and from-json', () => {
    const header = new TextEncoder().encode(`${Array.from({ length: 25 }, (_, i) => `h${i + 1}`).join(',')}\r\n`);
    const bytes = Uint8Array.from([...header, ...readFileSync(SAMPLE_PLAN)]);
    expect(summary([], { [NAME]: bytes }).code).toBe(1);
    const lenient = summary(['--profile', 'lenient'], { [NAME]: bytes });
    expect(lenient.code).toBe(0);
    expect(lenient.issues.map((i) => i.code)).toEqual(['csv.headerSkipped']);
    const records = JSON.parse(run(['to-json', SAMPLE_PLAN]).stdout).records;
    expect(JSON.parse(run(['to-json', '--profile', 'lenient', NAME], { [NAME]: bytes }).stdout).records).toEqual(records);
    expect(run(['to-json', '--profile', 'strict', NAME], { [NAME]: lf }).code).toBe(1);
    const json = JSON.stringify({ kind: 'table6Plan', records: records.map((r: Record<string, string>) => ({ ...r, planOfficeCode: '' })) });
    expect(run(['from-json', 'in.json', '-o', NAME], { 'in.json': json }).code).toBe(0);
    expect(run(['from-json', '--profile', 'strict', 'in.json', '-o', NAME], { 'in.json': json }).code).toBe(1);
  });
});
