import { describe, expect, it } from 'vitest';
import { FIELD_QUOTED, tokenize, type RowSpans } from '../../src/parse/tokenize.js';
import { bytesOf, run } from './tokenize-harness.js';

describe('tokenize: rows with many fields', () => {
  it('grows the span arrays for rows with thousands of fields', () => {
    const n = 5000;
    const fields = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? `"q${i}"` : `v${i}`));
    const { rows, problems } = run(`${fields.join(',')}\r\nshort,row\r\n${fields.join(',')}`);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.values.length)).toEqual([n, 2, n]);
    for (const row of [rows[0]!, rows[2]!]) {
      expect(row.values[0]).toBe('q0');
      expect(row.values[n - 1]).toBe(`${(n - 1) % 3 === 0 ? 'q' : 'v'}${n - 1}`);
      expect(row.values[4097]).toBe('v4097');
      expect(row.flags[4098]).toBe(FIELD_QUOTED);
    }
    expect(rows[1]!.values).toEqual(['short', 'row']);
  });

  it('reuses one RowSpans object and reports count for the current row only', () => {
    const seen: RowSpans[] = [];
    const counts: number[] = [];
    tokenize(
      bytesOf('a,b,c,d\ne\nf,g\n'),
      (row) => {
        seen.push(row);
        counts.push(row.count);
      },
      () => {},
    );
    expect(counts).toEqual([4, 1, 2]);
    expect(seen[0]).toBe(seen[2]);
  });

  it('handles fields of several megabytes', () => {
    const size = 3_000_000;
    // "xxx…",xxx…   (one quoted and one unquoted field of `size` bytes each)
    const bytes = new Uint8Array(2 * size + 3).fill(0x78);
    bytes[0] = 0x22;
    bytes[size + 1] = 0x22;
    bytes[size + 2] = 0x2c;
    const spans: number[][] = [];
    tokenize(
      bytes,
      (row) => {
        for (let i = 0; i < row.count; i++) spans.push([row.start[i]!, row.end[i]!, row.flags[i]!]);
      },
      () => {},
    );
    expect(spans).toEqual([
      [1, size + 1, FIELD_QUOTED],
      [size + 3, 2 * size + 3, 0],
    ]);
  });
});
