/**
 * Reading a file: the kind, UTF-8 detection, the scanner over one buffer or a sequence of them, the
 * read limits, and the file-level checks at the end. The whole-buffer reader (`parse`, `validate`) and
 * the streaming one (`parseStream`, `validateStream`) are the same {@link ReadSession}, fed at once or
 * piece by piece.
 * @module
 */
import { getCodeClasses } from '../encoding/canonical.js';
import { misuse } from '../errors.js';
import { IssueCollector, type CollectorSnapshot } from '../issues/collector.js';
import type { Issue } from '../issues/types.js';
import type { Kind } from '../kinds.js';
import type { NormalizedParseOptions } from '../options.js';
import type { CsvVersion } from '../schemas/layouts.js';
import { checkFileName } from '../validate/file-name.js';
import { FileValidator } from '../validate/file-validator.js';
import { RecordBuilder, RecordList, type RecordPositions } from './records.js';
import { RowReader, type InjectedProblem, type RecordSink, type RowObserver } from './rows.js';
import { Scanner, type RowSpans } from './tokenize.js';
import { Utf16Probe } from './utf16-probe.js';
import { Utf8Detector } from './utf8-detector.js';

export type { RecordPositions } from './records.js';
export type { CheckedRow, InjectedProblem, RecordSink, RowObserver } from './rows.js';

/** What reading a file gives: the kind, the version, the records (when asked for) and every issue. */
export interface ReadOutcome {
  readonly kind: Kind | null;
  readonly version: CsvVersion | null;
  readonly fileName: string | null;
  readonly records: Record<string, unknown>[] | null;
  /** Where each record starts (when asked for: `keepPositions`), same index as the records. */
  readonly positions: RecordPositions | null;
  readonly recordCount: number;
  readonly issues: Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  /** No error, and no issue says the bytes are not in the canonical form (see `ValidateResult.canonical`). */
  readonly canonical: boolean;
  /** A limit stopped reading (`limit.fileBytes`, `limit.records`) or listing issues (`limit.issues`). */
  readonly truncated: boolean;
}

/**
 * How much a stream may hold back, undecided, before it is read as MS932 (see {@link ReadSession}): a
 * file of MS932 Japanese text is decided at its first double-byte character, so in practice only files
 * whose first MiB is pure ASCII (or valid UTF-8 that is also valid MS932) reach it.
 */
export const UTF8_WINDOW = 2 ** 20;

/** Bytes read between two looks at the clock and the signal (and at least one look per record). */
const CHECK_BYTES = 64 * 1024;

const now: () => number = typeof globalThis.performance?.now === 'function' ? () => globalThis.performance.now() : () => Date.now();

/** Why reading stopped before the end on the caller's word. */
export type HaltCode = 'limit.aborted' | 'limit.deadline' | 'limit.errors';

const DETECT = 0;
const READ = 1;
const DONE = 2;

/**
 * One file being read, from bytes that come in one piece ({@link write} with `last`) or in many
 * ({@link write} … {@link end}). Memory is bounded: besides what the validator keeps per file, the
 * session holds at most the unfinished record (at most `maxRecordBytes` + 2 bytes, and twice that while
 * it waits for a long one) and the piece being read — or, while it is undecided whether the file is
 * UTF-8, up to {@link UTF8_WINDOW} bytes (and at least the first 16, which tell a UTF-16 file).
 *
 * The outcome is the same however the bytes are cut, with one exception: when the first
 * {@link UTF8_WINDOW} bytes of a longer stream leave it undecided whether the file is UTF-8, reading goes
 * on as MS932 (records are delivered), and only the end decides; if the whole file then turns out to be
 * UTF-8, the outcome is that of the whole-buffer reader (only `encoding.utf8`, no records), but the
 * records were delivered already.
 * @internal
 */
