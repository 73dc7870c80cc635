import { misuse } from '../errors.js';
import { ByteSink } from '../encoding/byte-sink.js';
import { characterClass, encodeInto, formatCodePoint, normalizeEncodeOptions, type EncodeProblem } from '../encoding/encode.js';
import { IssueCollector } from '../issues/collector.js';
import type { IssueParamsMap } from '../issues/params.js';
import type { Issue } from '../issues/types.js';
import type { Kind } from '../kinds.js';
import type { NormalizedSerializeOptions } from '../options.js';
import { isQuoted, type FieldDef, type GroupDef } from '../schemas/field.js';
import { MAX_ENCODING_ISSUES_PER_FIELD } from '../parse/rows.js';
import { getLayout, VERSION_ALIASES, type Layout } from '../schemas/layouts.js';
import { checkFileName } from '../validate/file-name.js';
import { FileValidator, Position, SPAN_ESCAPED, SpanView, type RowPosition } from '../validate/file-validator.js';
import { copyPlain, fastPlan, FastRecordWriter } from './fast-writer.js';

/** What serializing gives: the file's bytes (null when they could not be produced faithfully) and issues. */
export interface SerializeOutcome {
  readonly bytes: Uint8Array | null;
  readonly issues: Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
/** Status bits of a field written by the slow path. */
const QUOTED = 1;
const UNENCODABLE = 2;

/** Whether a value of a non-free-text column must still be quoted to keep the CSV well formed. */
function needsQuotes(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === QUOTE || c === COMMA || c === 0x0d || c === 0x0a) return true;
  }
  return false;
}

/** Line ends in a value: CRLF, LF and CR each one, as the reader counts lines. */
export function lineBreaks(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && v.charCodeAt(i + 1) !== 0x0a)) n++;
  }
  return n;
}

/** What the writer needs of a layout, computed once per layout. */
interface WritePlan {
  /** Per column: 1 when the column is always quoted ({@link isQuoted}). */
  readonly quoted: Uint8Array;
}

const plans = new WeakMap<Layout, WritePlan>();

function writePlan(layout: Layout): WritePlan {
  let plan = plans.get(layout);
  if (plan === undefined) {
    plan = { quoted: Uint8Array.from(layout.fields, (f) => (isQuoted(f) ? 1 : 0)) };
    plans.set(layout, plan);
  }
  return plan;
}

/**
 * The working buffer of the last {@link serializeRecords} call, kept for the next call until the code that
 * is running now ends (the next microtask checkpoint): a loop of calls reuses one buffer, and nothing is held
 * after it. Writing into memory the process already has, instead of fresh memory, measured about 25% less
 * CPU on the 52 MB 第6表 benchmark file (no page faults, less external-memory pressure on the GC). A plain
 * reference, not a `WeakRef`: `deref()` would keep every buffer of the loop alive until its end.
 * @internal
 */
export class WorkingBuffer {
  private spare: Uint8Array | null = null;
  private dropScheduled = false;

  /**
   * The kept buffer when it holds at least `capacity` bytes, else null. Taken, not shared: a call made
   * while the taker runs (from a record's getter) finds none and allocates its own.
   */
  take(capacity: number): Uint8Array | null {
    const previous = this.spare;
    this.spare = null;
    return previous !== null && previous.length >= capacity ? previous : null;
  }

  /** Keeps `buf` for the next call until the running code ends. */
  keep(buf: Uint8Array): void {
    this.spare = buf;
    if (this.dropScheduled) return;
    this.dropScheduled = true;
    queueMicrotask(() => {
      this.spare = null;
      this.dropScheduled = false;
    });
  }

  /** The buffer kept for the next call, or null. */
  peek(): Uint8Array | null {
    return this.spare;
  }
}

/**
 * How {@link serializeRecords} writes, apart from the options: internal, for the tests and the benchmarks.
 * @internal
 */
