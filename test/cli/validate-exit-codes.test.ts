import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_ACTUAL, SAMPLE_PLAN, SAMPLE_V3 } from './harness.js';

const bad = (() => {
  const text = readFileSync(SAMPLE_PLAN);
  const copy = Uint8Array.from(text);
  // Break サービス利用日 of record 1: "20250505" → "20250532" (bytes of the day digits).
  const s = new TextDecoder('latin1').decode(copy);
  const at = s.indexOf(',20250505,') + 1 + 6;
  copy[at] = 0x33;
  copy[at + 1] = 0x32;
  return copy;
})();

describe('careplan-csv validate: exit codes', () => {
  it('exits 0 when no file has an error', () => {
    const r = run(['validate', SAMPLE_PLAN, SAMPLE_ACTUAL, SAMPLE_V3]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('3 ファイル: エラー 0 件');
  });

  it('exits 1 when any file has an error, and prints FILE:LINE:COLUMN: severity code fieldJa message', () => {
    const name = 'in/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
    const r = run(['validate', SAMPLE_ACTUAL, name], { [name]: bad });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`${name}:1:10: error field.date サービス利用日 正しい日付（YYYYMMDD）ではありません。`);
  });

  it('exits 2 on a missing file, an unknown option or no file', () => {
    expect(run(['validate', 'no/such/file.CSV']).code).toBe(2);
    expect(run(['validate', '--nope', SAMPLE_PLAN]).code).toBe(2);
    expect(run(['validate']).code).toBe(2);
    expect(run(['validate', '--format', 'xml', SAMPLE_PLAN]).code).toBe(2);
    expect(run(['frobnicate']).code).toBe(2);
  });

  it('warnings alone do not fail', () => {
    const text = readFileSync(SAMPLE_PLAN);
    // A trailing empty line is a warning (csv.emptyLine).
    const withBlank = Uint8Array.from([...text, 0x0d, 0x0a]);
    const name = 'x/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
    const r = run(['validate', name], { [name]: withBlank });
    expect(r.stdout).toContain('warning csv.emptyLine');
    expect(r.code).toBe(0);
  });
});
