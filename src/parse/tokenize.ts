/**
 * Byte-level CSV tokenizer for Shift_JIS (MS932) input.
 *
 * Working on bytes is safe for MS932: trail bytes are 0x40–0x7E and 0x80–0xFC, so they never equal the
 * four bytes that matter to CSV (`"` 0x22, `,` 0x2C, CR 0x0D, LF 0x0A). Staying on bytes keeps exact byte
 * offsets for issues; decoding field bytes to strings is left to the caller.
 *
 * Grammar: fields separated by `,`; a field whose first byte is `"` is quoted, with `""` standing for one
 * `"`; commas, CR and LF inside a quoted field are data. A line break is CRLF, a lone CR or a lone LF
 * (each one break), inside quoted fields as well. The last record may end at end of input without a break.
 *
 * @module
 */

import { CODE_CANONICAL } from '../encoding/canonical.js';
import { CareplanRangeError, misuse, typeName } from '../errors.js';

/** Flag: the field was enclosed in double quotes (its span excludes the quotes). */
export const FIELD_QUOTED = 1;
/** Flag: the field's span contains `""` pairs that stand for one `"` each and must be collapsed. */
export const FIELD_ESCAPED_QUOTES = 2;
/** Flag: the field had a syntax fault (`quoteInUnquotedField` or `textAfterClosingQuote`). */
export const FIELD_MALFORMED = 4;
/**
 * Flag: the field holds a C0 control character other than TAB, CR and LF (NUL, ESC, …). Set on the rare
 * branch of the scan loops (bytes below `"` / `,`), so it costs nothing on ordinary bytes.
 */
export const FIELD_CONTROL = 8;

/**
 * The fields of one row as byte spans. One object is reused for every row of a {@link tokenize} call
 * (its arrays are replaced when they grow): callers must copy what they keep before returning from
 * `onRow`. Only indexes `0 … count - 1` of the arrays are meaningful.
 */
export interface RowSpans {
  /** Number of fields in the row (at least 1). */
  count: number;
  /**
   * Absolute byte offset where each field's content starts. For a quoted field this is just after the
   * opening quote.
   */
  start: Int32Array;
  /**
   * Absolute byte offset just after each field's content. For a quoted field this is the closing quote;
   * for a field flagged {@link FIELD_MALFORMED} after a closing quote it is the delimiter, so the span
   * covers the closing quote and the stray bytes after it.
   */
  end: Int32Array;
  /** Bit set of {@link FIELD_QUOTED}, {@link FIELD_ESCAPED_QUOTES}, {@link FIELD_MALFORMED} and {@link FIELD_CONTROL} per field. */
  flags: Uint8Array;
  /** 1-based physical line where each field starts (differs from {@link line} after multi-line fields). */
  fieldLine: Int32Array;
  /** 1-based physical line where the row starts. */
  line: number;
  /** Absolute byte offset of the row's first byte. */
  byteOffset: number;
  /** Absolute byte offset just after the row's line break, or the end of the input range. */
  endOffset: number;
}

/**
 * A row as the {@link Scanner} hands it out: the spans, with what the reader would otherwise count in a
 * second loop over the fields.
 * @internal
 */
export interface ScannedRow extends RowSpans {
  /** Number of quoted fields in the row. */
  quotedFields: number;
  /** The bitwise OR of the row's field flags (no field is malformed when {@link FIELD_MALFORMED} is clear). */
  flagsOr: number;
  /**
   * With the scanner's table of MS932 code classes, and no field malformed: the offset of the row's first
   * character that is not valid, canonical MS932 (`firstUnusualMs932` of the row), or -1. The scan steps over
   * each valid double-byte character in one go, so the reader needs no second pass over the bytes.
   * Meaningless when a field is malformed (bytes after a closing quote are not looked at) or without a table.
   */
  firstUnusual: number;
}

/** No table of code classes: every byte from 0x80 up is unusual (the public tokenizer does not use it). */
const NO_CLASSES = new Uint8Array(0);

