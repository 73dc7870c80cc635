import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { encodeMs932 } from '../../src/encoding/encode.js';
import { getLayout } from '../../src/schemas/layouts.js';

// The record builder keeps one string per value where it can (the previous row's value of the column, a
// hashed cache of short values that hashes only some of their bytes, columns whose values do not repeat
// left out of the cache for a while) and compares bytes four at a time: whatever the caches hold, every
// value must be the text of its field.

const KEYS = getLayout('table6Plan', '202407').fields.map((f) => f.key);

/** Characters of every width MS932 has, none of them CSV-special or converted on the way in. */
const char = fc.constantFrom('0', '1', '9', 'A', 'z', '-', ' ', 'ｱ', 'ﾞ', 'あ', '漢', '東', '髙', '①');

/**
 * Values of 0 to 60 characters (around the 4-byte steps and the longest cached value), and values alike in
 * their first, middle and last bytes (the bytes the cache hashes) that differ elsewhere.
 */
const value = fc.oneof(
  fc.string({ unit: char, maxLength: 60 }),
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3 }))
    .map(([n, d]) => `AAAA${'x'.repeat(n)}${'BCD'[d] ?? 'E'}${'y'.repeat(n)}ZZZZ`),
  fc.integer({ min: 0, max: 99_999_999 }).map((n) => String(n).padStart(8, '0')),
);

/** A file of rows whose cells come from a small pool per column (repeats, as in real files) or are new. */
const file = fc
  .tuple(fc.array(value, { minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 300 }))
  .chain(([pool, rows]) =>
    fc.array(
      fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: value }), {
        minLength: KEYS.length - 1,
        maxLength: KEYS.length - 1,
      }),
      { minLength: rows, maxLength: rows },
    ),
  )
  .map((cells) => cells.map((row) => ['202407', ...row]));

function bytesOf(rows: string[][]): Uint8Array {
  const r = encodeMs932(rows.map((row) => `${row.join(',')}\r\n`).join(''));
  expect(r.problems).toEqual([]);
  return r.bytes as Uint8Array;
}

describe('parse: each value of a record is the text of its field, whatever the caches hold', () => {
  it('rows of values drawn from small pools and new ones, of every length and width', () => {
    fc.assert(
      fc.property(file, (rows) => {
        const r = parse(bytesOf(rows), { kind: 'table6Plan' });
        expect(r.records).toHaveLength(rows.length);
        r.records.forEach((rec, i) => {
          expect(Object.keys(rec)).toEqual(KEYS);
          expect(Object.values(rec)).toEqual(rows[i]);
        });
      }),
      { numRuns: 60 },
    );
  });

  it('a column of values that do not repeat, then repeat again (left out of the cache, then back in)', () => {
    const rows: string[][] = [];
    for (let i = 0; i < 2000; i++) {
      const unique = `N${String(i * 7919).padStart(9, '0')}`;
      const repeated = `R${i < 1000 ? i : i % 3}`;
      const cells = KEYS.map((_, c) =>
        c === 0 ? '202407' : c === 2 ? (i < 1000 ? unique : repeated) : c === 6 ? `名前${i % 5}` : c % 2 === 0 ? unique : '',
      );
      rows.push(cells);
    }
    const r = parse(bytesOf(rows), { kind: 'table6Plan' });
    expect(r.records.map((rec) => Object.values(rec))).toEqual(rows);
    expect(r.recordOffsets).toHaveLength(rows.length);
  });
});
