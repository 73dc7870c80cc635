import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { run, SAMPLE_ACTUAL, SAMPLE_PLAN, SAMPLE_V3 } from './harness.js';

describe('to-json --jsonl / from-json --jsonl (JSON Lines: one record per line)', () => {
  for (const file of [SAMPLE_PLAN, SAMPLE_ACTUAL, SAMPLE_V3]) {
    it(`round trip byte for byte: ${file}`, () => {
      const out = run(['to-json', '--jsonl', file]);
      expect(out.code).toBe(0);
      const lines = out.stdout.trimEnd().split('\n');
      const records = parse(readFileSync(file), { fileName: file }).records;
      expect(lines.map((l) => JSON.parse(l))).toEqual(JSON.parse(JSON.stringify(records)));
      // The kind comes from the name of OUT.
      const name = file.slice('samples/'.length);
      const back = run(['from-json', '--jsonl', 'in.jsonl', '-o', `out/${name}`], { 'in.jsonl': out.stdout });
      expect(back.code).toBe(0);
      expect(back.written[`out/${name}`]).toEqual(Uint8Array.from(readFileSync(file)));
    });
  }

  it('--kind gives the kind when the name of OUT does not; a line that is not JSON is named by number', () => {
    const lines = run(['to-json', '--jsonl', SAMPLE_PLAN]).stdout;
    expect(run(['from-json', '--jsonl', 'in.jsonl', '-o', 'out.csv', '--locale', 'en'], { 'in.jsonl': lines }).stderr).toMatch(
      /^careplan-csv: --jsonl needs --kind, or an OUT whose name gives the kind \(out\.csv\)\n/,
    );
    const ok = run(['from-json', '--jsonl', '--kind', 'table6Plan', 'in.jsonl', '-o', 'out.csv'], { 'in.jsonl': `\n${lines}\n` });
    expect(ok.code).toBe(0);
    const broken = run(['from-json', '--jsonl', '--kind', 'table6Plan', 'in.jsonl', '-o', 'out.csv', '--locale', 'en'], {
      'in.jsonl': `${lines}{"csvVersion": "山田\n`,
    });
    expect(broken.code).toBe(2);
    expect(broken.stderr).toBe(`careplan-csv: in.jsonl is not valid JSON (line ${lines.split('\n').length}, column 19)\n`);
    expect(broken.written['out.csv']).toBeUndefined();
  });
});
