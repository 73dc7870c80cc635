import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/cli/suggest.js';
import { run, SAMPLE_PLAN } from './harness.js';

describe('did you mean', () => {
  it('suggests the closest command for an unknown one', () => {
    const r = run(['validat', SAMPLE_PLAN, '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('careplan-csv: unknown command validat (did you mean validate?)');
    expect(run(['to-jsn', SAMPLE_PLAN]).stderr.split('\n')[0]).toBe('careplan-csv: 不明なコマンド to-jsn（もしかして to-json？）');
  });

  it('suggests the closest flag of the command for an unknown one', () => {
    const r = run(['validate', '--formt', 'json', SAMPLE_PLAN, '--locale', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('careplan-csv: unknown option --formt for validate (did you mean --format?)');
    expect(run(['diff', '--all-provider', 'a', 'b']).stderr.split('\n')[0]).toBe(
      'careplan-csv: diff に --all-provider というオプションはありません（もしかして --all-providers？）',
    );
  });

  it('suggests nothing when nothing is close', () => {
    const r = run(['frobnicate', '--locale', 'en']);
    expect(r.stderr.split('\n')[0]).toBe('careplan-csv: unknown command frobnicate');
  });

  it('edit distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closest('--qiet', ['--quiet', '--kind'])).toBe('--quiet');
    expect(closest('x'.repeat(100), ['--quiet'])).toBeNull();
  });
});