export class ReadSession {
  readonly issues: IssueCollector;
  /** The kind of the file (from the options or its name), or null. */
  readonly kind: Kind | null;
  private readonly nameMonth: string | null;
  private readonly style: 'v4' | 'v3' | null;
  private readonly detector = new Utf8Detector();
  /** The first bytes, to tell a UTF-16 file. */
  private readonly utf16 = new Utf16Probe();
  /** The issues before any byte was read (file name checks), to go back to when a stream is UTF-8 after all. */
  private readonly beforeBytes: CollectorSnapshot;
  private state = DETECT;
  private validator: FileValidator | null = null;
  private rows: RowReader | null = null;
  private scanner: Scanner | null = null;
  /** Bytes received and not read yet: held back while undecided, or the unfinished record. */
  private buf = new Uint8Array(0);
  private bufLen = 0;
  /** Offset in the file of `buf[0]`. */
  private base = 0;
  private received = 0;
  /** More bytes came than `maxFileBytes`: the rest was cut off. */
  private overLimit = false;
  /** Reading began before it was decided whether the file is UTF-8. */
  private provisional = false;
  /** Fewest bytes worth scanning again after a record did not end in what was there. */
  private waitFor = 0;
  private ended = false;
  /** Bytes still to pass over at the start of the file (a BOM in front of MS932 content). */
  private skip = 0;
  /** Whether `encoding.bom` was reported. */
  private bomReported = false;
  /** When reading stopped early on the caller's word (signal, deadline, maxErrors), the issue given. */
  private halted: HaltCode | null = null;
  /** `now()` past which the deadline has passed (Infinity for none). */
  private readonly deadlineAt: number;
  /** File offset of the next look at the clock and the signal. */
  private nextCheck = 0;
  /** Builds the records for `onRecord` and keeps their positions (with `keepPositions`); null without either. */
  private readonly builder: RecordBuilder | null;
  private readonly observers: readonly RowObserver[];

  constructor(
    private readonly options: NormalizedParseOptions,
    onRecord: RecordSink | null,
    private readonly injected: readonly InjectedProblem[] = [],
    /** Most heap bytes of records to build (estimated, see {@link parseRecordBudget}); no bound by default. */
    private readonly recordBudget = Number.POSITIVE_INFINITY,
    /**
     * More observers of the checked rows (see {@link RowObserver}), after the record builder. Their
     * `heapBytes` count in `recordBudget`.
     */
    observers: readonly RowObserver[] = [],
    /** Keep where each record starts (see {@link ReadOutcome.positions}). */
    keepPositions = false,
    /** The size of the whole input in bytes when it comes in one piece, else 0 (sizes what is kept per record). */
    inputBytes = 0,
  ) {
    this.builder = onRecord !== null || keepPositions ? new RecordBuilder(onRecord, keepPositions, inputBytes) : null;
    this.observers = this.builder === null ? observers : [this.builder, ...observers];
    this.issues = new IssueCollector(options.fileName, options.locale, options.includeValues, options.limits.maxIssues, options.severities);
    const { kind, month, style } = checkFileName(options.fileName, options.kind, this.issues);
    this.kind = kind;
    this.nameMonth = month;
    this.style = style;
    if (kind === null) {
      this.issues.add('file.unknownKind', {});
      this.state = DONE;
    }
    this.beforeBytes = this.issues.snapshot();
    this.deadlineAt = options.deadlineMs === null ? Number.POSITIVE_INFINITY : now() + options.deadlineMs;
  }

  /** Why reading stopped early on the caller's word, or null. */
  get haltedBy(): HaltCode | null {
    return this.halted;
  }

  /** Milliseconds left before the deadline (Infinity for none; 0 or less once it has passed). */
  get msLeft(): number {
    return this.deadlineAt - now();
  }

  /**
   * Looks at the signal and the deadline, and stops reading when either says so (at the first unread byte).
   * Returns whether reading has stopped.
   */
  checkStop(): boolean {
    if (this.done) return true;
    const code = this.timeUp();
    if (code === null) return false;
    this.halt(code, this.scanner?.line ?? 1, this.base, true);
    return true;
  }

  /**
   * Stops reading now, on the word of a timer or an abort event (the streaming readers, while they wait
   * for the next chunk): `limit.aborted` when the signal is aborted, `limit.deadline` otherwise (or `code`).
   */
  stopNow(code?: 'limit.aborted' | 'limit.deadline'): void {
    if (this.halted !== null) return;
    if (code === undefined) {
      if (this.checkStop()) return;
      code = this.options.signal?.aborted === true ? 'limit.aborted' : 'limit.deadline';
    }
    this.halt(code, this.scanner?.line ?? 1, this.base, true);
  }