/** Codes of the syntax faults reported by {@link tokenize}. */
export type TokenProblemCode = 'unterminatedQuote' | 'quoteInUnquotedField' | 'textAfterClosingQuote' | 'emptyLine' | 'recordTooLong';

/** A syntax fault found by {@link tokenize}. Reading always goes on after it. */
export interface TokenProblem {
  /**
   * - `unterminatedQuote`: a quoted field runs to the end of input (or, after the first such fault, to the
   *   end of its line). Located at the opening quote. The record is dropped (no row is produced).
   * - `quoteInUnquotedField`: a `"` inside a field that does not start with one. Located at the first such
   *   quote of the field; the quotes are kept as data and the field is flagged {@link FIELD_MALFORMED}.
   * - `textAfterClosingQuote`: bytes between a closing quote and the delimiter. Located at the first of
   *   them; they are kept as data and the field is flagged {@link FIELD_MALFORMED}.
   * - `emptyLine`: a line with no bytes at all. Located at its line break; no row is produced.
   * - `recordTooLong`: the record has more than {@link TokenizeOptions.maxRecordBytes} bytes (only with
   *   that option). Located at the record's first byte; the record is dropped (no row is produced, and
   *   the faults found in it are not reported), see {@link tokenize} for where reading resumes.
   */
  code: TokenProblemCode;
  /** 1-based physical line of the fault. */
  line: number;
  /** Absolute byte offset of the fault. */
  byteOffset: number;
  /**
   * 0-based index of the field in its row, or -1 for a row-level problem (`emptyLine`). For
   * `recordTooLong`: the index of the quoted field that was still open at the limit, else -1.
   */
  field: number;
}

/** Options of {@link tokenize}. */
export interface TokenizeOptions {
  /** Byte offset where tokenizing starts (default 0). It should be the start of a record. */
  start?: number;
  /** Byte offset where tokenizing stops, exclusive (default `bytes.length`); it acts as end of input. */
  end?: number;
  /** Line number of the line at `start` (default 1; line numbers must stay below 2^31). */
  baseLine?: number;
  /**
   * Largest record, in bytes from its first byte to its terminating line break (line breaks inside quoted
   * fields count; the terminating one does not). A longer record is dropped with a `recordTooLong`
   * problem. Default: no limit.
   */
  maxRecordBytes?: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

const INITIAL_CAPACITY = 64;
/** Offsets and line numbers are stored in Int32Arrays. */
const MAX_INT32 = 0x7fffffff;
/** `maxRecordBytes` meaning "no limit": no record of an input below 2 GiB is longer. */
export const NO_RECORD_LIMIT = MAX_INT32;

/**
 * A scanner's row (one, reused): a class instance where it was an object literal, which was pretenured in
 * a batch of small files and kept its young span arrays alive through the scavenges after its file was
 * read (see `SpanView` in file-validator.ts).
 */
class Spans implements ScannedRow {
  // In the order of the object literal it replaced (what `tokenize`'s callbacks see, keys included).
  quotedFields = 0;
  flagsOr = 0;
  firstUnusual = -1;
  count = 0;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  fieldLine: Int32Array;
  line = 0;
  byteOffset = 0;
  endOffset = 0;

