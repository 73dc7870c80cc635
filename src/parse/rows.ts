/**
 * From token rows to checked rows and records: the part of reading that the whole-buffer and the
 * streaming reader share, row by row.
 * @module
 */
import { countDuplicateCodes, firstUnusualMs932 } from '../encoding/canonical.js';
import { firstInvalidMs932 } from '../encoding/decode.js';
import type { IssueCollector, IssueLocation } from '../issues/collector.js';
import type { IssueParamsMap } from '../issues/params.js';
import type { FieldDef } from '../schemas/field.js';
import { getLayout, kindVersions, type Layout } from '../schemas/layouts.js';
import { fieldText, Position, spanEquals, SpanView, type FileValidator, type RowPosition, type RowView } from '../validate/file-validator.js';
import { CanonicalTally } from './canonical.js';
import { FIELD_CONTROL, FIELD_ESCAPED_QUOTES, FIELD_MALFORMED, FIELD_QUOTED, type RowSpans, type ScannedRow, type TokenProblem } from './tokenize.js';

const TOKEN_CODES = {
  unterminatedQuote: 'csv.unterminatedQuote',
  quoteInUnquotedField: 'csv.quoteInUnquotedField',
  textAfterClosingQuote: 'csv.textAfterClosingQuote',
  emptyLine: 'csv.emptyLine',
  recordTooLong: 'limit.recordBytes',
} as const;

/**
 * A problem found before reading, at a byte offset of the bytes being read: characters of a string input
 * that MS932 could not hold (written as 〓) or that were converted. Reported at their record and field.
 */
export type InjectedProblem = {
  readonly [C in 'encoding.unmappable' | 'encoding.converted']: { readonly offset: number; readonly code: C; readonly params: IssueParamsMap[C] };
}['encoding.unmappable' | 'encoding.converted'];

/** Codes of the issues of a field reported once its record's number is known. */
type DeferredCode =
  | 'encoding.invalidBytes'
  | 'encoding.userDefinedChar'
  | 'encoding.unmappable'
  | 'encoding.converted'
  | 'encoding.moreInField'
  | 'limit.fieldBytes';

/** An issue of a field waiting for its record's number: its code, with that code's params. */
type DeferredIssue = {
  readonly [C in DeferredCode]: {
    readonly code: C;
    readonly field: number;
    readonly line: number;
    readonly offset: number;
    readonly params: IssueParamsMap[C];
    /** For `encoding.moreInField`: the errors and warnings it sums up (counted, not listed). */
    readonly unlisted?: readonly [number, number];
  };
}[DeferredCode];

/**
 * Receives each record read, with where it is: its 1-based number, the line and the byte offset (in the
 * file) where it starts, and the index in the issue list and the error count before its issues.
 */
export type RecordSink = (
  record: Record<string, unknown>,
  recordNumber: number,
  line: number,
  byteOffset: number,
  issuesFrom: number,
  errorsBefore: number,
) => void;

/**
 * A row the reader has checked, as its observers see it (one object, reused: valid only during the call).
 * The spans of `view` are those of the buffer being read.
 */
export interface CheckedRow {
  /** The layout the row was read with (by its CSVバージョン; see `FileValidator.layoutFor`). */
  layout: Layout;
  view: RowView;
  /** 1-based record number. */
  record: number;
  /** 1-based physical line where the record starts. */
  line: number;
  /** Byte offset in the file where the record starts. */
  byteOffset: number;
  /** Per field: 0 sound before the field checks, else it failed syntax, encoding or its length limit. */
  failed: Uint8Array;
  /** The issues: the row's own are those from `issuesFrom` (its errors: `errorCount - errorsBefore`). */
  issues: IssueCollector;
  issuesFrom: number;
  errorsBefore: number;
}

/**
 * Follows the reading of a file (see `ReadSession`): each checked row, in file order, after its checks.
 * `parse` builds its records in one ({@link RecordBuilder} in records.ts); the send-unit checks read
 * their key fields in another.
 */
