import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Scanner, tokenize, type RowSpans, type TokenProblem } from '../../src/parse/tokenize.js';
import { csvDocument, csvishBytes, writeDocument } from './tokenize-arbitraries.js';
import { bytesOf } from './tokenize-harness.js';

interface Row {
  fields: [number, number, number, number][];
  line: number;
  byteOffset: number;
  endOffset: number;
}

const copyRow = (row: RowSpans, base: number): Row => ({
  fields: Array.from({ length: row.count }, (_, i) => [base + row.start[i]!, base + row.end[i]!, row.flags[i]!, row.fieldLine[i]!]),
  line: row.line,
  byteOffset: base + row.byteOffset,
  endOffset: base + row.endOffset,
});

/** One pass over the whole input. */
function whole(bytes: Uint8Array, maxRecordBytes: number | undefined): { rows: Row[]; problems: TokenProblem[] } {
  const rows: Row[] = [];
  const problems: TokenProblem[] = [];
  tokenize(
    bytes,
    (r) => rows.push(copyRow(r, 0)),
    (p) => problems.push({ ...p }),
    maxRecordBytes === undefined ? {} : { maxRecordBytes },
  );
  return { rows, problems };
}

/**
 * The streaming use of the scanner: each piece is appended to the bytes not consumed yet, which are
 * scanned (or not, when `skip` says so: a reader may wait for more) with `final` false; at the end, once
 * with `final` true. Offsets are made absolute again.
 */
function cut(bytes: Uint8Array, cuts: number[], skip: boolean[], maxRecordBytes: number | undefined) {
  const rows: Row[] = [];
  const problems: TokenProblem[] = [];
  let base = 0;
  const scanner = new Scanner(
    (r) => rows.push(copyRow(r, base)),
    (p) => problems.push({ ...p, byteOffset: base + p.byteOffset }),
    maxRecordBytes ?? 0x7fffffff,
  );
  let held = new Uint8Array(0);
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  let from = 0;
  const pieces = [...points, bytes.length].map((to) => {
    const piece = bytes.subarray(from, Math.max(from, to));
    from = Math.max(from, to);
    return piece;
  });
  pieces.forEach((piece, i) => {
    const data = new Uint8Array(held.length + piece.length);
    data.set(held);
    data.set(piece, held.length);
    const final = i === pieces.length - 1;
    if (!final && skip[i % Math.max(1, skip.length)] === true) {
      held = data;
      return;
    }
    const consumed = scanner.scan(data, 0, data.length, final);
    expect(consumed).toBeGreaterThanOrEqual(0);
    expect(consumed).toBeLessThanOrEqual(data.length);
    if (final) expect(consumed).toBe(data.length);
    base += consumed;
    held = data.slice(consumed);
  });
  return { rows, problems };
}

const limit = fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined });
const cuts = fc.array(fc.nat(), { maxLength: 12 });
const skips = fc.array(fc.boolean(), { maxLength: 5 });

describe('Scanner: reading in pieces gives what one pass gives', () => {
  it('for any bytes, any cut points and any record limit', () => {
    fc.assert(
      fc.property(csvishBytes, cuts, skips, limit, (bytes, c, s, max) => {
        expect(cut(bytes, c, s, max)).toEqual(whole(bytes, max));
      }),
      { numRuns: 3000 },
    );
  });

  it('for well-formed CSV with quoted line breaks, cut anywhere (also between CR and LF and inside "")', () => {
    fc.assert(
      fc.property(csvDocument, cuts, skips, limit, (doc, c, s, max) => {
        const bytes = bytesOf(writeDocument(doc));
        expect(cut(bytes, c, s, max)).toEqual(whole(bytes, max));
      }),
      { numRuns: 1500 },
    );
  });

  it('cut after every byte', () => {
    fc.assert(
      fc.property(csvishBytes, limit, (bytes, max) => {
        const every = Array.from({ length: bytes.length }, (_, i) => i);
        expect(cut(bytes, every, [], max)).toEqual(whole(bytes, max));
      }),
      { numRuns: 500 },
    );
  });
});