export interface WriterInternals {
  /** The working buffer to reuse between calls (null: a fresh buffer each call). */
  readonly buffer: WorkingBuffer | null;
  /** Whether records may take the fast path (off: every record takes the general path). */
  readonly fastPath: boolean;
}

/** The internals of `serialize`: one working buffer for the process (it holds nothing once the running code ends). */
const DEFAULT_INTERNALS: WriterInternals = Object.freeze({ buffer: new WorkingBuffer(), fastPath: true });

/**
 * Writes records as a canonical MS932 CSV file: CRLF after every record, free-text columns always quoted
 * (`""` for empty ones and for a `"` inside), other columns unquoted, no BOM, no header. Each record is
 * written with the layout of its own `csvVersion` (202208 drops the three columns added in 202407). The
 * records are checked with the same validator that checks files being read, on the bytes just written.
 */
export function serializeRecords(
  kind: Kind,
  records: readonly unknown[],
  options: NormalizedSerializeOptions,
  internals: WriterInternals = DEFAULT_INTERNALS,
): SerializeOutcome {
  // About 200 bytes per 第6表 record; the sink grows when needed.
  const capacity = records.length * 200 + 1024;
  const writer = new RecordWriter(kind, options, internals.buffer?.take(capacity) ?? capacity, internals.fastPath);
  for (let r = 0; r < records.length; r++) writer.write(records[r]);
  writer.finish();
  const faithful = writer.encodable && (writer.issues.errorCount === 0 || options.allowInvalid);
  // An exact copy: `bytes.buffer` holds the file and nothing else (users post or wrap the buffer), and the
  // working buffer (which still holds bytes of this and earlier files) is never handed out.
  const bytes = faithful ? writer.sink.toBytes() : null;
  internals.buffer?.keep(writer.sink.buf);
  return writer.outcome(bytes);
}

/**
 * The working buffer `serialize` keeps for the next call, or null.
 * @internal For the tests of the reuse.
 */
export function spareBuffer(): Uint8Array | null {
  return DEFAULT_INTERNALS.buffer?.peek() ?? null;
}

/**
 * The record-by-record writer behind {@link serializeRecords} and the streaming writer: appends each record's
 * canonical bytes to {@link sink} and checks them as it goes. A streaming caller takes the written bytes
 * with {@link take} between records; issues keep their byte offsets in the whole output.
 */
export class RecordWriter {
  readonly issues: IssueCollector;
  readonly sink: ByteSink;
  /** False once a character could not be encoded (the output would not be faithful). */
  encodable = true;
  /** Records written so far. */
  records = 0;
  /**
   * Bytes handed out by {@link take} so far: the sink's position 0 is this offset of the output. The issue
   * collector adds it to every offset (as a stream reader's does with its buffer's base), so issues, and the
   * offsets the file checks keep until the end, are offsets into the output.
   */
  private get base(): number {
    return this.issues.byteBase;
  }

  private set base(value: number) {
    this.issues.byteBase = value;
  }
  private finished = false;
  private readonly validator: FileValidator;
  private readonly encodeOptions: ReturnType<typeof normalizeEncodeOptions>;
  private readonly model: Layout;
  private readonly recordKeys: ReadonlySet<string>;
  private readonly grouped: boolean;
  /** With groups: what {@link checkGroups} needs, made once (null: no group). */
  private readonly groupCheck: GroupCheck | null;
  private readonly values: unknown[];
  private readonly problems: EncodeProblem[] = [];
  /** Options and sink to measure the text before a character that was not written as-is (made when needed). */
  private measure: ReturnType<typeof normalizeEncodeOptions> | null = null;
  private measureSink: ByteSink | null = null;
  private line = 1;
  /** The 1-based line of the output the next record starts on. */
  get nextLine(): number {
    return this.line;
  }
  private readonly fieldLines: Int32Array;
  private readonly start: Int32Array;
  private readonly end: Int32Array;
  private readonly flags: Uint8Array;
  private readonly failed: Uint8Array;
  private readonly view: SpanView;
  private readonly pos: RowPosition;
  /** The version value of the previous record: the alias check and the layout lookup run only when it changes. */
  private lastVersion: string | null = null;
  private layout: Layout | null = null;
  private quoted: Uint8Array = new Uint8Array(0);
  /** The fast path (null: general path only). */
  private readonly fast: FastRecordWriter | null;
  private readonly requireUncertain: boolean;