export interface RowObserver {
  row(r: CheckedRow): void;
  /** A record was dropped unread (an unterminated quote, a record over `maxRecordBytes`). */
  dropped?(): void;
  /** A new buffer is about to be read: spans of the previous one mean nothing in it. */
  newBuffer?(): void;
  /** Estimated heap bytes held, counted in the reader's record budget. */
  readonly heapBytes?: number;
}

/** Limits checked row by row. */
export interface RowLimits {
  readonly maxFieldBytes: number;
  readonly maxRecordBytes: number;
  readonly maxRecords: number;
}

/** Field state in `failed`: checked (0), failed (1), too long and not checked at all (2). */
const TOO_LONG = 2;

/** Whether a field's bytes hold `,`, CR or LF (a value that must be quoted; `""` pairs are flagged apart). */
function needsQuotes(bytes: Uint8Array, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const b = bytes[k];
    if (b === 0x2c || b === 0x0d || b === 0x0a) return true;
  }
  return false;
}

/**
 * Encoding issues listed per field (a run of adjacent bad sequences of one kind is one issue); the field's
 * further ones are summed up in one `encoding.moreInField` warning and only counted (in `errorCount` and
 * `warningCount`), so that a field of bad bytes cannot flood the issue list.
 */
export const MAX_ENCODING_ISSUES_PER_FIELD = 10;

/**
 * The physical line of `offset`, counting the line breaks of `bytes[from, offset)` from `line` (the line
 * of `from`). Callers move `from` forward as they go, so that each byte is counted once.
 */