  constructor(capacity: number) {
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.fieldLine = new Int32Array(capacity);
  }
}

function grow(row: RowSpans): void {
  const capacity = row.start.length * 2;
  const start = new Int32Array(capacity);
  const end = new Int32Array(capacity);
  const flags = new Uint8Array(capacity);
  const fieldLine = new Int32Array(capacity);
  start.set(row.start);
  end.set(row.end);
  flags.set(row.flags);
  fieldLine.set(row.fieldLine);
  row.start = start;
  row.end = end;
  row.flags = flags;
  row.fieldLine = fieldLine;
}

/** Scanner state carried from record to record (and, when streaming, from buffer to buffer). */
interface ScanState {
  /** Physical line at the current position. */
  line: number;
  /**
   * Set after the first unterminated quote (or record dropped inside an open quote): from then on a line
   * break inside quotes ends the record. A guard for linear work: with the rules above it never fires,
   * since every quote after an unterminated one belongs to a `""` pair, so a later quoted field always
   * closes within its own run of quotes.
   */
  singleLine: boolean;
  /** Discarding bytes up to the next line break (after a record that was too long). */
  skipping: boolean;
  /** Set by {@link readRow} when it returns {@link TOO_LONG}: where reading goes on, and its line. */
  resumeAt: number;
  resumeLine: number;
  /** Set with {@link resumeAt}: skip to the first line break at or after `resumeAt` before reading on. */
  resumeSkips: boolean;
  /** Set with {@link resumeAt}: the index of the quoted field still open at the limit, or -1. */
  openField: number;
}

/** {@link readRow}: the row does not end within the bytes available, and more may come. */
const INCOMPLETE = -1;
/** {@link readRow}: the record is longer than the limit (see {@link ScanState.resumeAt}). */
const TOO_LONG = -2;

/**
 * Reads one record starting at `pos` (which is not a line break) into `row` and returns the offset where
 * the next record starts. Sets `row.count` to 0 when the record is dropped (unterminated quote). Returns
 * {@link INCOMPLETE} when `final` is false and the record (or the byte that would tell how it goes on)
 * reaches `limit`: nothing is changed then, and the caller tries again with more bytes. Returns
 * {@link TOO_LONG} when the record has more than `maxRecord` bytes. Faults go to `problems`.
 *
 * The limit is checked without a test per byte: the scan loops stop at `stop`, the first byte past the
 * largest record, and a record that reaches `stop` is too long unless a line break stands right there.
 * Kept apart from {@link Scanner.scan} so that V8 optimises it as a hot function rather than through
 * on-stack replacement of one long loop (about 30% faster on a first pass over a large buffer).
 */
function readRow(
  bytes: Uint8Array,
  pos: number,
  limit: number,
  final: boolean,
  maxRecord: number,
  row: ScannedRow,
  state: ScanState,
  problems: TokenProblem[],
  classes: Uint8Array,
): number {
  let line = state.line;
  const rowStart = pos;
  const stop = limit - pos > maxRecord ? pos + maxRecord : limit;
  let n = 0;
  let quotedFields = 0;
  let flagsOr = 0;
  let unusual = -1;
  let capacity = row.start.length;
  let b: number;
  for (;;) {
    if (n === capacity) {
      grow(row);
      capacity = row.start.length;
    }
    let p = pos;
    const first = p < stop ? bytes[p]! : -1;
    if (first === COMMA) {
      // An empty field followed by another (most columns of some kinds): what the general path below does
      // for it, in fewer steps.
      row.start[n] = p;
      row.end[n] = p;
      row.flags[n] = 0;
      row.fieldLine[n] = line;
      n++;
      pos = p + 1;
      continue;
    }
    if (first === QUOTE) {
      // Quoted field. All special bytes are <= QUOTE, so one comparison skips ordinary bytes.
      const fieldStartLine = line;
      let flags = FIELD_QUOTED;
      p++;
      const contentStart = p;
      let resumeAt = -1; // just after the first line break inside the quotes
      let closed = false;
      let lineEnded = false; // a line break ended the field (after an unterminated quote)
      while (p < stop) {
        b = bytes[p]!;
        if (b > QUOTE) {
          // MS932 on the way: a valid double-byte character is passed in one step (its trail byte is
          // never special), anything else is noted once.
          if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) p++;
          else if (p + 1 < stop && classes[(b << 8) | bytes[p + 1]!] === CODE_CANONICAL) p += 2;
          else {
            if (unusual < 0) unusual = p;
            p++;
          }
        } else if (b === QUOTE) {
          if (p + 1 < limit) {
            if (bytes[p + 1] === QUOTE) {
              flags |= FIELD_ESCAPED_QUOTES;
              p += 2;
              continue;
            }
          } else if (!final) {
            return INCOMPLETE; // `""` or a closing quote: the next byte tells
          }
          closed = true;
          break;
        } else if (b === LF || b === CR) {
          if (b === CR && p + 1 < limit) p += bytes[p + 1] === LF ? 2 : 1;
          else if (b === CR && !final)
            return INCOMPLETE; // CR or CRLF: the next byte tells
          else p++;
          line++;
          if (resumeAt < 0) {
            resumeAt = p;
            if (state.singleLine) {
              lineEnded = true;
              break;
            }
          }
        } else {
          if (b < 0x20 && b !== 0x09) flags |= FIELD_CONTROL;
          p++;
        }
      }
      if (!closed) {
        if (!lineEnded && stop < limit) {
          // Still open at the largest record size: too long. Read on after the first line break inside
          // the quotes, as after an unterminated quote (the quote most likely is one).
          state.openField = n;
          state.resumeAt = resumeAt >= 0 ? resumeAt : p;
          state.resumeSkips = resumeAt < 0;
          state.resumeLine = resumeAt >= 0 ? fieldStartLine + 1 : fieldStartLine;
          state.singleLine = true;
          return TOO_LONG;
        }
        if (!lineEnded && !final) return INCOMPLETE;
        // Unterminated: drop the record and resume after the opening quote's line, if there is one.
        problems.push({ code: 'unterminatedQuote', line: fieldStartLine, byteOffset: pos, field: n });
        row.count = 0;
        if (resumeAt < 0) {
          state.line = fieldStartLine;
          return limit;
        }
        state.singleLine = true;
        state.line = fieldStartLine + 1;
        return resumeAt;
      }
      let contentEnd = p;
      p++; // the closing quote
      if (p < stop) {
        b = bytes[p]!;
        if (b !== COMMA && b !== LF && b !== CR) {
          problems.push({ code: 'textAfterClosingQuote', line, byteOffset: p, field: n });
          flags |= FIELD_MALFORMED;
          while (p < stop) {
            b = bytes[p]!;
            if (b === COMMA || b === LF || b === CR) break;
            p++;
          }
          contentEnd = p;
        }
      }
      row.start[n] = contentStart;
      row.end[n] = contentEnd;
      row.flags[n] = flags;
      row.fieldLine[n] = fieldStartLine;
      quotedFields++;
      flagsOr |= flags;
    } else {
      // Unquoted field: every special byte is <= COMMA, so one comparison skips ordinary bytes.
      let flags = 0;
      while (p < stop) {
        b = bytes[p]!;
        if (b > COMMA) {
          if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) p++;
          else if (p + 1 < stop && classes[(b << 8) | bytes[p + 1]!] === CODE_CANONICAL) p += 2;
          else {
            if (unusual < 0) unusual = p;
            p++;
          }
        } else if (b === COMMA || b === LF || b === CR) {
          break;
        } else {
          if (b === QUOTE) {
            if ((flags & FIELD_MALFORMED) === 0) {
              problems.push({ code: 'quoteInUnquotedField', line, byteOffset: p, field: n });
              flags |= FIELD_MALFORMED;
            }
          } else if (b < 0x20 && b !== 0x09) {
            flags |= FIELD_CONTROL;
          }
          p++;
        }
      }
      row.start[n] = pos;
      row.end[n] = p;
      row.flags[n] = flags;
      row.fieldLine[n] = line;
      flagsOr |= flags;
    }
    n++;
    // p is at a delimiter, a line break, or `stop`.
    if (p >= stop) {
      if (stop < limit) {
        // The largest record ends here: only a line break may follow.
        b = bytes[p]!;
        if (b !== LF && b !== CR) {
          state.openField = -1;
          state.resumeAt = p;
          state.resumeSkips = true;
          state.resumeLine = line;
          return TOO_LONG;
        }
      } else if (!final) {
        return INCOMPLETE;
      }
    }
    if (p < limit) {
      b = bytes[p]!;
      if (b === COMMA) {
        pos = p + 1;
        continue;
      }
      if (b === CR && p + 1 < limit) p += bytes[p + 1] === LF ? 2 : 1;
      else if (b === CR && !final) return INCOMPLETE;
      else p++;
      line++;
    }
    row.count = n;
    row.quotedFields = quotedFields;
    row.flagsOr = flagsOr;
    row.firstUnusual = unusual;
    row.line = state.line;
    row.byteOffset = rowStart;
    row.endOffset = p;
    state.line = line;
    return p;
  }
}

