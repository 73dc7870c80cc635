import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

describe('careplan-csv from-json checks the output name and labels issues with it', () => {
  it('a name whose month differs from the records is an error, and nothing is written', () => {
    const json = run(['to-json', SAMPLE_PLAN]).stdout;
    const out = 'UPPLAN_202506_1370000001_43_1310000002_11_20250425170512.CSV';
    const r = run(['from-json', 'in.json', '-o', out], { 'in.json': json });
    expect(r.code).toBe(1);
    expect(r.written[out]).toBeUndefined();
    expect(r.stderr).toContain(`${out}:1: error file.nameMonth`);
  });
});
