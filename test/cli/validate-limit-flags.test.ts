import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { run, SAMPLE_PLAN } from './harness.js';

describe('validate and to-json take the read limits as flags', () => {
  it('--max-issues, --max-records, --max-record-bytes, --max-field-bytes reach the reader', () => {
    const doc = (args: string[]) => JSON.parse(run(['validate', '--format', 'json', ...args, SAMPLE_PLAN]).stdout).files[0];
    expect(doc(['--max-records', '2']).issues.map((i: { code: string }) => i.code)).toContain('limit.records');
    expect(doc(['--max-record-bytes', '50']).issues.map((i: { code: string }) => i.code)).toContain('limit.recordBytes');
    expect(doc(['--max-field-bytes', '4']).issues.map((i: { code: string }) => i.code)).toContain('limit.fieldBytes');
    const capped = doc(['--max-field-bytes', '4', '--max-issues', '1']);
    expect(capped.issues.map((i: { code: string }) => i.code)).toEqual(['limit.fieldBytes', 'limit.issues']);
    expect(run(['to-json', '--max-records', '2', SAMPLE_PLAN]).stderr).toContain('limit.records');
  });

  it('K, M and G multiply by 1024; a bad value is a usage error (exit 2)', () => {
    expect(run(['validate', '--max-file-bytes', '1K', SAMPLE_PLAN]).stdout).toContain('limit.fileBytes');
    expect(run(['validate', '--max-file-bytes', '1M', SAMPLE_PLAN]).code).toBe(0);
    for (const bad of ['0', '-1', '1.5', 'lots', '3T']) {
      const r = run(['validate', '--max-records', bad, SAMPLE_PLAN]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^careplan-csv: .*--max-records/);
    }
    expect(run(['validate', '--max-issues', '0', SAMPLE_PLAN]).code).toBe(0);
  });

  it('a file over --max-file-bytes is read piece by piece up to the limit, never whole: limit.fileBytes', () => {
    const sample = readFileSync(SAMPLE_PLAN);
    const pieces = 1000; // "3 GB": 1,000 pieces of the sample, far more than is read
    let served = 0;
    let stdout = '';
    const io: CliIo = {
      stdout: (t) => void (stdout += t),
      stderr: () => undefined,
      readFile: () => {
        throw new Error('read whole');
      },
      writeFile: () => undefined,
      stat: () => ({ type: 'file', size: sample.length * pieces }),
      readChunks: function* () {
        for (let i = 0; i < pieces; i++) {
          served += sample.length;
          yield sample;
        }
      },
    };
    const code = runCli(['validate', '--format', 'json', '--max-file-bytes', String(sample.length * 3), SAMPLE_PLAN], io, 'x');
    expect(code).toBe(1);
    const file = JSON.parse(stdout).files[0];
    expect(file.issues.map((i: { code: string }) => i.code)).toContain('limit.fileBytes');
    expect(served).toBeLessThanOrEqual(sample.length * 4);
  });
});