  /**
   * @param initial - the sink's initial capacity in bytes, or a buffer to write into (its content is
   *   overwritten; the sink grows out of it when needed)
   * @param fastPath - whether records may take the fast path (internal: off in the tests that hold the
   *   two paths to the same output)
   */
  constructor(kind: Kind, options: NormalizedSerializeOptions, initial: number | Uint8Array = 65536, fastPath = true) {
    this.encodeOptions = normalizeEncodeOptions(options.encode);
    this.requireUncertain = options.requireUncertainFields;
    this.issues = new IssueCollector(options.fileName, options.locale, options.includeValues, Number.POSITIVE_INFINITY, options.severities);
    // A file name, when given, is checked against the records as it is for a file being read.
    const name = checkFileName(options.fileName, kind, this.issues);
    this.validator = new FileValidator(kind, this.issues, {
      requireUncertainFields: options.requireUncertainFields,
      fileNameMonth: name.month,
      fileNameStyle: name.style,
    });
    this.model = getLayout(kind, '202407');
    this.recordKeys = new Set(this.model.recordKeys);
    this.grouped = this.model.groups.length > 0;
    this.groupCheck = this.grouped ? groupCheckOf(this.model) : null;
    const width = this.model.fields.length;
    // Packed arrays (filled, not `new Array(n)`): element loads need no hole check (measured faster here).
    this.values = Array.from({ length: this.model.recordFields.length }, () => undefined as unknown);
    this.sink = new ByteSink(initial);
    this.fast = fastPath && !this.validator.extraFieldChecks ? new FastRecordWriter(width, this.sink) : null;
    this.fieldLines = new Int32Array(width);
    this.start = new Int32Array(width);
    this.end = new Int32Array(width);
    this.flags = new Uint8Array(width);
    this.failed = new Uint8Array(width);
    this.view = new SpanView(this.sink.buf, this.start, this.end, this.flags);
    this.pos = new Position(1, 0, 0, this.fieldLines);
  }

