import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { run, SAMPLE_PLAN } from './harness.js';

const T7 = 'samples/UPSIKYU_202505_1370000001_43_1310000002_11_20250425170512.CSV';

/** The sample's records with `change` applied to record `index` (0-based), written without checks. */
function changed(path: string, kind: 'table6Plan' | 'table7', index: number, change: Record<string, string>): Uint8Array {
  const records = parse(readFileSync(path), { kind }).records as Record<string, unknown>[];
  records[index] = { ...records[index], ...change };
  return serialize(kind, records as never, { allowInvalid: true }).bytes as Uint8Array;
}

const issuesOf = (r: { stdout: string }) =>
  (JSON.parse(r.stdout).files[0].issues as { code: string; line: number; column: number | null }[]).map((i) => [i.code, i.line, i.column]);

// Regressions of issue 12 ("Knock-on and misplaced errors"), through the CLI.
describe('validate: the right place, and no knock-on errors', () => {
  it('only row 1 has another (valid) 対象年月: file.mixedMonth on row 1 at 対象年月, not on the 7 others', () => {
    const name = SAMPLE_PLAN.replace('samples/', 'x/');
    const r = run(['validate', '--format', 'json', name], {
      [name]: changed(SAMPLE_PLAN, 'table6Plan', 0, { targetMonth: '202506', serviceDate: '20250605' }),
    });
    expect(issuesOf(r)).toEqual([['file.mixedMonth', 1, 5]]);
  });

  it('a record whose CSVバージョン says 202208 but has 25 columns: file.mixedVersion at column 1, no column-count error', () => {
    const name = SAMPLE_PLAN.replace('samples/', 'x/');
    const bytes = Uint8Array.from(readFileSync(SAMPLE_PLAN));
    // The start of line 3 (the sample has no line break inside a field).
    let at = 0;
    for (let n = 0; n < 2; n++) at = bytes.indexOf(0x0a, at) + 1;
    bytes.set(new TextEncoder().encode('202208'), at);
    const r = run(['validate', '--format', 'json', name], { [name]: bytes });
    expect(issuesOf(r)).toEqual([['file.mixedVersion', 3, 1]]);
  });

  it('one invalid 対象年月 in 第7表: its field error only, no false file.grandTotalMissing', () => {
    const name = T7.replace('samples/', 'x/');
    const r = run(['validate', '--format', 'json', name], { [name]: changed(T7, 'table7', 1, { targetMonth: '202513' }) });
    expect(issuesOf(r)).toEqual([['field.yearMonth', 2, expect.any(Number)]]);
  });
});
