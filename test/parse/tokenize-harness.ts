/**
 * Test helper for the tokenizer tests: runs `tokenize` and copies every row out of the reused
 * `RowSpans` object, with field values decoded byte-for-byte (latin1) and `""` collapsed for quoted
 * fields, so tests can compare plain data.
 */
import { FIELD_ESCAPED_QUOTES, tokenize, type TokenizeOptions, type TokenProblem } from '../../src/parse/tokenize.js';

export interface CopiedRow {
  /** Field values: span bytes as latin1 characters, `""` collapsed where flagged. */
  values: string[];
  start: number[];
  end: number[];
  flags: number[];
  fieldLine: number[];
  line: number;
  byteOffset: number;
  endOffset: number;
}

export interface TokenizeResult {
  rows: CopiedRow[];
  problems: TokenProblem[];
  lines: number;
}

/** Builds bytes from a mix of ASCII strings (one byte per char, must be < 0x100) and byte values. */
export function bytesOf(...parts: (string | number | readonly number[])[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'number') out.push(part);
    else if (typeof part === 'string') {
      for (let i = 0; i < part.length; i++) {
        const c = part.charCodeAt(i);
        if (c > 0xff) throw new Error('bytesOf: use byte values for non-latin1 characters');
        out.push(c);
      }
    } else out.push(...part);
  }
  return Uint8Array.from(out);
}

/** The bytes of a span as a latin1 string (one char per byte). */
export function latin1(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]!);
  return s;
}

/** Runs the tokenizer and copies everything it reports. */
export function run(input: string | Uint8Array, options?: TokenizeOptions): TokenizeResult {
  const bytes = typeof input === 'string' ? bytesOf(input) : input;
  const rows: CopiedRow[] = [];
  const problems: TokenProblem[] = [];
  const lines = tokenize(
    bytes,
    (row) => {
      const copy: CopiedRow = {
        values: [],
        start: [],
        end: [],
        flags: [],
        fieldLine: [],
        line: row.line,
        byteOffset: row.byteOffset,
        endOffset: row.endOffset,
      };
      for (let i = 0; i < row.count; i++) {
        const s = row.start[i]!;
        const e = row.end[i]!;
        const f = row.flags[i]!;
        const raw = latin1(bytes, s, e);
        copy.values.push(f & FIELD_ESCAPED_QUOTES ? raw.replaceAll('""', '"') : raw);
        copy.start.push(s);
        copy.end.push(e);
        copy.flags.push(f);
        copy.fieldLine.push(row.fieldLine[i]!);
      }
      rows.push(copy);
    },
    (p) => problems.push({ ...p }),
    options,
  );
  return { rows, problems, lines };
}

/** Just the field values of every row. */
export function values(input: string | Uint8Array, options?: TokenizeOptions): string[][] {
  return run(input, options).rows.map((r) => r.values);
}