  /** Appends one record (any value: what is not a record object is an issue, never an exception). */
  write(rec: unknown): void {
    if (this.finished) misuse('ERR_CAREPLAN_STATE', 'RecordWriter.write', 'write after finish');
    const r = this.records++;
    const line = this.line;
    const pos = this.pos;
    const sink = this.sink;
    pos.line = line;
    pos.record = r + 1;
    pos.byteOffset = sink.pos;
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      this.issues.add('record.valueType', { line, record: r + 1 }, { actual: rec === null ? 'null' : Array.isArray(rec) ? 'array' : typeof rec });
      this.validator.records++;
      return;
    }
    const obj = rec as Record<string, unknown>;
    const model = this.model;
    const values = this.values;
    model.readRecord(obj, values);
    this.checkKeys(obj, line, r + 1);
    const version = typeof values[0] === 'string' ? values[0] : '';
    let layout = this.layout;
    if (version !== this.lastVersion || layout === null) {
      // Readers accept the alias versions (202504, 202410, 202404); a writer never emits them.
      const alias = Object.hasOwn(VERSION_ALIASES, version) ? VERSION_ALIASES[version] : undefined;
      if (alias !== undefined) {
        this.issues.add(
          'record.versionNotWritable',
          { line, record: r + 1, column: 1, field: 'csvVersion', fieldJa: 'CSVバージョン' },
          { actual: version, expected: alias },
        );
      }
      layout = this.validator.layoutFor(version, model.fields.length, pos);
      this.layout = layout;
      this.quoted = writePlan(layout).quoted;
      this.fast?.use(fastPlan(layout, this.requireUncertain, this.validator.columnChecks(layout), this.quoted));
      this.lastVersion = alias === undefined ? version : null;
    }
    const missing = layout.missingFields;
    for (let k = 0; k < missing.length; k++) {
      const f = missing[k] as FieldDef;
      const v = obj[f.key];
      if (v !== undefined && v !== '') {
        this.issues.add(
          'record.fieldNotInVersion',
          { line, record: r + 1, field: f.key, fieldJa: f.nameJa },
          { expected: layout.version },
          typeof v === 'string' ? v : undefined,
        );
      }
    }
    if (this.fast !== null && this.writeFast(this.fast, layout, line)) return;
    const fields = layout.fields;
    const recordIndex = layout.recordIndex;
    const n = recordIndex.length;
    const quoted = this.quoted;
    const { start, end, flags, failed, fieldLines } = this;
    let buf = sink.buf;
    let p = sink.pos;
    let fieldLine = line;
    pos.fieldLines = null;
    for (let i = 0; i < n; i++) {
      const raw = values[recordIndex[i] as number];
      let v = '';
      if (typeof raw === 'string') {
        v = raw;
        failed[i] = 0;
      } else if (raw === undefined) {
        failed[i] = 0;
      } else {
        // A value of the wrong type has its issue here; its column is not checked again.
        const f = fields[i] as FieldDef;
        this.issues.add(
          'record.valueType',
          { line: fieldLine, record: r + 1, column: i + 1, field: f.key, fieldJa: f.nameJa },
          { actual: raw === null ? 'null' : typeof raw },
        );
        failed[i] = 1;
      }
      // Field lines are kept only once a free text has broken the line (they all equal pos.line before).
      if (fieldLine !== line) fieldLines[i] = fieldLine;
      flags[i] = 0;
      const len = v.length;
      // Room for the comma, two quotes and the ASCII value (the encoder reserves its own).
      if (p + len + 3 > buf.length) {
        sink.pos = p;
        sink.reserve(len + 3);
        buf = sink.buf;
      }
      if (i > 0) buf[p++] = COMMA;
      // Free text is always quoted; another column only when its value would break the CSV (such a value
      // is invalid there and is reported by its check, and quoting keeps the file well formed).
      const q = quoted[i] === 1;
      if (q) buf[p++] = QUOTE;
      start[i] = p;
      // Fast path: ASCII without `"` `,` CR LF (codes, numbers, dates) is copied as it is.
      if (copyPlain(buf, p, v)) {
        p += len;
        end[i] = p;
        if (q) buf[p++] = QUOTE;
        continue;
      }
      sink.pos = p;
      const status = this.writeSpecial(v, q, i, fields[i] as FieldDef, fieldLine);
      if ((status & UNENCODABLE) !== 0) this.encodable = false;
      if ((status & QUOTED) !== 0) {
        const breaks = lineBreaks(v);
        if (breaks > 0) {
          if (fieldLine === line) {
            // The first break of the record: from here on every field's line is kept.
            for (let k = 0; k <= i; k++) fieldLines[k] = line;
            pos.fieldLines = fieldLines;
          }
          fieldLine += breaks;
        }
      }
      p = sink.pos;
      buf = sink.buf;
      end[i] = p;
      if ((status & QUOTED) !== 0) {
        if (p + 1 > buf.length) {
          sink.reserve(1);
          buf = sink.buf;
        }
        buf[p++] = QUOTE;
      }
    }
    sink.pos = p;
    sink.writeByte(0x0d);
    sink.writeByte(0x0a);
    this.line = fieldLine + 1;
    const view = this.view;
    view.count = n;
    view.bytes = sink.buf;
    this.validator.check(view, pos, failed, layout);
  }

  /**
   * The fast path: {@link FastRecordWriter.write} proves every field valid while writing it; then only the
   * record and file rules run. Returns false when the record needs the general path: the sink is back
   * where it was, and the copying of repeated values ends, since the spans are no longer the previous
   * record's.
   */
  private writeFast(fast: FastRecordWriter, layout: Layout, line: number): boolean {
    if (!fast.write(this.values, this.start, this.end, this.flags)) return false;
    this.line = line + 1;
    const view = this.view;
    view.count = layout.fields.length;
    view.bytes = this.sink.buf;
    this.pos.fieldLines = null;
    this.validator.checkPassed(view, this.pos, layout);
    return true;
  }

  /** Unknown keys (and the repeated groups' shapes) of a record. */
  private checkKeys(obj: Record<string, unknown>, line: number, record: number): void {
    const values = this.values;
    let present = 0;
    if (this.groupCheck !== null) present = checkGroups(this.model, this.groupCheck, obj, values, this.issues, line, record);
    else for (let k = 0; k < values.length; k++) if (values[k] !== undefined) present++;
    // A record with no more keys than known values present has no unknown key (cheap count first).
    let keyCount = 0;
    for (const _ in obj) keyCount++;
    if (keyCount <= present) return;
    for (const key in obj) {
      if (!this.recordKeys.has(key) && Object.hasOwn(obj, key)) {
        this.issues.add('record.unknownField', { line, record }, { detail: key });
      }
    }
  }

  /**
   * The bytes written since the last call (a copy), for a streaming writer; the sink starts again at 0.
   * Call it between records only.
   */
  take(): Uint8Array {
    const out = this.sink.toBytes();
    this.base += this.sink.pos;
    this.sink.reset();
    this.fast?.forget();
    return out;
  }

  /** Drops the bytes written since the last {@link take} (a streaming writer that has stopped emitting). */
  drop(): void {
    this.base += this.sink.pos;
    this.sink.reset();
    this.fast?.forget();
  }

  /** Ends the file: the checks of the whole file (one version, one month, file rules). Call once. */
  finish(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.records === 0) this.issues.add('file.empty', {});
    this.validator.finish();
  }

  outcome(bytes: Uint8Array | null): SerializeOutcome {
    return { bytes, issues: this.issues.issues, errorCount: this.issues.errorCount, warningCount: this.issues.warningCount };
  }

  /**
   * Writes a value that the fast path left (non-ASCII, or holding `"` `,` CR LF) at `sink.pos`, where the
   * opening quote of an always-quoted column is already written and `start[i]` is set. Returns whether the
   * value is quoted (the caller writes the closing quote).
   */
  private writeSpecial(v: string, alwaysQuoted: boolean, i: number, f: FieldDef, line: number): number {
    const sink = this.sink;
    const problems = this.problems;
    let q = alwaysQuoted;
    if (!q && needsQuotes(v)) {
      q = true;
      sink.writeByte(QUOTE);
      this.start[i] = sink.pos;
    }
    const escaped = q && v.includes('"');
    const text = escaped ? v.replaceAll('"', '""') : v;
    let status = q ? QUOTED : 0;
    if (!encodeInto(text, sink, this.encodeOptions, problems)) {
      status |= UNENCODABLE;
      this.failed[i] = 1;
    }
    if (escaped) this.flags[i] = SPAN_ESCAPED;
    if (problems.length > 0) {
      // Each character's own line and byte offset, as the reader reports them (a rare path): the written
      // text is measured again from one problem to the next, each character once. Measured with this
      // file's own options (a missing replacement is measured as 〓: the bytes are not produced then, and
      // the offset says where the character would have been).
      this.measure ??= normalizeEncodeOptions({
        variants: this.encodeOptions.variants,
        unmappable: { replacement: this.encodeOptions.replacement ?? '〓' },
        substitute: this.encodeOptions.substitutes === null ? 'none' : 'jisx0213',
      });
      const measured = (this.measureSink ??= new ByteSink(256));
      const scratch: EncodeProblem[] = [];
      let from = 0;
      let offset = this.start[i] as number;
      let at = line;
      let more = 0;
      let moreErrors = 0;
      let moreLine = 0;
      let moreOffset = 0;
      for (let k = 0; k < problems.length; k++) {
        const p = problems[k] as EncodeProblem;
        const before = text.slice(from, p.index);
        measured.pos = 0;
        encodeInto(before, measured, this.measure, scratch);
        scratch.length = 0;
        offset += measured.pos;
        at += lineBreaks(before);
        from = p.index;
        if (k < MAX_ENCODING_ISSUES_PER_FIELD) {
          reportEncode(
            this.issues,
            p,
            { line: at, record: this.pos.record, column: i + 1, field: f.key, fieldJa: f.nameJa, byteOffset: offset },
            this.encodeOptions.replacement,
          );
        } else {
          if (more === 0) {
            moreLine = at;
            moreOffset = offset;
          }
          more++;
          if (p.code === 'unmappable') moreErrors++;
        }
      }
      if (more > 0) {
        this.issues.add(
          'encoding.moreInField',
          { line: moreLine, record: this.pos.record, column: i + 1, field: f.key, fieldJa: f.nameJa, byteOffset: moreOffset },
          { actual: more, expected: MAX_ENCODING_ISSUES_PER_FIELD },
        );
        this.issues.countUnlisted(moreErrors, more - moreErrors);
      }
      problems.length = 0;
    }
    return status;
  }
}

