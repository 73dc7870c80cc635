import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

const NAME = 'x/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';

describe('careplan-csv --check-jisx0213 and from-json --substitute jisx0213', () => {
  const records = JSON.parse(run(['to-json', SAMPLE_PLAN]).stdout).records;

  it('--check-jisx0213 warns per character outside JIS X 0213 (exit 0: a warning), also from the config file', () => {
    const json = JSON.stringify({ kind: 'table6Plan', records: [{ ...records[0], planManagerName: '髙橋　花子' }, ...records.slice(1)] });
    const written = run(['from-json', 'in.json', '-o', NAME], { 'in.json': json }).written[NAME] as Uint8Array;
    expect(run(['validate', NAME], { [NAME]: written }).stdout).not.toContain('outsideJisX0213');
    const r = run(['validate', '--locale', 'en', '--check-jisx0213', NAME], { [NAME]: written });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning encoding.outsideJisX0213');
    expect(r.stdout).not.toContain('髙');
    const withValues = run(['validate', '--locale', 'en', '--check-jisx0213', '--include-values', NAME], { [NAME]: written });
    expect(withValues.stdout).toContain('U+9AD9');
    expect(withValues.stdout).toContain('usual substitute: U+9AD8');
    const config = run(['validate', NAME], { [NAME]: written, '/c/careplan-csv.config.json': '{"checkJisX0213": true}' }, { cwd: () => '/c' });
    expect(config.stdout).toContain('encoding.outsideJisX0213');
  });

  it('from-json refuses a character MS932 lacks by default; --substitute jisx0213 writes its usual form (a warning each)', () => {
    const json = JSON.stringify({ kind: 'table6Plan', records: [{ ...records[0], planManagerName: '𠮟田　剝' }, ...records.slice(1)] });
    const files = { 'in.json': json };
    const plain = run(['from-json', 'in.json', '-o', NAME], files);
    expect(plain.code).toBe(1);
    expect(plain.written[NAME]).toBeUndefined();
    const sub = run(['from-json', '--substitute', 'jisx0213', 'in.json', '-o', NAME], files);
    expect(sub.code).toBe(0);
    expect(sub.stderr.match(/warning encoding\.substituted/g)).toHaveLength(2);
    const back = JSON.parse(run(['to-json', NAME], { [NAME]: sub.written[NAME] as Uint8Array }).stdout).records;
    expect(back[0].planManagerName).toBe('叱田　剥');
    expect(run(['from-json', '--substitute', 'all', 'in.json', '-o', NAME], files).code).toBe(2);
    expect(readFileSync(SAMPLE_PLAN).length).toBeGreaterThan(0);
  });
});