  private timeUp(): HaltCode | null {
    if (this.options.signal?.aborted === true) return 'limit.aborted';
    if (this.deadlineAt !== Number.POSITIVE_INFINITY && now() >= this.deadlineAt) return 'limit.deadline';
    return null;
  }

  /** Stops reading with the issue `code` at `line` / `byteOffset` (in the file when `absolute`). */
  private halt(code: HaltCode, line: number, byteOffset: number, absolute: boolean): void {
    this.halted = code;
    const params =
      code === 'limit.deadline'
        ? { expected: this.options.deadlineMs ?? 0 }
        : code === 'limit.errors'
          ? { expected: this.options.limits.maxErrors }
          : {};
    const base = this.issues.byteBase;
    if (absolute) this.issues.byteBase = 0;
    this.issues.add(code, { line, byteOffset }, params);
    this.issues.byteBase = base;
    if (this.scanner !== null) this.scanner.stopped = true;
    else this.state = DONE;
  }

  /** The check before each row (see `RowReader.guard`), only when a signal, a deadline or maxErrors is given. */
  private readonly guard = (row: RowSpans): boolean => {
    if (this.issues.errorCount >= this.options.limits.maxErrors) {
      this.halt('limit.errors', row.line, row.byteOffset, false);
      return true;
    }
    const at = this.base + row.byteOffset;
    if (at < this.nextCheck) return false;
    this.nextCheck = at + CHECK_BYTES;
    const code = this.timeUp();
    if (code === null) return false;
    this.halt(code, row.line, row.byteOffset, false);
    return true;
  };

  /** True when no more bytes will be read (no kind, a UTF-8 file, a limit that stops reading, the end). */
  get done(): boolean {
    return this.state === DONE || this.overLimit || this.halted !== null;
  }

  /** Bytes allocated to hold input between writes (for tests and diagnostics). */
  get bufferBytes(): number {
    return this.buf.length;
  }

  /** The file's version as far as read (see `FileValidator.version`); null before a record gave it. */
  get version(): CsvVersion | null {
    return this.validator?.version ?? null;
  }

  /** Most encoding issues held at once for one field (for tests: bounded per field). */
  get heldProblemsPeak(): number {
    return this.rows?.heldProblemsPeak ?? 0;
  }

  /** Records read so far. */
  get recordCount(): number {
    return this.validator?.records ?? 0;
  }

  /**
   * Reads the next bytes of the file. With `last`, they are the end of it (then {@link end} reads the
   * rest without copying anything). The bytes are not kept after the call: the caller may reuse them.
   */
  write(chunk: Uint8Array, last = false): void {
    if (this.ended) misuse('ERR_CAREPLAN_STATE', 'ReadSession.write', 'write after the end of the input');
    if (last) this.ended = true;
    if (this.checkStop()) return;
    const room = this.options.limits.maxFileBytes - this.received;
    if (chunk.length > room) {
      chunk = chunk.subarray(0, room);
      this.overLimit = true;
    }
    this.received += chunk.length;
    const complete = last || this.overLimit;
    if (this.state === DETECT) {
      this.detector.push(chunk);
      this.utf16.push(chunk);
      if ((!this.detector.decided || !this.utf16.decided) && !complete && this.bufLen + chunk.length < UTF8_WINDOW) {
        this.append(chunk);
        return;
      }
      if (!this.decide(complete)) return;
    } else if (!this.detector.decided) {
      this.detector.push(chunk);
    }
    this.read(chunk, last && !this.overLimit);
  }