/**
 * Checks the repeated groups of a record (an array of at most `slots` objects with known member keys) and
 * returns how many of the record's top-level keys are known and present.
 */
/**
 * What {@link checkGroups} needs of a layout with groups, made once per writer: the index (in the record's
 * values) of each key outside the groups, and each group's members as a set.
 */
interface GroupCheck {
  /** Index in the values of each key outside the groups, or null when the keys do not map one to one. */
  readonly scalars: Int32Array | null;
  readonly members: readonly ReadonlySet<string>[];
}

function groupCheckOf(layout: Layout): GroupCheck {
  const inGroup = new Uint8Array(layout.recordFields.length);
  for (const g of layout.groups) inGroup.fill(1, g.start, g.start + g.slots * g.members.length);
  const scalars: number[] = [];
  for (let i = 0; i < inGroup.length; i++) if (inGroup[i] === 0) scalars.push(i);
  // Each key outside the groups is one value of the record (in recordKeys order): check it, to be safe.
  const scalarKeys = layout.recordKeys.filter((k) => !layout.groups.some((g) => g.key === k));
  const oneToOne = scalarKeys.length === scalars.length && scalars.every((i, k) => (layout.recordFields[i] as FieldDef).key === scalarKeys[k]);
  return { scalars: oneToOne ? Int32Array.from(scalars) : null, members: layout.groups.map((g) => new Set(g.members)) };
}

