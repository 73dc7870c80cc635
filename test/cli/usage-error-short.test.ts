import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

describe('a usage error is short: the message, the usage line, where to read more (not the whole help)', () => {
  for (const args of [
    ['validate'],
    ['validate', '--format', 'xml', SAMPLE_PLAN],
    ['to-json'],
    ['from-json', 'x.json'],
    ['diff', 'a'],
    ['validate', '--kind'],
  ]) {
    it(args.join(' '), () => {
      const r = run([...args, '--locale', 'en']);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^careplan-csv: /);
      expect(lines[1]).toMatch(new RegExp(`^Usage: careplan-csv ${args[0]} `));
      expect(lines[2]).toBe(`See careplan-csv ${args[0]} --help`);
      const ja = run(args).stderr.trimEnd().split('\n');
      expect(ja).toHaveLength(3);
      expect(ja[1]).toMatch(new RegExp(`^使い方: careplan-csv ${args[0]} `));
      expect(ja[2]).toBe(`詳しくは careplan-csv ${args[0]} --help を参照してください`);
    });
  }

  it('a missing value and a value given to a switch are named', () => {
    expect(run(['validate', SAMPLE_PLAN, '--kind', 'nope', '--locale', 'en']).stderr).toMatch(/^careplan-csv: --kind must be one of /);
    expect(run(['validate', SAMPLE_PLAN, '--kind', '--locale', 'en']).stderr).toMatch(/^careplan-csv: --kind needs a value\n/);
    expect(run(['validate', SAMPLE_PLAN, '--max-issues', 'x', '--locale', 'en']).stderr).toMatch(
      /^careplan-csv: --max-issues must be a whole number/,
    );
    expect(run(['validate', SAMPLE_PLAN, '--quiet=yes', '--locale', 'en']).stderr).toMatch(/^careplan-csv: --quiet takes no value\n/);
    expect(run(['to-json', SAMPLE_PLAN, '--locale=en', '--max-records']).stderr).toMatch(/^careplan-csv: --max-records needs a value\n/);
  });
});
