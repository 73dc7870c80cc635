import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_ACTUAL, SAMPLE_PLAN, SAMPLE_V3 } from './harness.js';

describe('careplan-csv to-json / from-json', () => {
  for (const file of [SAMPLE_PLAN, SAMPLE_ACTUAL, SAMPLE_V3]) {
    it(`a canonical file comes back byte for byte: ${file}`, () => {
      const toJson = run(['to-json', file]);
      expect(toJson.code).toBe(0);
      const doc = JSON.parse(toJson.stdout);
      expect(Object.keys(doc)).toEqual(['kind', 'version', 'fileName', 'records']);
      const back = run(['from-json', 'in.json', '-o', 'out.CSV'], { 'in.json': toJson.stdout });
      expect(back.code).toBe(0);
      expect(back.written['out.CSV']).toEqual(Uint8Array.from(readFileSync(file)));
    });
  }

  it('from-json refuses to write a file with errors (exit 1) and reports them', () => {
    const json = JSON.stringify({ kind: 'table6Plan', records: [{ csvVersion: '202407', serviceDate: '2025' }] });
    const r = run(['from-json', 'in.json', '-o', 'out.CSV'], { 'in.json': json });
    expect(r.code).toBe(1);
    expect(r.written['out.CSV']).toBeUndefined();
    expect(r.stderr).toContain('field.date');
  });

  it('from-json: malformed JSON or a missing -o is a usage/I-O error (exit 2)', () => {
    expect(run(['from-json', 'in.json', '-o', 'o.CSV'], { 'in.json': '{' }).code).toBe(2);
    expect(run(['from-json', 'in.json'], { 'in.json': '{}' }).code).toBe(2);
    expect(run(['from-json', 'in.json', '-o', 'o.CSV'], { 'in.json': '{"kind":"nope","records":[]}' }).code).toBe(2);
  });
});