/**
 * The tokenizer as a resumable scanner: {@link tokenize} runs it once over a whole input; the streaming
 * reader runs it over consecutive buffers with `final` false, each time from the first byte it did not
 * consume, until the input ends. Rows, problems, offsets (relative to the buffer passed) and line numbers
 * are exactly those of one pass over the whole input, however it is cut.
 * @internal
 */
export class Scanner {
  private readonly row: ScannedRow = new Spans(INITIAL_CAPACITY);
  private readonly state: ScanState;
  /** Faults of the row being read: reported only once the row is complete (or dropped). */
  private readonly problems: TokenProblem[] = [];
  /** Set (by `onRow`) to stop scanning after the current row. */
  stopped = false;

  constructor(
    private readonly onRow: (row: ScannedRow) => void,
    private readonly onProblem: (problem: TokenProblem) => void,
    /** Largest record in bytes ({@link NO_RECORD_LIMIT} for no limit). */
    private readonly maxRecord: number,
    baseLine = 1,
    /** MS932 code classes (`getCodeClasses`), for {@link ScannedRow.firstUnusual}; none by default. */
    private readonly classes: Uint8Array = NO_CLASSES,
  ) {
    this.state = {
      line: baseLine,
      singleLine: false,
      skipping: false,
      resumeAt: 0,
      resumeLine: 0,
      resumeSkips: false,
      openField: -1,
    };
  }