function lineAt(bytes: Uint8Array, from: number, offset: number, line: number): number {
  for (let i = from; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/** What observers see of the current row (one per reader, reused; a class: see {@link SpanView}). */
class Checked implements CheckedRow {
  record = 0;
  line = 0;
  byteOffset = 0;
  issuesFrom = 0;
  errorsBefore = 0;
  constructor(
    public layout: Layout,
    public view: RowView,
    public failed: Uint8Array,
    public issues: IssueCollector,
  ) {}
}

/**
 * Turns token rows into checked rows (and records), and token problems into issues. The bytes are
 * those of the buffer being scanned ({@link setBuffer}); offsets are relative to it, and the collector
 * adds the buffer's offset in the file.
 */
export class RowReader {
  private bytes: Uint8Array = new Uint8Array(0);
  private base = 0;
  private failed = new Uint8Array(64);
  /** Whether every entry of {@link failed} is 0 (ordinary rows then leave it as it is). */
  private failedClean = true;
  /** Encoding issues listed per field of the current row (only set for fields that have some). */
  private encodingListed = new Uint16Array(64);
  /** Unattached injected problems: the line of {@link unattachedFrom} (they come in offset order). */
  private unattachedFrom = 0;
  private injectedBytes: Uint8Array = new Uint8Array(0);
  private unattachedLine = 1;
  private pending: TokenProblem[] = [];
  private deferred: DeferredIssue[] = [];
  private nextInjected = 0;
  private first = true;
  private lastLayout: Layout | null = null;
  private readonly pos: RowPosition = new Position(0, 0, 0, null);
  /** Deviations from the canonical form, reported at the end ({@link flushCanonical}). */
  private readonly canonical = new CanonicalTally();
  private readonly view: SpanView;
  /** What observers see of the row being read (one object, reused). */
  private readonly checked: CheckedRow;
  /** Called when reading must stop (set by the owner of the scanner). */
  stop: () => void = () => {};
  /**
   * Called before each row (when set): true stops reading there (the guard reports why and calls
   * {@link stop}). The owner's deadline, abort and `maxErrors` checks.
   */
  guard: ((row: RowSpans) => boolean) | null = null;
  /**
   * Set by the owner when its scanner checks MS932 on its way (a table of code classes given): the rows'
   * `firstUnusual` is then used instead of a second scan of the row.
   */
  scannedMs932 = false;
  /** Most encoding issues held at once for one field (for tests: bounded by MAX_ENCODING_ISSUES_PER_FIELD). */
  heldProblemsPeak = 0;

  constructor(
    private readonly validator: FileValidator,
    private readonly issues: IssueCollector,
    private readonly observers: readonly RowObserver[],
    private readonly skipHeader: boolean,
    private readonly limits: RowLimits,
    private readonly injected: readonly InjectedProblem[] = [],
    /**
     * Most heap bytes the observers may hold, estimated (their `heapBytes`: the records built, their
     * strings and positions): past it, the next record gets `limit.records` (`detail: 'memory'`) and
     * reading stops.
     */
    private readonly recordBudget = Number.POSITIVE_INFINITY,
  ) {
    const none = new Int32Array(0);
    this.view = new SpanView(this.bytes, none, none, new Uint8Array(0));
    this.checked = new Checked(getLayout(validator.kind, '202407'), this.view, this.failed, issues);
  }

  /** Estimated heap bytes the observers hold. */
  private held(): number {
    let n = 0;
    for (const o of this.observers) n += o.heapBytes ?? 0;
    return n;
  }

  /** The buffer the scanner is about to read (row offsets are relative to it) and its offset in the file. */
  setBuffer(bytes: Uint8Array, base: number): void {
    for (const o of this.observers) o.newBuffer?.();
    this.bytes = bytes;
    this.view.bytes = bytes;
    this.base = base;
    // Injected problems come only with a whole buffer (string input): it is kept for those reported after
    // the last row (by then the scanner has let go of the buffer).
    if (this.injected.length > 0 && bytes.length > 0) this.injectedBytes = bytes;
  }

  readonly onProblem = (p: TokenProblem): void => {
    if (p.code === 'unterminatedQuote') {
      // The record is dropped: faults found earlier in it are reported now, with no record number.
      this.flushProblems(null);
    }
    if (p.code === 'recordTooLong' || p.code === 'unterminatedQuote') for (const o of this.observers) o.dropped?.();
    if (p.code === 'recordTooLong') {
      // Dropped unread: only the record's place (its faults are not reported).
      this.issues.add(
        'limit.recordBytes',
        { line: p.line, byteOffset: p.byteOffset },
        p.field < 0 ? { expected: this.limits.maxRecordBytes } : { expected: this.limits.maxRecordBytes, detail: 'openQuote' },
      );
    } else if (p.field < 0 || p.code === 'unterminatedQuote') {
      // No row follows for these: report them now, at their own line. The dropped record's columns are
      // named after the layout of the previous row (of 202407 before the first row).
      const f = p.field < 0 ? undefined : (this.lastLayout ?? getLayout(this.validator.kind, '202407')).fields[p.field];
      this.issues.add(TOKEN_CODES[p.code], {
        line: p.line,
        column: p.field < 0 ? null : p.field + 1,
        field: f?.key ?? null,
        fieldJa: f?.nameJa ?? null,
        byteOffset: p.byteOffset,
      });
    } else {
      this.pending.push(p);
    }
  };

  /**
   * Reports token problems of the row just read, with the row's record number and field names; with
   * `layout` null (a dropped record), with no record number and fields named as for an unterminated quote.
   */
  flushProblems(layout: Layout | null, record: number | null = null): void {
    if (this.pending.length === 0) return;
    for (const p of this.pending) {
      const f = (layout ?? this.lastLayout ?? getLayout(this.validator.kind, '202407')).fields[p.field];
      this.issues.add(TOKEN_CODES[p.code], {
        line: p.line,
        record,
        column: p.field + 1,
        field: f?.key ?? null,
        fieldJa: f?.nameJa ?? null,
        byteOffset: p.byteOffset,
      });
    }
    this.pending = [];
  }

  readonly onRow = (row: ScannedRow): void => {
    if (this.guard?.(row)) {
      this.pending = [];
      return;
    }
    if (this.validator.records >= this.limits.maxRecords || (this.recordBudget !== Number.POSITIVE_INFINITY && this.held() > this.recordBudget)) {
      // One record too many: it is not read, and reading stops.
      this.pending = [];
      const byCount = this.validator.records >= this.limits.maxRecords;
      this.issues.add(
        'limit.records',
        { line: row.line, byteOffset: row.byteOffset },
        byCount ? { expected: this.limits.maxRecords } : { expected: this.validator.records, detail: 'memory' },
      );
      this.stop();
      return;
    }
    const bytes = this.bytes;
    const n = row.count;
    const view = this.view;
    view.count = n;
    view.start = row.start;
    view.end = row.end;
    view.flags = row.flags;
    if (this.failed.length < n) {
      this.checked.failed = this.failed = new Uint8Array(n * 2);
      this.failedClean = true;
      this.encodingListed = new Uint16Array(n * 2);
    }
    const failed = this.failed;
    const maxField = this.limits.maxFieldBytes;
    let tooLong = false;
    const quoted = row.quotedFields;
    if ((row.flagsOr & FIELD_MALFORMED) === 0 && row.endOffset - row.byteOffset <= maxField) {
      // The common row: no field is malformed, and none can be longer than the whole record.
      if (!this.failedClean) {
        failed.fill(0);
        this.failedClean = true;
      }
    } else {
      this.failedClean = false;
      for (let i = 0; i < n; i++) {
        failed[i] = (row.flags[i] as number) & FIELD_MALFORMED ? 1 : 0;
        if ((row.end[i] as number) - (row.start[i] as number) > maxField) {
          failed[i] = TOO_LONG;
          tooLong = true;
        }
      }
    }
    // A double-byte character never spans a delimiter (trail bytes are never `"`, `,`, CR or LF), so the
    // row is valid MS932 exactly when every field is: one scan of the row settles the common case (valid,
    // and every character written with its canonical code).
    // The scanner found it on its way, unless a field is malformed (bytes after a closing quote are not
    // looked at then) or it was given no table of code classes.
    const unusual =
      (row.flagsOr & FIELD_MALFORMED) === 0 && this.scannedMs932 ? row.firstUnusual : firstUnusualMs932(bytes, row.byteOffset, row.endOffset);
    const invalidAt = unusual < 0 ? -1 : firstInvalidMs932(bytes, unusual, row.endOffset);
    if (invalidAt >= 0 || this.nextInjected < this.injected.length) this.encodingListed.fill(0, 0, n);
    if (invalidAt >= 0) {
      for (let i = 0; i < n; i++) {
        if (failed[i] === TOO_LONG) {
          this.fieldTooLong(row, i);
          continue;
        }
        const s = row.start[i] as number;
        const e = row.end[i] as number;
        if (e <= invalidAt) continue;
        const first = firstInvalidMs932(bytes, Math.max(s, invalidAt), e);
        if (first >= 0) {
          this.encodingIssues(row, i, first);
          failed[i] = 1;
          this.failedClean = false;
        }
      }
    } else if (tooLong) {
      for (let i = 0; i < n; i++) if (failed[i] === TOO_LONG) this.fieldTooLong(row, i);
    }
    if (this.nextInjected < this.injected.length) this.attachInjected(row);
    const version = this.versionText(view);
    if (this.first) {
      this.first = false;
      // Without skipHeader, a header line is one file.headerRow, not an error per column; the records after
      // it are read as usual.
      if (this.isHeader(view, version)) {
        if (this.skipHeader) this.issues.add('csv.headerSkipped', { line: row.line, byteOffset: row.byteOffset });
        else this.issues.addHinted('file.headerRow', { line: row.line, byteOffset: row.byteOffset }, 'headerRow', null);
        this.pending = [];
        this.deferred = [];
        return;
      }
    }
    const pos = this.pos;
    pos.line = row.line;
    pos.record = this.validator.records + 1;
    pos.byteOffset = row.byteOffset;
    pos.fieldLines = row.fieldLine;
    const issuesFrom = this.issues.issues.length;
    const errorsBefore = this.issues.errorCount;
    this.lineEnd(row, pos.record);
    const layout = this.validator.layoutFor(version, n, pos, true);
    if (unusual >= 0) this.duplicateCodes(row, unusual, layout, pos.record);
    this.lastLayout = layout;
    // Syntax and encoding faults were found before the layout (and so the field names) was known; they come
    // first, in file order, then the row's checks.
    this.flushProblems(layout, pos.record);
    this.emitDeferred(layout, pos.record);
    this.validator.check(view, pos, failed, layout);
    if (n === layout.fields.length) this.freeTextAndQuoting(row, layout, pos.record, quoted);
    // The per-record point: the row is checked and its issues are listed; observers see it now.
    const observers = this.observers;
    if (observers.length > 0) {
      const c = this.checked;
      c.layout = layout;
      c.record = pos.record;
      c.line = row.line;
      c.byteOffset = this.base + row.byteOffset;
      c.issuesFrom = issuesFrom;
      c.errorsBefore = errorsBefore;
      for (let k = 0; k < observers.length; k++) (observers[k] as RowObserver).row(c);
    }
  };

  /** A field longer than `maxFieldBytes`: not checked, one issue. */
  private fieldTooLong(row: RowSpans, i: number): void {
    const s = row.start[i] as number;
    const length = (row.end[i] as number) - s;
    this.deferred.push({
      code: 'limit.fieldBytes',
      field: i,
      line: row.fieldLine[i] as number,
      offset: s,
      params: { expected: this.limits.maxFieldBytes, actual: length },
    });
  }

  /**
   * Whether the first line is a header. It must have no syntax or encoding fault and the column count of a
   * layout of the kind; then it is one when it holds the column numbers `1,2,…,n` ({@link hasColumnNumbers}),
   * or, its column 1 being text that is not a version (not empty, not only digits), with `skipHeader` (a
   * header is expected) or when it names the columns ({@link hasColumnNames}). Anything else is read as a
   * record, so that a record is never skipped by mistake.
   */
  private isHeader(view: RowView, version: string): boolean {
    if (this.pending.length > 0 || this.deferred.length > 0) return false;
    const kind = this.validator.kind;
    if (!kindVersions(kind).some((v) => view.count === getLayout(kind, v).fields.length)) return false;
    if (this.hasColumnNumbers(view)) return true;
    if (version === '' || /^\d+$/.test(version)) return false;
    return this.skipHeader || this.hasColumnNames(view);
  }

  /**
   * Whether at least half of the row's values name the columns of a layout of the kind with that many
   * columns: their 日本語名称 (compared without spaces, full-width and half-width alike), as a spreadsheet
   * writes them, or the record model's keys (`insurerNumber`, `serviceTypeLimits[0].serviceTypeCode`; any
   * letter case), as a tool of ours or a flattened `to-json` writes them. Cold path: first rows only
   * ({@link isHeader}).
   */
  private hasColumnNames(view: RowView): boolean {
    const kind = this.validator.kind;
    const norm = (t: string): string => t.normalize('NFKC').replace(/\s+/g, '');
    const values: string[] = [];
    for (let i = 0; i < view.count; i++) values.push(norm(fieldText(view, i)));
    return kindVersions(kind).some((v) => {
      const fields = getLayout(kind, v).fields;
      if (fields.length !== values.length) return false;
      let same = 0;
      for (let i = 0; i < fields.length; i++) {
        const f = fields[i] as FieldDef;
        const value = values[i] as string;
        if (value === norm(f.nameJa) || value.toLowerCase() === f.key.toLowerCase()) same++;
      }
      return same * 2 >= fields.length;
    });
  }

  /**
   * Whether the row's values are the column numbers (項目No.) `1,2,…,n`. Cold path: first rows only
   * ({@link isHeader}); the first value must be `1` before any is decoded.
   */
  private hasColumnNumbers(view: RowView): boolean {
    if ((view.end[0] as number) - (view.start[0] as number) !== 1 || view.bytes[view.start[0] as number] !== 0x31) return false;
    for (let i = 0; i < view.count; i++) if (fieldText(view, i).normalize('NFKC').trim() !== String(i + 1)) return false;
    return true;
  }

  /**
   * Injected problems after the last row (inside a dropped last record). Injected problems come only with
   * a whole buffer (string input), so offsets and the buffer are those of the whole file.
   */
  flushInjected(): void {
    for (; this.nextInjected < this.injected.length; this.nextInjected++) {
      this.reportUnattached(this.injected[this.nextInjected] as InjectedProblem);
    }
  }

  /** An injected problem inside a dropped record: no record or field to name, only its line and offset. */
  private reportUnattached(p: InjectedProblem): void {
    // Injected problems come in offset order: the line is counted on from the previous one.
    this.unattachedLine = lineAt(this.injectedBytes, this.unattachedFrom, p.offset, this.unattachedLine);
    this.unattachedFrom = p.offset;
    this.issues.add(p.code, { line: this.unattachedLine, byteOffset: p.offset }, p.params);
  }

  /**
   * Injected problems inside this row go to the field that holds them (unmappable ones fail it), at most
   * {@link MAX_ENCODING_ISSUES_PER_FIELD} listed per field. They come in offset order, so the field and the
   * line are found by moving forward from the previous problem.
   */
  private attachInjected(row: RowSpans): void {
    const list = this.injected;
    let i = -1;
    let from = 0;
    let line = 0;
    let more = 0;
    let moreWarnings = 0;
    let moreLine = 0;
    let moreOffset = 0;
    while (this.nextInjected < list.length) {
      const p = list[this.nextInjected] as InjectedProblem;
      if (p.offset >= row.endOffset) break;
      this.nextInjected++;
      if (p.offset < row.byteOffset) {
        this.reportUnattached(p);
        continue;
      }
      let k = Math.max(i, 0);
      while (k + 1 < row.count && (row.start[k + 1] as number) <= p.offset) k++;
      if (k !== i) {
        if (more > 0) this.moreInField(i, moreLine, moreOffset, more - moreWarnings, moreWarnings);
        more = 0;
        moreWarnings = 0;
        i = k;
        from = row.start[i] as number;
        line = row.fieldLine[i] as number;
      }
      const at = Math.max(from, p.offset);
      line = lineAt(this.bytes, from, at, line);
      from = at;
      if (p.code === 'encoding.unmappable' && this.failed[i] === 0) {
        this.failed[i] = 1;
        this.failedClean = false;
      }
      const listed = this.encodingListed[i] as number;
      if (listed < MAX_ENCODING_ISSUES_PER_FIELD) {
        this.encodingListed[i] = listed + 1;
        this.deferred.push({ code: p.code, field: i, line, offset: p.offset, params: p.params });
      } else {
        if (more === 0) {
          moreLine = line;
          moreOffset = p.offset;
        }
        more++;
        if (p.code === 'encoding.converted') moreWarnings++;
      }
    }
    if (more > 0) this.moreInField(i, moreLine, moreOffset, more - moreWarnings, moreWarnings);
  }

  /** Encoding errors and warnings of field `i` not listed, the first at `offset` on `line`. */
  private moreInField(i: number, line: number, offset: number, errors: number, warnings: number): void {
    this.deferred.push({
      code: 'encoding.moreInField',
      field: i,
      line,
      offset,
      params: { actual: errors + warnings, expected: MAX_ENCODING_ISSUES_PER_FIELD },
      unlisted: [errors, warnings],
    });
  }

  private lastVersion = '';

  /** Column 1 as text; files repeat one value, so the previous string is reused when the bytes match. */
  private versionText(view: RowView): string {
    const s = view.start[0] ?? 0;
    const e = view.end[0] ?? 0;
    if (spanEquals(view.bytes, s, e, this.lastVersion) && ((view.flags[0] ?? 0) & FIELD_ESCAPED_QUOTES) === 0) return this.lastVersion;
    this.lastVersion = fieldText(view, 0);
    return this.lastVersion;
  }

  /**
   * Free text: a non-empty one without quotes is a warning, an empty one without quotes is a deviation from
   * the canonical form (`""`), control characters are a warning. Other columns: quotes that the value does
   * not need are a deviation (`quoted`: the number of quoted fields of the row).
   */
  private freeTextAndQuoting(row: RowSpans, layout: Layout, record: number, quoted: number): void {
    const bytes = this.bytes;
    const failed = this.failed;
    let quotedFree = 0;
    let quoting = 0;
    let firstQuoting = -1;
    for (const i of this.validator.freeTextColumns(layout)) {
      const flags = row.flags[i] as number;
      const s = row.start[i] as number;
      const e = row.end[i] as number;
      if ((flags & FIELD_QUOTED) !== 0) {
        quotedFree++;
      } else if (s === e) {
        quoting++;
        if (firstQuoting < 0 || i < firstQuoting) firstQuoting = i;
        continue;
      }
      if (failed[i] !== 0) continue;
      if ((flags & (FIELD_QUOTED | FIELD_MALFORMED)) === 0) {
        this.issues.add('csv.unquotedFreeText', this.fieldAt(row, layout, record, i, s));
      }
      // NUL, ESC and the other C0 controls (TAB and line breaks aside; never trail bytes), flagged by the scan.
      if ((flags & FIELD_CONTROL) !== 0) {
        let controls = 0;
        let first = -1;
        for (let k = s; k < e; k++) {
          const b = bytes[k] as number;
          if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && controls++ === 0) first = k;
        }
        const at = this.fieldAt(row, layout, record, i, first);
        this.issues.add('field.controlChar', at, { actual: controls }, this.issues.includeValues ? fieldText(this.view, i) : undefined);
      }
    }
    if (quoted > quotedFree) {
      // A column that is not free text in quotes: a deviation unless the value holds `"`, `,` or a line break.
      const free = this.validator.freeTextColumns(layout);
      for (let i = 0; i < row.count; i++) {
        const flags = row.flags[i] as number;
        if ((flags & FIELD_QUOTED) === 0 || free.includes(i)) continue;
        if ((flags & (FIELD_MALFORMED | FIELD_ESCAPED_QUOTES)) !== 0 || needsQuotes(bytes, row.start[i] as number, row.end[i] as number)) continue;
        quoting++;
        if (firstQuoting < 0 || i < firstQuoting) firstQuoting = i;
      }
    }
    if (quoting > 0) {
      const i = firstQuoting;
      this.canonical.add('csv.quoting', quoting, () => this.inFile(this.fieldAt(row, layout, record, i, row.start[i] as number)));
    }
  }

  /**
   * A location kept for the end of the file: its offset in the file (the collector adds the buffer's offset
   * only to issues added while the buffer is scanned).
   */
  private inFile(at: IssueLocation): IssueLocation {
    return { ...at, byteOffset: (at.byteOffset as number) + this.base };
  }

  /** The place of byte `offset` (in the buffer) inside field `i` of the row, as an issue location. */
  private fieldAt(row: RowSpans, layout: Layout, record: number, i: number, offset: number): IssueLocation {
    const f = layout.fields[i] as FieldDef | undefined;
    const start = row.start[i] as number;
    const line = row.fieldLine[i] as number;
    return {
      line: offset === start ? line : lineAt(this.bytes, start, offset, line),
      record,
      column: i + 1,
      field: f?.key ?? null,
      fieldJa: f?.nameJa ?? null,
      byteOffset: offset,
    };
  }

  /** The record's line end: CRLF is canonical; LF, a lone CR or none (the last record) are counted. */
  private lineEnd(row: RowSpans, record: number): void {
    const bytes = this.bytes;
    const e = row.endOffset;
    const last = bytes[e - 1];
    if (last === 0x0a && bytes[e - 2] === 0x0d) return;
    const n = row.count - 1;
    const at = (offset: number) => (): IssueLocation => ({
      line: lineAt(bytes, row.start[n] as number, offset, row.fieldLine[n] as number),
      record,
      byteOffset: this.base + offset,
    });
    if (last === 0x0a || last === 0x0d) this.canonical.lineBreak(last === 0x0a, at(e - 1));
    else this.canonical.add('csv.finalLineBreak', 1, at(e));
  }

  /** Duplicate MS932 codes of the row, from `from` (a character boundary) on. */
  private duplicateCodes(row: RowSpans, from: number, layout: Layout, record: number): void {
    let first = -1;
    const n = countDuplicateCodes(this.bytes, from, row.endOffset, (offset) => {
      if (first < 0) first = offset;
    });
    if (n === 0) return;
    this.canonical.add('encoding.nonCanonical', n, () => {
      let i = 0;
      while (i + 1 < row.count && (row.start[i + 1] as number) <= first) i++;
      return this.inFile(this.fieldAt(row, layout, record, i, first));
    });
  }

  /** Reports the deviations from the canonical form, one `info` issue per kind. Call once, at the end. */
  flushCanonical(): void {
    this.canonical.report(this.issues);
  }

  /**
   * The encoding issues of field `i`, whose first bad byte is at `first`, in one pass over the field: a run
   * of adjacent bad sequences of one kind (invalid bytes, or 外字) is one issue, at most
   * {@link MAX_ENCODING_ISSUES_PER_FIELD} are listed, and the rest are counted in one `encoding.moreInField`.
   * The bad sequences are those `decodeRange` reports: a lead byte with a trail byte that could
   * follow it is two bytes (外字 when the lead is F0–F9), anything else one.
   */
  private encodingIssues(row: RowSpans, i: number, first: number): void {
    const bytes = this.bytes;
    const end = row.end[i] as number;
    let from = row.start[i] as number;
    let line = row.fieldLine[i] as number;
    let more = 0;
    let moreLine = 0;
    let moreOffset = 0;
    let at = first;
    while (at >= 0) {
      const userDefined = badLength(bytes, at, end) < 0;
      let runEnd = at + Math.abs(badLength(bytes, at, end));
      let next = firstInvalidMs932(bytes, runEnd, end);
      while (next === runEnd) {
        const len = badLength(bytes, next, end);
        if (len < 0 !== userDefined) break;
        runEnd += Math.abs(len);
        next = firstInvalidMs932(bytes, runEnd, end);
      }
      line = lineAt(bytes, from, at, line);
      from = at;
      const listed = this.encodingListed[i] as number;
      if (listed < MAX_ENCODING_ISSUES_PER_FIELD) {
        this.encodingListed[i] = listed + 1;
        this.deferred.push(
          userDefined
            ? { code: 'encoding.userDefinedChar', field: i, line, offset: at, params: {} }
            : { code: 'encoding.invalidBytes', field: i, line, offset: at, params: { actual: runEnd - at } },
        );
      } else {
        if (more === 0) {
          moreLine = line;
          moreOffset = at;
        }
        more++;
      }
      at = next;
    }
    if (more > 0) this.moreInField(i, moreLine, moreOffset, more, 0);
    const held = this.encodingListed[i] as number;
    if (held > this.heldProblemsPeak) this.heldProblemsPeak = held;
  }

  private emitDeferred(layout: Layout, record: number): void {
    if (this.deferred.length === 0) return;
    for (const d of this.deferred) {
      const f = layout.fields[d.field];
      this.issues.add(
        d.code,
        { line: d.line, record, column: d.field + 1, field: f?.key ?? null, fieldJa: f?.nameJa ?? null, byteOffset: d.offset },
        d.params,
      );
      if (d.unlisted !== undefined) this.issues.countUnlisted(d.unlisted[0], d.unlisted[1]);
    }
    this.deferred = [];
  }
}

/**
 * The length of the bad sequence at `at` (the first byte of `bytes[at, end)` that is not MS932): 2 when
 * it is a lead byte followed by a byte that could be a trail byte, negative (-2) when that is 外字
 * (F040–F9FC), else 1 — as `decodeRange` reports it.
 */
function badLength(bytes: Uint8Array, at: number, end: number): number {
  const b = bytes[at] as number;
  if (at + 1 < end && ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc))) {
    const t = bytes[at + 1] as number;
    if (t >= 0x40 && t <= 0xfc && t !== 0x7f) return b >= 0xf0 && b <= 0xf9 ? -2 : 2;
  }
  return 1;
}