  /** Ends the input and gives the outcome. */
  end(): ReadOutcome {
    this.ended = true;
    if (this.halted === null) this.checkStop();
    if (this.halted !== null && this.state === DETECT) this.state = DONE;
    if (this.state === DETECT && this.decide(true)) this.read(new Uint8Array(0), !this.overLimit);
    else if (this.state === READ && !this.overLimit) this.read(new Uint8Array(0), true);
    const issues = this.issues;
    issues.byteBase = 0;
    const validator = this.validator;
    const rows = this.rows;
    const scanner = this.scanner;
    if (this.provisional && this.halted === null && this.detector.result() !== null) {
      // A stream read as MS932 before it could be told that the whole file is UTF-8: report what the
      // whole-buffer reader reports.
      issues.restore(this.beforeBytes);
      this.reportUtf8();
      return this.outcome(null, 0);
    }
    // A stream read before it was told that what follows its BOM is MS932.
    if (this.detector.bomOnMs932 && !this.bomReported) this.reportBom();
    // No kind, or a UTF-8 file: nothing was read.
    if (validator === null || rows === null || scanner === null) return this.outcome(null, 0);
    rows.flushProblems(null);
    const stopped = scanner.stopped;
    if (this.overLimit && !stopped) this.reportOverLimit(scanner.line, this.base);
    else if (!stopped) rows.flushInjected();
    rows.flushCanonical();
    if (validator.records === 0 && this.halted === null) issues.add('file.empty', {});
    if (this.overLimit || stopped) validator.partial();
    const { version } = validator.finish();
    return this.outcome(version, validator.records);
  }

  private outcome(version: CsvVersion | null, count: number): ReadOutcome {
    const issues = this.issues;
    return {
      kind: this.kind,
      version,
      fileName: this.options.fileName,
      records: null,
      positions: this.builder?.result() ?? null,
      recordCount: count,
      issues: issues.issues,
      errorCount: issues.errorCount,
      warningCount: issues.warningCount,
      infoCount: issues.infoCount,
      canonical: this.reading && issues.errorCount === 0 && issues.nonCanonicalCount === 0,
      truncated: issues.truncated || this.halted !== null || (this.reading && (this.overLimit || (this.scanner?.stopped ?? false))),
    };
  }

  /** Whether the file is being (or was) read as MS932, to its end or to a limit. */
  private get reading(): boolean {
    return this.scanner !== null && !(this.provisional && this.detector.result() !== null);
  }

  private reportOverLimit(line: number, byteOffset: number): void {
    this.issues.add('limit.fileBytes', { line, byteOffset }, { expected: this.options.limits.maxFileBytes });
  }

  private reportBom(): void {
    this.bomReported = true;
    this.issues.addHinted('encoding.bom', { line: 1, byteOffset: 0 }, 'bomAdded', null);
  }

  private reportUtf8(): void {
    this.issues.addHinted('encoding.utf8', { line: 1, byteOffset: 0 }, 'utf8Content', null, { detail: this.detector.result() ?? 'utf8' });
  }

  /**
   * Ends the wait for the UTF-8 decision: `complete` when every byte of the file is in. Returns whether
   * the file is to be read (as MS932).
   */
  private decide(complete: boolean): boolean {
    const utf16 = this.utf16.result();
    if (utf16 !== null) {
      // Nothing of it reads as MS932 text: one issue says what it is, as for UTF-8.
      this.issues.add('encoding.utf16', { line: 1, byteOffset: 0 }, { detail: utf16 });
      this.state = DONE;
      this.bufLen = 0;
      return false;
    }
    if (this.detector.decided || complete) {
      if (this.detector.result() !== null) {
        this.reportUtf8();
        this.state = DONE;
        this.bufLen = 0;
        return false;
      }
    } else {
      this.provisional = true;
    }
    // A BOM in front of what is not UTF-8: MS932 content behind a BOM. The BOM is reported and passed over.
    if (this.detector.hasBom) {
      this.skip = 3;
      if (this.detector.bomOnMs932) this.reportBom();
    }
    const kind = this.kind as Kind;
    const o = this.options;
    const validator = new FileValidator(kind, this.issues, {
      requireUncertainFields: o.requireUncertainFields,
      checkJisX0213: o.checkJisX0213,
      fileNameMonth: this.nameMonth,
      fileNameStyle: this.style,
    });
    const rows = new RowReader(validator, this.issues, this.observers, o.skipHeader, o.limits, this.injected, this.recordBudget);
    const scanner = new Scanner(rows.onRow, rows.onProblem, o.limits.maxRecordBytes, 1, getCodeClasses());
    rows.scannedMs932 = true;
    rows.stop = () => {
      scanner.stopped = true;
    };
    if (o.signal !== null || o.deadlineMs !== null || o.limits.maxErrors !== Number.POSITIVE_INFINITY) rows.guard = this.guard;
    this.validator = validator;
    this.rows = rows;
    this.scanner = scanner;
    this.state = READ;
    return true;
  }