  /** Physical line at the first byte not consumed yet. */
  get line(): number {
    return this.state.line;
  }

  /**
   * Scans `bytes[start, limit)`. With `final` false, stops before a record that does not end within the
   * range (and before a CR at its end) and returns where that record starts: the caller passes those
   * bytes again, followed by more. With `final` true, `limit` is the end of input. Returns the offset of
   * the first byte not consumed (`limit` when everything was). Stops early when {@link stopped} is set.
   */
  scan(bytes: Uint8Array, start: number, limit: number, final: boolean): number {
    const row = this.row;
    const state = this.state;
    const problems = this.problems;
    const onRow = this.onRow;
    const onProblem = this.onProblem;
    const maxRecord = this.maxRecord;
    let pos = start;
    while (pos < limit && !this.stopped) {
      if (state.skipping) {
        let i = pos;
        let b = 0;
        while (i < limit) {
          b = bytes[i]!;
          if (b === LF || b === CR) break;
          i++;
        }
        if (i === limit) return limit;
        if (b === CR && i + 1 < limit) pos = bytes[i + 1] === LF ? i + 2 : i + 1;
        else if (b === CR && !final) return i;
        else pos = i + 1;
        state.line++;
        state.skipping = false;
        continue;
      }
      const b = bytes[pos]!;
      if (b === LF || b === CR) {
        if (b === CR && pos + 1 >= limit && !final) return pos;
        onProblem({ code: 'emptyLine', line: state.line, byteOffset: pos, field: -1 });
        pos += b === CR && pos + 1 < limit && bytes[pos + 1] === LF ? 2 : 1;
        state.line++;
        continue;
      }
      const next = readRow(bytes, pos, limit, final, maxRecord, row, state, problems, this.classes);
      if (next === INCOMPLETE) {
        problems.length = 0;
        return pos;
      }
      if (next === TOO_LONG) {
        problems.length = 0;
        onProblem({ code: 'recordTooLong', line: state.line, byteOffset: pos, field: state.openField });
        pos = state.resumeAt;
        state.line = state.resumeLine;
        state.skipping = state.resumeSkips;
        continue;
      }
      if (problems.length > 0) {
        for (const p of problems) onProblem(p);
        problems.length = 0;
      }
      pos = next;
      if (row.count > 0) onRow(row);
    }
    return pos;
  }
}

