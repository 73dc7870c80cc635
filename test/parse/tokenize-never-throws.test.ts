import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_CONTROL, FIELD_ESCAPED_QUOTES, FIELD_MALFORMED, FIELD_QUOTED, tokenize, type TokenProblem } from '../../src/parse/tokenize.js';
import { csvishBytes } from './tokenize-arbitraries.js';

const isBreak = (b: number | undefined): boolean => b === 0x0a || b === 0x0d;

/** A cheap assertion for the per-field checks (expect() per byte would make 20 000 runs slow). */
function check(condition: boolean, what: string): void {
  if (!condition) throw new Error(`invariant violated: ${what}`);
}

/** Checks every structural invariant of one tokenize run over bytes[start, end). */
function checkRun(bytes: Uint8Array, start: number, end: number, baseLine: number): void {
  let prevEnd = start;
  let prevLine = baseLine - 1;
  const problems: TokenProblem[] = [];
  let maxLine = baseLine;
  const lines = tokenize(
    bytes,
    (row) => {
      expect(row.count).toBeGreaterThanOrEqual(1);
      // Rows are in increasing offset order and do not overlap.
      expect(row.byteOffset).toBeGreaterThanOrEqual(prevEnd);
      expect(row.endOffset).toBeGreaterThan(row.byteOffset);
      expect(row.endOffset).toBeLessThanOrEqual(end);
      expect(row.line).toBeGreaterThan(prevLine);
      let fieldPrevEnd = row.byteOffset;
      for (let i = 0; i < row.count; i++) {
        const s = row.start[i]!;
        const e = row.end[i]!;
        const f = row.flags[i]!;
        check(s >= fieldPrevEnd && e >= s && e <= row.endOffset, 'spans lie within the row, in order');
        check((f & ~(FIELD_QUOTED | FIELD_ESCAPED_QUOTES | FIELD_MALFORMED | FIELD_CONTROL)) === 0, 'only known flags');
        if (!(f & FIELD_MALFORMED)) {
          let control = false;
          for (let k = s; k < e; k++) {
            const b = bytes[k]!;
            if (b < 0x20 && b !== 0x09 && !isBreak(b)) control = true;
          }
          check(control === ((f & FIELD_CONTROL) !== 0), 'FIELD_CONTROL exactly when the field holds a C0 control');
        }
        check(!(f & FIELD_ESCAPED_QUOTES) || (f & FIELD_QUOTED) !== 0, 'escapes only in quoted fields');
        if (!(f & FIELD_QUOTED)) {
          for (let k = s; k < e; k++) {
            check(bytes[k] !== 0x2c && !isBreak(bytes[k]), 'unquoted fields hold no delimiter or line break');
          }
        }
        const before = i === 0 ? row.line : row.fieldLine[i - 1]!;
        check(row.fieldLine[i]! >= before, 'field lines never decrease');
        maxLine = Math.max(maxLine, row.fieldLine[i]!);
        fieldPrevEnd = e;
      }
      expect(row.fieldLine[0]).toBe(row.line);
      prevEnd = row.endOffset;
      prevLine = row.fieldLine[row.count - 1]!;
    },
    (p) => problems.push({ ...p }),
    { start, end, baseLine },
  );
  // The line count matches the breaks in the range.
  let breaks = 0;
  for (let i = start; i < end; i++) {
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && !(i + 1 < end && bytes[i + 1] === 0x0a))) breaks++;
  }
  expect(lines).toBe(breaks + (end > start && !isBreak(bytes[end - 1]) ? 1 : 0));
  expect(maxLine).toBeLessThanOrEqual(baseLine + Math.max(lines - 1, 0));
  for (const p of problems) {
    expect(p.byteOffset).toBeGreaterThanOrEqual(start);
    expect(p.byteOffset).toBeLessThan(end);
    expect(p.line).toBeGreaterThanOrEqual(baseLine);
    expect(p.line).toBeLessThan(baseLine + lines);
    expect(p.field).toBeGreaterThanOrEqual(p.code === 'emptyLine' ? -1 : 0);
    if (p.code === 'emptyLine') expect(p.field).toBe(-1);
  }
  // Recovery from an unterminated quote never needs a second one.
  expect(problems.filter((p) => p.code === 'unterminatedQuote').length).toBeLessThanOrEqual(1);
}

describe('tokenize: never throws on arbitrary bytes', () => {
  it('keeps every span, row and problem within the input', () => {
    fc.assert(
      fc.property(csvishBytes, (bytes) => {
        checkRun(bytes, 0, bytes.length, 1);
      }),
      { numRuns: 10_000 },
    );
  });

  it('keeps every span, row and problem within a sub-range', () => {
    const withRange = csvishBytes.chain((bytes) =>
      fc
        .tuple(fc.nat({ max: bytes.length }), fc.nat({ max: bytes.length }), fc.integer({ min: 1, max: 1000 }))
        .map(([a, b, baseLine]) => ({ bytes, start: Math.min(a, b), end: Math.max(a, b), baseLine })),
    );
    fc.assert(
      fc.property(withRange, ({ bytes, start, end, baseLine }) => {
        checkRun(bytes, start, end, baseLine);
      }),
      { numRuns: 10_000 },
    );
  });
});
