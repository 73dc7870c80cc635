import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

const NAME = 'x/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';

describe('library options as flags (and config keys)', () => {
  it('--skip-header skips a header line (a warning) instead of reading it as a record', () => {
    // A header of as many columns as the layout (25), column 1 text: what --skip-header takes for a header.
    const header = new TextEncoder().encode(`${Array.from({ length: 25 }, (_, i) => `h${i + 1}`).join(',')}\r\n`);
    const bytes = Uint8Array.from([...header, ...readFileSync(SAMPLE_PLAN)]);
    const plain = run(['validate', '--format', 'json', NAME], { [NAME]: bytes });
    expect(plain.code).toBe(1);
    const skipped = run(['validate', '--format', 'json', '--skip-header', NAME], { [NAME]: bytes });
    const doc = JSON.parse(skipped.stdout);
    expect(doc.files[0].errors).toBe(0);
    expect(doc.files[0].warnings).toBeGreaterThan(0);
    const config = run(
      ['validate', '--format', 'json', NAME],
      { [NAME]: bytes, '/c/careplan-csv.config.json': '{"skipHeader": true}' },
      { cwd: () => '/c' },
    );
    expect(JSON.parse(config.stdout).files[0].errors).toBe(0);
    const records = JSON.parse(run(['to-json', SAMPLE_PLAN]).stdout).records;
    expect(JSON.parse(run(['to-json', '--skip-header', NAME], { [NAME]: bytes }).stdout).records).toEqual(records);
  });

  it('--require-uncertain-fields reaches the library (validate, to-json, from-json)', () => {
    for (const args of [
      ['validate', NAME],
      ['to-json', NAME],
    ]) {
      const r = run([...args.slice(0, 1), '--require-uncertain-fields', ...args.slice(1)], { [NAME]: readFileSync(SAMPLE_PLAN) });
      expect([0, 1]).toContain(r.code);
    }
  });

  it('from-json --replace-unmappable and --variants', () => {
    const records = JSON.parse(run(['to-json', SAMPLE_PLAN]).stdout).records;
    records[0].providerName = '𠮷〜';
    const json = JSON.stringify({ kind: 'table6Plan', records });
    const files = { 'in.json': json };
    const plain = run(['from-json', 'in.json', '-o', NAME], files);
    expect(plain.code).toBe(1);
    expect(plain.written[NAME]).toBeUndefined();
    const replaced = run(['from-json', 'in.json', '-o', NAME, '--replace-unmappable', '〓'], files);
    expect(replaced.code).toBe(0);
    expect(replaced.written[NAME]).toBeDefined();
    expect(replaced.stderr).toContain('warning encoding.replaced');
    expect(replaced.stderr).toContain('warning encoding.converted');
    // --variants error: 〜 is unmappable too (here: replaced as well).
    const strict = run(['from-json', 'in.json', '-o', NAME, '--replace-unmappable', '〓', '--variants', 'error'], files);
    expect(strict.stderr).not.toContain('encoding.converted');
    expect(run(['from-json', 'in.json', '-o', NAME, '--variants', 'maybe'], files).code).toBe(2);
  });
});