  /** Keeps `chunk` after the bytes held. */
  private append(chunk: Uint8Array): void {
    const need = this.bufLen + chunk.length;
    if (need > this.buf.length) {
      const grown = new Uint8Array(Math.max(need, this.buf.length * 2, 4096));
      grown.set(this.buf.subarray(0, this.bufLen));
      this.buf = grown;
    }
    this.buf.set(chunk, this.bufLen);
    this.bufLen = need;
  }

  /** Scans the bytes held followed by `chunk`, and keeps what is left (an unfinished record). */
  private read(chunk: Uint8Array, final: boolean): void {
    const scanner = this.scanner as Scanner;
    const rows = this.rows as RowReader;
    if (this.skip > 0) {
      // The BOM, passed over once: it is all there (the detector saw a byte after it, or the input ended).
      const held = Math.min(this.skip, this.bufLen);
      if (held > 0) {
        this.buf.copyWithin(0, held, this.bufLen);
        this.bufLen -= held;
      }
      const inChunk = Math.min(this.skip - held, chunk.length);
      chunk = chunk.subarray(inChunk);
      this.base += held + inChunk;
      this.skip = 0;
    }
    let data: Uint8Array;
    if (this.bufLen === 0) {
      data = chunk; // nothing held: read the caller's bytes in place
    } else {
      this.append(chunk);
      data = this.buf.subarray(0, this.bufLen);
    }
    if (!final && !this.overLimit && data.length < this.waitFor) {
      if (data === chunk) this.append(chunk);
      return;
    }
    rows.setBuffer(data, this.base);
    this.issues.byteBase = this.base;
    const consumed = scanner.scan(data, 0, data.length, final);
    this.issues.byteBase = 0;
    rows.setBuffer(EMPTY, 0);
    if (scanner.stopped || final) {
      this.state = DONE;
      this.bufLen = 0;
      return;
    }
    const rest = data.length - consumed;
    // A record longer than the bytes there were: scan again only once there are twice as many.
    this.waitFor = consumed === 0 && rest > 0 ? rest * 2 : 0;
    this.base += consumed;
    if (data === chunk) {
      this.bufLen = 0;
      if (rest > 0) this.append(chunk.subarray(consumed));
    } else {
      this.buf.copyWithin(0, consumed, this.bufLen);
      this.bufLen = rest;
    }
  }
}

const EMPTY = new Uint8Array(0);

/**
 * The default bound on the records `parse` builds from a file of `inputBytes` bytes, in estimated heap
 * bytes: 3 bytes per byte of input and 8 MiB. The records of real files take 1.5–2.6 bytes per byte
 * (第6表 1.6, 第7表 2.4, 利用者補足情報 2.6), while rows that are short for their layout (`1` on each line
 * of a 71-column 利用者基本情報: 2 bytes, about 520 as a record) would take hundreds of times their size:
 * they stop there, with `limit.records`. With the input and the process itself, `parse` then stays under
 * 4 times the input and 100 MB.
 */
export function parseRecordBudget(inputBytes: number): number {
  return 3 * inputBytes + 8 * 2 ** 20;
}

/**
 * Reads MS932 CSV bytes: bytes → text (strict) → rows with positions → records → issues, in one pass.
 * Never throws on any input. With `materialize`, builds the records and keeps their positions; with
 * `boundRecords` too, they are bounded by {@link parseRecordBudget} besides `maxRecords`. `observers` see
 * every checked row (see {@link RowObserver}).
 */
export function readBytes(
  bytes: Uint8Array,
  options: NormalizedParseOptions,
  materialize: boolean,
  injected: readonly InjectedProblem[] = [],
  boundRecords = false,
  observers: readonly RowObserver[] = [],
): ReadOutcome {
  const list = materialize ? new RecordList(bytes.length) : null;
  const budget = materialize && boundRecords ? parseRecordBudget(bytes.length) : Number.POSITIVE_INFINITY;
  const session = new ReadSession(options, list?.push ?? null, injected, budget, observers, materialize, bytes.length);
  session.write(bytes, true);
  const outcome = session.end();
  return { ...outcome, records: list?.result() ?? null };
}