/**
 * The shape checks of the repeated groups (an array of objects, at most `slots` items, no unknown member);
 * returns how many of the record-model keys are present. `values` are the record's values as read by
 * `readRecord` (a key outside the groups is present exactly when its value is not undefined).
 */
function checkGroups(
  layout: Layout,
  check: GroupCheck,
  obj: Record<string, unknown>,
  values: readonly unknown[],
  issues: IssueCollector,
  line: number,
  record: number,
): number {
  let present = 0;
  const scalars = check.scalars;
  if (scalars !== null) {
    for (let k = 0; k < scalars.length; k++) if (values[scalars[k] as number] !== undefined) present++;
  } else {
    for (const key of layout.recordKeys) if (!isGroupKey(layout, key) && obj[key] !== undefined) present++;
  }
  const groups = layout.groups;
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi] as GroupDef;
    const value = obj[g.key];
    if (value === undefined) continue;
    present++;
    if (Array.isArray(value) && value.length <= g.slots) {
      // The common case: an array of plain objects with known members only.
      const members = check.members[gi] as ReadonlySet<string>;
      let fine = true;
      for (let i = 0; i < value.length && fine; i++) {
        const item: unknown = value[i];
        if (item === null || typeof item !== 'object' || Array.isArray(item)) fine = false;
        else {
          // Own enumerable keys, as Object.keys gives them, without its array per item.
          for (const k in item) if (!members.has(k) && Object.hasOwn(item, k)) fine = false;
        }
      }
      if (fine) continue;
    }
    groupIssues(layout, g, check.members[gi] as ReadonlySet<string>, value, issues, line, record);
  }
  return present;
}

