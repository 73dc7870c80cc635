import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstUnusualMs932, getCodeClasses } from '../../src/encoding/canonical.js';
import { FIELD_MALFORMED, Scanner, type ScannedRow, type TokenProblem } from '../../src/parse/tokenize.js';

/**
 * Bytes of CSV with MS932 in every shape: delimiters, quotes, line breaks, ASCII, half-width katakana, valid
 * double-byte characters (あ 82A0, ソ 835C), a duplicate code (NEC ∵ 8790 = JIS 81E6), 外字 (F040), lone
 * lead bytes, bytes never valid (80, A0, FD) and trail bytes on their own.
 */
const token = fc.constantFrom(
  [0x2c],
  [0x22],
  [0x0d, 0x0a],
  [0x0a],
  [0x0d],
  [0x61],
  [0x30],
  [0xb1],
  [0x82, 0xa0],
  [0x83, 0x5c],
  [0x87, 0x90],
  [0xf0, 0x40],
  [0x82],
  [0x80],
  [0xa0],
  [0xfd],
  [0x5c],
  [0x40],
);
const bytes = fc.array(token, { maxLength: 60 }).map((t) => Uint8Array.from(t.flat()));

interface Seen {
  rows: {
    count: number;
    start: number[];
    end: number[];
    flags: number[];
    byteOffset: number;
    endOffset: number;
    firstUnusual: number;
    flagsOr: number;
  }[];
  problems: TokenProblem[];
}

/** Scans `data` in pieces cut at `cuts` (the streaming use), offsets made absolute. */
function scan(data: Uint8Array, classes: Uint8Array | undefined, cuts: number[], maxRecord: number): Seen {
  const seen: Seen = { rows: [], problems: [] };
  let base = 0;
  const scanner = new Scanner(
    (r: ScannedRow) =>
      seen.rows.push({
        count: r.count,
        start: Array.from(r.start.subarray(0, r.count), (x) => x + base),
        end: Array.from(r.end.subarray(0, r.count), (x) => x + base),
        flags: Array.from(r.flags.subarray(0, r.count)),
        byteOffset: r.byteOffset + base,
        endOffset: r.endOffset + base,
        firstUnusual: r.firstUnusual < 0 ? -1 : r.firstUnusual + base,
        flagsOr: r.flagsOr,
      }),
    (p) => seen.problems.push({ ...p, byteOffset: p.byteOffset + base }),
    maxRecord,
    1,
    classes,
  );
  const points = [...new Set(cuts.map((c) => c % (data.length + 1))), data.length].sort((a, b) => a - b);
  let held = new Uint8Array(0);
  let from = 0;
  for (const to of points) {
    const piece = data.subarray(from, to);
    from = to;
    const buf = new Uint8Array(held.length + piece.length);
    buf.set(held);
    buf.set(piece, held.length);
    const final = to === data.length;
    const consumed = scanner.scan(buf, 0, buf.length, final);
    base += consumed;
    held = buf.slice(consumed);
    if (final) break;
  }
  return seen;
}

describe('Scanner with MS932 code classes: the encoding is checked on the way, the rows are unchanged', () => {
  it('gives the rows and problems of the plain scanner, and each sound row the first unusual character a second scan finds', () => {
    const classes = getCodeClasses();
    fc.assert(
      fc.property(
        bytes,
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.option(fc.integer({ min: 1, max: 30 }), { nil: undefined }),
        (data, cuts, limit) => {
          const maxRecord = limit ?? 0x7fffffff;
          const plain = scan(data, undefined, [], maxRecord);
          const checked = scan(data, classes, cuts, maxRecord);
          const shape = (s: Seen) => ({ rows: s.rows.map(({ firstUnusual: _, ...r }) => r), problems: s.problems });
          expect(shape(checked)).toEqual(shape(plain));
          for (const r of checked.rows) {
            if ((r.flagsOr & FIELD_MALFORMED) !== 0) continue;
            expect(r.firstUnusual).toBe(firstUnusualMs932(data, r.byteOffset, r.endOffset));
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