function checkOffset(name: string, value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new CareplanRangeError('tokenize', `option "${name}" must be an integer from ${min} to ${max}`);
  }
  return value;
}

/**
 * Splits CSV bytes into rows of field spans, calling `onRow` for every record and `onProblem` for every
 * syntax fault, in input order (a row's problems come before the row).
 *
 * Recovery rules:
 * - A quoted field that runs to the end of input is reported as `unterminatedQuote` at its opening quote
 *   and its record is dropped; tokenizing resumes after the first line break that follows the opening
 *   quote, and from then on a quoted field may not span lines (a line break inside quotes ends the record
 *   with another `unterminatedQuote`, dropping it). This keeps the work linear.
 * - Stray quotes and text after a closing quote are kept as data (see {@link TokenProblem}).
 * - An empty line produces no row. A single line break at the end of input is not an empty line.
 * - With `maxRecordBytes`, a record longer than that is dropped with `recordTooLong`. When a quoted field
 *   is still open at the limit, reading resumes as after an unterminated quote (after the first line break
 *   that follows its opening quote, and quoted fields may no longer span lines); otherwise it resumes after
 *   the next line break. Deciding needs at most `maxRecordBytes` + 2 bytes of the record, which is what
 *   bounds the memory of the streaming reader.
 *
 * Column counts are not checked. A UTF-8 BOM is not treated specially (pass `start` to skip it).
 *
 * @param bytes The input (Shift_JIS or any ASCII-compatible encoding whose multibyte sequences never
 *   contain the bytes `"`, `,`, CR or LF).
 * @param onRow Called with each row; the object is reused (copy what you keep).
 * @param onProblem Called with each syntax fault.
 * @param options Optional sub-range, line number of its start and record size limit.
 * @returns The number of physical lines in the range: line breaks, plus one if bytes follow the last one.
 * @throws TypeError / RangeError only for wrong arguments (including an input of 2 GiB or more, whose
 *   offsets would not fit the span arrays); never for any input bytes. Exceptions thrown by the callbacks
 *   propagate.
 */
export function tokenize(
  bytes: Uint8Array,
  onRow: (row: RowSpans) => void,
  onProblem: (problem: TokenProblem) => void,
  options?: TokenizeOptions,
): number {
  if (!(bytes instanceof Uint8Array)) misuse('ERR_CAREPLAN_ARGUMENT', 'tokenize', `bytes must be a Uint8Array, got ${typeName(bytes)}`);
  if (typeof onRow !== 'function') misuse('ERR_CAREPLAN_ARGUMENT', 'tokenize', 'onRow must be a function');
  if (typeof onProblem !== 'function') misuse('ERR_CAREPLAN_ARGUMENT', 'tokenize', 'onProblem must be a function');
  if (options !== undefined && (typeof options !== 'object' || options === null)) {
    misuse('ERR_CAREPLAN_OPTIONS', 'tokenize', `options must be an object, got ${typeName(options)}`);
  }
  if (bytes.length > MAX_INT32) throw new CareplanRangeError('tokenize', 'inputs of 2 GiB or more are not supported');
  const limit = options?.end === undefined ? bytes.length : checkOffset('end', options.end, 0, bytes.length);
  const first = options?.start === undefined ? 0 : checkOffset('start', options.start, 0, limit);
  const baseLine = options?.baseLine === undefined ? 1 : checkOffset('baseLine', options.baseLine, 1, MAX_INT32 - (limit - first));
  const maxRecord = options?.maxRecordBytes === undefined ? NO_RECORD_LIMIT : checkOffset('maxRecordBytes', options.maxRecordBytes, 1, MAX_INT32);

  const scanner = new Scanner(onRow, onProblem, maxRecord, baseLine);
  scanner.scan(bytes, first, limit, true);
  // The scanner's line counts the breaks seen; a final line without a break adds one.
  const last = limit > first ? bytes[limit - 1] : LF;
  return scanner.line - baseLine + (last === LF || last === CR ? 0 : 1);
}