function isGroupKey(layout: Layout, key: string): boolean {
  return layout.groups.some((g) => g.key === key);
}

/** The issues of a group that is not an array of at most `slots` objects with known members only. */
function groupIssues(
  layout: Layout,
  g: GroupDef,
  members: ReadonlySet<string>,
  value: unknown,
  issues: IssueCollector,
  line: number,
  record: number,
): void {
  const first = layout.recordFields[g.start] as FieldDef;
  const at = { line, record, column: first.no, field: g.key, fieldJa: first.nameJa };
  if (!Array.isArray(value)) {
    issues.add('record.valueType', at, { actual: value === null ? 'null' : typeof value });
    return;
  }
  if (value.length > g.slots) issues.add('record.groupTooLong', at, { expected: g.slots, actual: value.length });
  value.forEach((item: unknown, i) => {
    if (i >= g.slots) return;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      issues.add(
        'record.valueType',
        { ...at, field: `${g.key}[${i}]` },
        { actual: item === null ? 'null' : Array.isArray(item) ? 'array' : typeof item },
      );
      return;
    }
    for (const k of Object.keys(item)) {
      if (!members.has(k)) issues.add('record.unknownField', { line, record }, { detail: `${g.key}[${i}].${k}` });
    }
  });
}

/** The issue of an encoder problem: its code and that code's params. */
export type EncodeIssue = {
  readonly [C in EncodeIssueCode]: { readonly code: C; readonly params: IssueParamsMap[C] };
}[EncodeIssueCode];
type EncodeIssueCode = 'encoding.converted' | 'encoding.replaced' | 'encoding.unmappable' | 'encoding.substituted';

/**
 * The issue code and params of an encoder problem (`replacement`: the caller's replacement text). The
 * character's code point (and for `converted` the one written instead) only with `includeValues`;
 * otherwise its class (`detail`, see {@link characterClass}): its place is the issue's location.
 */
export function encodeProblemIssue(p: EncodeProblem, replacement: string | null, includeValues: boolean): EncodeIssue {
  const detail = characterClass(p.codePoint);
  const codePoint = formatCodePoint(p.codePoint);
  if (p.code === 'converted') {
    return { code: 'encoding.converted', params: includeValues ? { detail, codePoint, to: formatCodePoint(p.to ?? 0) } : { detail } };
  }
  if (p.code === 'substituted') {
    return { code: 'encoding.substituted', params: includeValues ? { codePoint, to: formatCodePoint(p.to ?? 0) } : {} };
  }
  if (p.code === 'replaced') {
    const to = Array.from(replacement ?? '', (ch) => formatCodePoint(ch.codePointAt(0) ?? 0)).join(' ');
    return { code: 'encoding.replaced', params: includeValues ? { detail, codePoint, to } : { detail, to } };
  }
  return { code: 'encoding.unmappable', params: includeValues ? { detail, codePoint } : { detail } };
}

function reportEncode(
  issues: IssueCollector,
  p: EncodeProblem,
  at: { line: number; record: number; column: number; field: string; fieldJa: string; byteOffset: number | null },
  replacement: string | null,
): void {
  const issue = encodeProblemIssue(p, replacement, issues.includeValues);
  issues.add(issue.code, at, issue.params);
}
