import { decodeSpan } from '../encoding/decode.js';
import { formatCodePoint } from '../encoding/encode.js';
import { scanOutsideJisX0213 } from '../encoding/jisx0213.js';
import type { IssueCollector, IssueLocation } from '../issues/collector.js';
import { KIND_INFO, KINDS } from '../kinds.js';
import type { FieldDef, GroupDef } from '../schemas/field.js';
import {
  getLayout,
  hasLayout,
  kindVersions,
  VERSION_ALIASES,
  applicableVersion,
  type CsvVersion,
  type Layout,
  type SupportedKind,
} from '../schemas/layouts.js';
import { compileColumn, repairValue, type ColumnCheck, type FieldIssue } from './field-checks.js';
import { FILE_RULES, RECORD_RULES, type BoundRule, type FileRule, type RuleFinding, type RuleRow } from './rules/index.js';

/** The issue of an empty required field. */
const REQUIRED: FieldIssue = { code: 'field.required' };
/** The issue of an empty field whose 必須 mark is uncertain (reported when the profile turns it on). */
const REQUIRED_UNCERTAIN: FieldIssue = { code: 'field.requiredUncertain' };
/** `2400` in an end-time column (see PROFILE_RULES: the 3表 time axis runs to 24:00). */
const TIME_2400: FieldIssue = { code: 'field.time2400' };

/**
 * Lengths printed in the spec where the project reads a longer one (docs/uncertain.md: rows 14–18 of the
 * 第7表 layout are jumbled, and the largest candidate, 6, is accepted). `field.lengthAsPrinted` (profile
 * `strict`) holds values to these. Kind → field key → printed 項目長.
 */
const PRINTED_LENGTHS: { readonly [kind: string]: { readonly [key: string]: number } } = {
  table7: { discountRate: 5, serviceUnitsOrAmount: 5 },
};

/** End-time columns, where `2400` is the end of the day (`field.time2400`). */
const END_TIME = /^(?:e|.*E)ndTime$/;

/** Field flag: the span holds `""` pairs standing for one `"` (same bit as the tokenizer's). */
export const SPAN_ESCAPED = 2;

/**
 * One row as byte spans of MS932 bytes: what the tokenizer produces for a file being read, and what the
 * serializer builds over the bytes it has just written.
 */
export interface RowView {
  readonly bytes: Uint8Array;
  readonly count: number;
  readonly start: ArrayLike<number>;
  readonly end: ArrayLike<number>;
  /** Per-field flags; only {@link SPAN_ESCAPED} is read here. */
  readonly flags: ArrayLike<number>;
}

/** Where the current row is. */
export interface RowPosition {
  /** 1-based physical line where the row starts. */
  line: number;
  /** 1-based record number. */
  record: number;
  byteOffset: number | null;
  /** Physical line of each field's start (index = CSV field index), when known. */
  fieldLines: ArrayLike<number> | null;
}

/*
 * The reader's and the serializer's per-file state is made of class instances rather than object literals.
 * V8 may pretenure an object literal's allocation site (allocate its objects in the old generation) once
 * many of them survive a scavenge; a pretenured per-file literal that points to young objects keeps them
 * alive through every scavenge until the next full collection. Measured on a batch of 10,000 small files:
 * the literals of this state (the rules' view of a row, the checked row, its position and spans) were
 * pretenured, and 84 MB were promoted every 20 scavenges (35% of what was allocated); with class instances
 * and the reused lists of {@link spareLists}, 1–22 MB (0.2–7%: `bench/batch-gc.mjs`). Both the reader and
 * the serializer use these two classes, so that the validator reads rows of one shape.
 */

/** A row's spans as the validator reads them: one per reader or serializer, reused row after row. */
export class SpanView implements RowView {
  count = 0;
  constructor(
    public bytes: Uint8Array,
    public start: Int32Array,
    public end: Int32Array,
    public flags: Uint8Array,
  ) {}
}

/** Where the current row is: one per reader or serializer, reused row after row. */
export class Position implements RowPosition {
  constructor(
    public line: number,
    public record: number,
    public byteOffset: number | null,
    public fieldLines: ArrayLike<number> | null,
  ) {}
}

export interface FileValidatorOptions {
  readonly requireUncertainFields: boolean;
  /** The YYYYMM segment of the file name, when a file name was given and has one. */
  readonly fileNameMonth: string | null;
  /** The style of the file name, when a file name was given. */
  readonly fileNameStyle: 'v4' | 'v3' | null;
  /** Warn per character outside JIS X 0213 (`encoding.outsideJisX0213`). Default false. */
  readonly checkJisX0213?: boolean;
}

/** A layout compiled for checking: per-column checks and the column index of each key. */
interface CompiledLayout {
  readonly layout: Layout;
  readonly fields: readonly FieldDef[];
  readonly checks: readonly ColumnCheck[];
  readonly required: readonly boolean[];
  /** Columns whose 必須 mark is uncertain and that this reading does not require. */
  readonly uncertain: readonly boolean[];
  /** The printed 項目長 where it is shorter than the one checked (0: none). */
  readonly printed: readonly number[];
  /** End-time columns. */
  readonly endTime: readonly boolean[];
  readonly index: ReadonlyMap<string, number>;
  readonly monthIndex: number;
  /** The kind's record rules bound to this layout (those that apply to it). */
  readonly rules: readonly BoundRule[];
  /** Indexes of the free-text columns. */
  readonly freeText: readonly number[];
}

/** Compiled layouts, per layout object and per reading of the uncertain requirements. */
const compiledCache = [new WeakMap<Layout, CompiledLayout>(), new WeakMap<Layout, CompiledLayout>()] as const;

function compile(layout: Layout, requireUncertain: boolean): CompiledLayout {
  const cache = compiledCache[requireUncertain ? 1 : 0];
  let c = cache.get(layout);
  if (!c) {
    const index = new Map<string, number>();
    layout.fields.forEach((f, i) => {
      index.set(f.key, i);
    });
    c = {
      layout,
      fields: layout.fields,
      checks: layout.fields.map(compileColumn),
      required: layout.fields.map((f) => f.required === 'required' || (requireUncertain && f.required === 'uncertain')),
      uncertain: layout.fields.map((f) => !requireUncertain && f.required === 'uncertain'),
      printed: layout.fields.map((f) => PRINTED_LENGTHS[layout.kind]?.[f.key] ?? 0),
      endTime: layout.fields.map((f) => f.type === 'time' && END_TIME.test(f.key)),
      index,
      monthIndex: layout.monthKey === null ? -1 : (index.get(layout.monthKey) ?? -1),
      rules: RECORD_RULES[layout.kind].flatMap((rule) => rule.bind(layout) ?? []),
      freeText: layout.fields.flatMap((f, i) => (f.type === 'freeText' ? [i] : [])),
    };
    cache.set(layout, c);
  }
  return c;
}

/** The text of field `i` of a row (`""` collapsed). */
export function fieldText(row: RowView, i: number): string {
  return spanText(row.bytes, row.start[i] as number, row.end[i] as number, ((row.flags[i] as number) & SPAN_ESCAPED) !== 0);
}

/** The text of the field `bytes[s, e)` as the tokenizer gave it (`escaped`: its `""` collapsed to `"`). */
export function spanText(bytes: Uint8Array, s: number, e: number, escaped: boolean): string {
  if (s === e) return '';
  const t = decodeSpan(bytes, s, e, null);
  return escaped ? t.replaceAll('""', '"') : t;
}

/**
 * The one kind other than `kind` with a layout of `count` columns (in any supported version), or null when
 * none or more than one has (4 columns fit most delete files: no reading).
 */
function otherKindFor(kind: SupportedKind, count: number): SupportedKind | null {
  const fits = (k: SupportedKind): boolean => kindVersions(k).some((v) => getLayout(k, v).fields.length === count);
  // Columns of another version of this kind: a version matter, not a kind's.
  if (fits(kind)) return null;
  let found: SupportedKind | null = null;
  for (const k of KINDS) {
    if (k === kind) continue;
    if (!fits(k)) continue;
    // The 予定 and 実績 of 第6表 share a layout: one reading of the columns, two kinds.
    if (found !== null) return null;
    found = k;
  }
  return found;
}

/** Whether the bytes `b[s, e)` are exactly the bytes `v`. */
function bytesEqual(b: Uint8Array, s: number, e: number, v: Uint8Array): boolean {
  if (e - s !== v.length) return false;
  for (let k = 0; k < v.length; k++) if (b[s + k] !== v[k]) return false;
  return true;
}

/** Whether the bytes `b[s, e)` are exactly the ASCII string `text`. */
export function spanEquals(b: Uint8Array, s: number, e: number, text: string): boolean {
  if (e - s !== text.length) return false;
  for (let k = 0; k < text.length; k++) if (b[s + k] !== text.charCodeAt(k)) return false;
  return true;
}

/** Most records kept per value of a key column, to be reported once the file's value is known (the rest are counted). */
const KEPT_PER_VALUE = 1000;
/** Most distinct values kept per key column (a file has one; later values beyond this are counted only). */
const KEPT_VALUES = 64;
/** Numbers kept per record in {@link TalliedValue.at}. */
const KEPT_SLOTS = 5;
/**
 * Lists of {@link TalliedValue.at} handed back by files once reported (read to the end or stopped early),
 * for the next files (at most {@link SPARE_LISTS}). A list is written over, never emptied, so that it keeps
 * its room: once a few files are read, keeping the records' places allocates nothing. (A list grown per
 * record and dropped per file cost a batch of small files far more than its size: the lists' literal was
 * pretenured, and a dead list in the old generation kept the young backing stores it had grown into alive
 * through the scavenges until the next full collection; see {@link SpanView}.)
 */
const spareLists: number[][] = [];
const SPARE_LISTS = 8;

/** The index of `def` in `defs`, added when it is not there (a record of another version's layout). */
function defIndex(defs: FieldDef[], def: FieldDef): number {
  const d = defs.indexOf(def);
  if (d >= 0) return d;
  defs.push(def);
  return defs.length - 1;
}

/**
 * A copy of `bytes[start, end)` whatever `bytes` is: a Node Buffer's `slice` is a view of the caller's
 * memory, which a stream's source may refill with the next chunk.
 */
function copyOf(bytes: Uint8Array, start: number, end: number): Uint8Array {
  return new Uint8Array(bytes.subarray(start, end));
}

/** One value of a key column (CSVバージョン, 対象年月) in a file: how many records carry it and where. */
interface TalliedValue {
  readonly value: string;
  readonly bytes: Uint8Array;
  count: number;
  /** Line of the first record carrying it. */
  readonly firstLine: number;
  /**
   * Per record kept, {@link KEPT_SLOTS} numbers: line of the field, record number, absolute byte offset of
   * the field (-1: none), its column and the index of its field in {@link defs} (the record's layout's: one
   * field and column in every version of today's layouts, kept per record all the same). Numbers only
   * (nothing allocated per record), in a list that may be longer than the records kept (one taken from
   * {@link spareLists}).
   */
  readonly at: number[];
  /** Records kept in {@link at}. */
  kept: number;
  /** The fields of the records kept, each once. */
  readonly defs: FieldDef[];
}

/**
 * The values of one key column over a file, in order of first appearance. Files repeat one value: a row
 * equal to the previous row's value costs one byte comparison.
 */
class ValueTally {
  readonly values: TalliedValue[] = [];
  /** Records with a value beyond {@link KEPT_VALUES} distinct ones (counted, never the file's value). */
  overflow = 0;
  private last: TalliedValue | null = null;

  add(row: RowView, i: number, def: FieldDef, line: number, record: number, offset: number): void {
    let v = this.last;
    if (v === null || !bytesEqual(row.bytes, row.start[i] as number, row.end[i] as number, v.bytes)) {
      v = this.switchTo(row, i, line);
      if (v === null) return;
    }
    v.count++;
    const kept = v.kept;
    if (kept < KEPT_PER_VALUE) {
      const at = v.at;
      const k = kept * KEPT_SLOTS; // at most at.length: written over, or appended
      const defs = v.defs;
      let d = defs.length - 1;
      if (defs[d] !== def) d = defIndex(defs, def);
      at[k] = line;
      at[k + 1] = record;
      at[k + 2] = offset;
      at[k + 3] = i;
      at[k + 4] = d;
      v.kept = kept + 1;
    }
  }

  /**
   * The value of field `i` when it is not the previous record's: found among the values, or a new one
   * (null when {@link KEPT_VALUES} are kept already: counted as overflow). Kept apart from {@link add}, the
   * per-record path, which then allocates nothing: the optimising compiler leaves this rare path out of it,
   * and the objects made here, which live as long as the file, do not make it recompile that path.
   */
  private switchTo(row: RowView, i: number, line: number): TalliedValue | null {
    const s = row.start[i] as number;
    const e = row.end[i] as number;
    let v: TalliedValue | null = null;
    for (const x of this.values) {
      if (bytesEqual(row.bytes, s, e, x.bytes)) {
        v = x;
        break;
      }
    }
    if (v === null) {
      if (this.values.length >= KEPT_VALUES) {
        this.overflow++;
        return null;
      }
      v = { value: fieldText(row, i), bytes: copyOf(row.bytes, s, e), count: 0, firstLine: line, at: spareLists.pop() ?? [], kept: 0, defs: [] };
      this.values.push(v);
    }
    this.last = v;
    return v;
  }

  /** The file's value: `preferred` when a record carries it, else the one most records carry (the first on a tie). */
  reference(preferred: string | null): TalliedValue | null {
    let best: TalliedValue | null = null;
    for (const v of this.values) {
      if (preferred !== null && v.value === preferred) return v;
      if (best === null || v.count > best.count) best = v;
    }
    return best;
  }

  /**
   * Hands the values' lists back for the next files (the values' places are not read after this). Called
   * once, by `FileValidator.finish`, which runs once: a list given back twice would serve two values.
   */
  release(): void {
    for (const v of this.values) if (spareLists.length < SPARE_LISTS) spareLists.push(v.at);
  }
}

/**
 * The current row of a {@link FileValidator} as rules see it ({@link RuleRow}; columns are indexes into the
 * row, -1 reads as an absent column): a class, where it was an object literal of closures over the
 * validator. That literal was pretenured in a batch of small files, and through its closures every file's
 * validator, rows and issues survived the scavenges (see {@link SpanView}).
 */
class CurrentRow implements RuleRow {
  layout = null as unknown as Layout;
  line = 0;
  record = 0;

  constructor(private readonly v: { readonly fieldOk: Uint8Array; readonly row: RowView | null }) {}

  ok(i: number): boolean {
    return i >= 0 && this.v.fieldOk[i] === 1;
  }

  isEmpty(i: number): boolean {
    const row = this.v.row;
    return i < 0 || row === null || row.start[i] === row.end[i];
  }

  startsWith(i: number, prefix: string): boolean {
    const row = this.v.row;
    if (i < 0 || row === null) return false;
    const s = row.start[i] as number;
    return (row.end[i] as number) - s >= prefix.length && spanEquals(row.bytes, s, s + prefix.length, prefix);
  }

  samePrefix(i: number, j: number, length: number): boolean {
    const row = this.v.row;
    if (i < 0 || j < 0 || row === null) return false;
    const si = row.start[i] as number;
    const sj = row.start[j] as number;
    if ((row.end[i] as number) - si < length || (row.end[j] as number) - sj < length) return false;
    for (let k = 0; k < length; k++) if (row.bytes[si + k] !== row.bytes[sj + k]) return false;
    return true;
  }

  text(i: number): string {
    const row = this.v.row;
    return i < 0 || row === null ? '' : fieldText(row, i);
  }

  byteAt(i: number, k: number): number {
    const row = this.v.row;
    if (i < 0 || row === null) return -1;
    const at = (row.start[i] as number) + k;
    return k >= 0 && at < (row.end[i] as number) ? (row.bytes[at] as number) : -1;
  }

  sameBytes(i: number, bytes: Uint8Array): boolean {
    const row = this.v.row;
    if (i < 0 || row === null) return bytes.length === 0;
    return bytesEqual(row.bytes, row.start[i] as number, row.end[i] as number, bytes);
  }

  copyBytes(i: number): Uint8Array {
    const row = this.v.row;
    return i < 0 || row === null ? new Uint8Array(0) : copyOf(row.bytes, row.start[i] as number, row.end[i] as number);
  }
}

/**
 * Validates the rows of one file: field checks, record rules, and the file-level rules (one CSVバージョン
 * and one 対象年月 per file, version against month, file name against content). The same code checks
 * files being read and records being written.
 */
export class FileValidator {
  /** The CSVバージョン and 対象年月 of every record that passed the column's check (see `finish`). */
  private readonly versions = new ValueTally();
  private readonly months = new ValueTally();
  private readonly aliasesReported = new Set<string>();
  private readonly unknownReported = new Set<string>();
  /** Per field of the current row: 1 when it passed its own check (read by {@link CurrentRow}). */
  fieldOk = new Uint8Array(64);
  private readonly fileRules: readonly FileRule[];
  /** The compiled layout of the previous row (rows of a file share one layout: no cache lookup per row). */
  private compiled: CompiledLayout | null = null;
  /** Whether every entry of `fieldOk` is 1 (rows of the serializer's fast path: filled once, not per row). */
  private allOk = false;
  /** The row being checked (read by {@link CurrentRow}). */
  row: RowView | null = null;
  /** Records seen so far. */
  records = 0;
  /** Whether the profile reports empty uncertain-必須 columns (`field.requiredUncertain`). */
  private readonly uncertainOn: boolean;
  /** Whether the profile holds values to the printed lengths (`field.lengthAsPrinted`). */
  private readonly printedOn: boolean;
  /** Whether characters outside JIS X 0213 are reported (`checkJisX0213`). */
  private readonly jisOn: boolean;

  /** The current row as rules see it (columns are indexes into the row; -1 reads as an absent column). */
  private readonly ruleRow = new CurrentRow(this);

  constructor(
    readonly kind: SupportedKind,
    private readonly issues: IssueCollector,
    private readonly options: FileValidatorOptions,
  ) {
    this.fileRules = FILE_RULES[kind]?.() ?? [];
    this.uncertainOn = issues.severityOf('field.requiredUncertain') !== 'off';
    this.printedOn = issues.severityOf('field.lengthAsPrinted') !== 'off';
    this.jisOn = options.checkJisX0213 === true && issues.severityOf('encoding.outsideJisX0213') !== 'off';
  }

  /** One `encoding.outsideJisX0213` warning per character of field `i` that JIS X 0213 lacks (cold: the option is off by default). */
  private checkJisX0213(row: RowView, i: number, s: number, e: number, at: RowPosition): void {
    const f = (this.compiled as CompiledLayout).fields[i] as FieldDef;
    scanOutsideJisX0213(row.bytes, s, e, (entry) => {
      const to = entry.substitute;
      const detail = to === 0 ? 'noSubstitute' : 'substitute';
      const params = this.issues.includeValues
        ? { detail, codePoint: formatCodePoint(entry.codePoint), ...(to === 0 ? {} : { to: formatCodePoint(to) }) }
        : { detail };
      this.issues.add(
        'encoding.outsideJisX0213',
        this.fieldAt(at, row, i, f),
        params as { detail: typeof detail },
        String.fromCodePoint(entry.codePoint),
      );
    });
  }

  /**
   * Whether field checks beyond each column's own check run (profile rules on empty uncertain columns and
   * printed lengths): the serializer's fast path, which proves only the column checks, is then not used.
   */
  get extraFieldChecks(): boolean {
    return this.uncertainOn || this.printedOn;
  }

  /**
   * Picks the layout of a row from its column 1 (CSVバージョン): 202407 and 202208 directly, the known
   * aliases as 202407 with a warning (once per file), anything else by the row's column count, with an
   * error when the value is 6 digits (other values get their field error). `reading`: a row whose version's
   * layout does not fit its column count but the file's version's does is read with the file's.
   */
  layoutFor(versionValue: string, columnCount: number, at: RowPosition, reading = false): Layout {
    // Files repeat one version: the previous answer stands when the value and the column count do.
    const last = this.lastLayout;
    if (last !== null && versionValue === this.lastVersionValue && columnCount === this.lastColumnCount) return last;
    const layout = this.pickLayout(versionValue, columnCount, at, reading);
    this.lastLayout = layout;
    this.lastVersionValue = versionValue;
    this.lastColumnCount = columnCount;
    return layout;
  }

  private lastLayout: Layout | null = null;
  private lastVersionValue = '';
  private lastColumnCount = -1;

  private pickLayout(versionValue: string, columnCount: number, at: RowPosition, reading: boolean): Layout {
    let version: CsvVersion;
    if (versionValue === '202407' || versionValue === '202208') {
      version = versionValue;
    } else if (VERSION_ALIASES[versionValue] !== undefined) {
      version = VERSION_ALIASES[versionValue];
      if (!this.aliasesReported.has(versionValue)) {
        this.aliasesReported.add(versionValue);
        this.issues.add('file.versionAlias', this.recordAt(at), { actual: versionValue, expected: version });
      }
    } else {
      const v3 = hasLayout(this.kind, '202208') ? getLayout(this.kind, '202208') : null;
      version = v3 !== null && columnCount === v3.fields.length ? '202208' : '202407';
      if (/^\d{6}$/.test(versionValue) && !this.unknownReported.has(versionValue)) {
        this.unknownReported.add(versionValue);
        this.issues.add('file.unknownVersion', this.recordAt(at), { actual: versionValue });
      }
    }
    if (!hasLayout(this.kind, version)) {
      // UP3KYO and the 介護予防 files were added in 202407: a 202208 record of them is read with 202407.
      if (!this.unknownReported.has(versionValue)) {
        this.unknownReported.add(versionValue);
        this.issues.add('file.versionNotInKind', this.recordAt(at), { actual: versionValue, detail: KIND_INFO[this.kind].prefix });
      }
      version = '202407';
    }
    const layout = getLayout(this.kind, version);
    // Reading, a record whose CSVバージョン differs from the records before it but whose columns are those of
    // their version: its version is what is wrong (file.mixedVersion at column 1), not its column count.
    // (The serializer writes each record with its own version's columns.)
    const established = reading ? this.version : null;
    if (layout.fields.length !== columnCount && established !== null && established !== version) {
      const theirs = getLayout(this.kind, established);
      if (theirs.fields.length === columnCount) return theirs;
    }
    return layout;
  }

  private recordAt(at: RowPosition): IssueLocation {
    return { line: at.line, record: at.record, byteOffset: at.byteOffset };
  }

  private fieldAt(at: RowPosition, row: RowView, i: number, f: FieldDef): IssueLocation {
    return {
      line: at.fieldLines?.[i] ?? at.line,
      record: at.record,
      // The column No. of the file's own version (202208 numbers its columns without the three added in 202407).
      column: i + 1,
      field: f.key,
      fieldJa: f.nameJa,
      byteOffset: row.start[i] ?? at.byteOffset,
    };
  }

  /** Per column of a layout: its compiled check, and whether an empty value is an error (this file's reading). */
  columnChecks(layout: Layout): { readonly checks: readonly ColumnCheck[]; readonly required: readonly boolean[] } {
    const c = this.compiledFor(layout);
    return { checks: c.checks, required: c.required };
  }

  /** Indexes of the free-text columns of a layout. */
  freeTextColumns(layout: Layout): readonly number[] {
    return this.compiledFor(layout).freeText;
  }

  /**
   * Checks one row. Fields whose entry in `failed` is non-zero already have an issue (bad bytes, CSV
   * syntax) and are not checked again. When the column count does not fit the layout, only that is
   * reported. Returns the layout the row was read with.
   */
  check(row: RowView, at: RowPosition, failed: ArrayLike<number> | null, layout: Layout): Layout {
    this.records++;
    const c = this.compiledFor(layout);
    const fields = c.fields;
    const count = row.count;
    if (count !== fields.length) {
      // The first record's columns fit exactly one other kind: the file is probably of that kind.
      const other = at.record === 1 ? otherKindFor(this.kind, count) : null;
      if (other === null) this.issues.add('csv.columnCount', this.recordAt(at), { expected: fields.length, actual: count });
      else
        this.issues.addHinted(
          'csv.columnCount',
          this.recordAt(at),
          'otherKind',
          { prefix: KIND_INFO[other].prefix },
          { expected: fields.length, actual: count },
        );
      for (const rule of this.fileRules) rule.skipped?.();
      return layout;
    }
    this.row = row;
    if (this.fieldOk.length < count) this.fieldOk = new Uint8Array(count * 2);
    this.allOk = false;
    const fieldOk = this.fieldOk;
    const bytes = row.bytes;
    // Read once (the checks are calls: what is read through `this` or `row` in the loop would be read again).
    const start = row.start;
    const end = row.end;
    const flags = row.flags;
    const checks = c.checks;
    const required = c.required;
    const uncertainOn = this.uncertainOn;
    const printedOn = this.printedOn;
    const jisOn = this.jisOn;
    for (let i = 0; i < count; i++) {
      if (failed !== null && failed[i] !== 0) {
        fieldOk[i] = 0;
        continue;
      }
      const s = start[i] as number;
      const e = end[i] as number;
      let issue: FieldIssue | null = null;
      if (s === e) {
        if (required[i]) issue = REQUIRED;
        else if (uncertainOn && c.uncertain[i]) issue = REQUIRED_UNCERTAIN;
        else {
          // The common empty column: nothing to report.
          fieldOk[i] = 1;
          continue;
        }
      } else {
        const check = checks[i] as ColumnCheck;
        if (((flags[i] as number) & SPAN_ESCAPED) === 0) {
          if (!check.test(bytes, s, e)) issue = check.issue(bytes, s, e, false);
        } else if (!check.testEscaped(bytes, s, e)) {
          issue = check.issue(bytes, s, e, true);
        }
        if (issue === null && !printedOn && !jisOn) {
          // The common sound value: nothing else to look at.
          fieldOk[i] = 1;
          continue;
        }
        if (issue === null) {
          const printed = c.printed[i] as number;
          if (printed !== 0 && printedOn && e - s > printed) {
            issue = { code: 'field.lengthAsPrinted', params: { expected: printed, actual: e - s } };
          }
        } else if (issue.code === 'field.time' && c.endTime[i] && spanEquals(bytes, s, e, '2400')) {
          issue = TIME_2400;
        }
      }
      if (jisOn && s !== e) this.checkJisX0213(row, i, s, e, at);
      // A value whose issue the profile does not count as an error is read as it is (rules may use it).
      fieldOk[i] = issue === null || this.issues.severityOf(issue.code) !== 'error' ? 1 : 0;
      if (issue !== null) {
        const f = fields[i] as FieldDef;
        // A value that failed its check may have one reading (the type's `repair`): its cause is the hint.
        // Worked out only for an issue that is listed (a hostile file's millions of faults are only counted).
        const listing = this.issues.listing;
        const text = listing && (s !== e || this.issues.includeValues) ? fieldText(row, i) : undefined;
        const mended = s === e || text === undefined ? null : repairValue(text, f);
        const value = this.issues.includeValues ? text : undefined;
        if (mended === null) this.issues.add(issue.code, this.fieldAt(at, row, i, f), issue.params, value);
        else this.issues.addHinted(issue.code, this.fieldAt(at, row, i, f), mended.cause, null, issue.params, value);
      }
    }
    this.checkRecord(c, row, at, layout);
    return layout;
  }

  /**
   * Checks a row whose every field is already known to pass its column check (the serializer's fast path
   * proves it while writing): only the repeated groups, the record and file rules and the file tracking
   * run. The row must have the layout's column count.
   */
  checkPassed(row: RowView, at: RowPosition, layout: Layout): void {
    this.records++;
    const c = this.compiledFor(layout);
    this.row = row;
    if (!this.allOk || this.fieldOk.length < row.count) {
      if (this.fieldOk.length < row.count) this.fieldOk = new Uint8Array(row.count * 2);
      this.fieldOk.fill(1);
      this.allOk = true;
    }
    this.checkRecord(c, row, at, layout);
  }

  private compiledFor(layout: Layout): CompiledLayout {
    const last = this.compiled;
    if (last !== null && last.layout === layout) return last;
    const c = compile(layout, this.options.requireUncertainFields);
    this.compiled = c;
    return c;
  }

  /** The checks after the field checks: groups, record rules, file rules, one version and month per file. */
  private checkRecord(c: CompiledLayout, row: RowView, at: RowPosition, layout: Layout): void {
    const fields = c.fields;
    for (const g of layout.groups) this.checkGroup(g, row, at, fields);
    const rr = this.ruleRow;
    rr.layout = layout;
    rr.line = at.line;
    rr.record = at.record;
    for (const rule of c.rules) {
      const found = rule(this.ruleRow);
      if (found !== null) this.report(found, c, row, at);
    }
    for (const rule of this.fileRules) {
      const found = rule.row(this.ruleRow);
      if (found !== null) this.report(found, c, row, at);
    }
    this.trackFile(c, at);
    this.row = null;
  }

  private report(found: readonly RuleFinding[], c: CompiledLayout, row: RowView, at: RowPosition): void {
    for (const r of found) {
      const i = r.field === null ? undefined : c.index.get(r.field);
      const f = i === undefined ? undefined : c.fields[i];
      if (f !== undefined && i !== undefined) {
        this.issues.add(r.code, this.fieldAt(at, row, i, f), r.params, this.issues.includeValues ? fieldText(row, i) : undefined);
      } else {
        this.issues.add(r.code, this.recordAt(at), r.params);
      }
    }
  }

  /** Slots of a repeated group fill from slot 1 upward: an empty slot before a used one is a gap. */
  private checkGroup(g: GroupDef, row: RowView, at: RowPosition, fields: readonly FieldDef[]): void {
    // Groups exist only in layouts that have every column in every version, so record-model indexes are CSV indexes.
    const size = g.members.length;
    let empty = -1;
    const start = row.start;
    const end = row.end;
    for (let slot = 0; slot < g.slots; slot++) {
      const first = g.start + slot * size;
      let used = -1;
      // A slot of empty columns (none quoted) spans its commas only: one test for the usual empty slot.
      // (Values or quotes make the span longer, and are then looked at column by column.)
      if ((end[first + size - 1] as number) - (start[first] as number) === size - 1) {
        if (empty < 0) empty = slot;
        continue;
      }
      for (let i = first; i < first + size; i++) {
        if (row.start[i] !== row.end[i]) {
          used = i;
          break;
        }
      }
      if (used < 0) {
        if (empty < 0) empty = slot;
      } else if (empty >= 0) {
        this.issues.add('record.groupGap', this.fieldAt(at, row, used, fields[used] as FieldDef), { expected: empty + 1, actual: slot + 1 });
        return;
      }
    }
  }

  private trackFile(c: CompiledLayout, at: RowPosition): void {
    const row = this.row as RowView;
    if (this.fieldOk[0] === 1) {
      this.tally(this.versions, row, 0, c, at);
    }
    const m = c.monthIndex;
    if (m >= 0 && this.fieldOk[m] === 1) this.tally(this.months, row, m, c, at);
  }

  private tally(t: ValueTally, row: RowView, i: number, c: CompiledLayout, at: RowPosition): void {
    // Offsets kept absolute: the collector's base (a stream's piece, the serializer's output taken so far)
    // moves as bytes come.
    const offset = row.start[i] ?? at.byteOffset;
    t.add(row, i, c.fields[i] as FieldDef, at.fieldLines?.[i] ?? at.line, at.record, offset === null ? -1 : offset + this.issues.byteBase);
  }

  /**
   * One CSVバージョン and one 対象年月 per file, judged once the file is read: the file's value is the one most
   * records carry (for 対象年月, the file name's month when a record carries it; the first value on a tie),
   * and each record with another value gets `file.mixedVersion` / `file.mixedMonth` at that column, with
   * the line of the first record of the file's value. A file of two halves is not told from a file with a
   * few odd records: the smaller half is reported.
   */
  private reportMixed(t: ValueTally, code: 'file.mixedVersion' | 'file.mixedMonth', preferred: string | null): TalliedValue | null {
    const ref = t.reference(preferred);
    if (ref === null) return null;
    const base = this.issues.byteBase;
    let unlisted = t.overflow;
    // In line order, whatever the order of the values.
    const odd: { line: number; record: number; offset: number; column: number; def: FieldDef }[] = [];
    for (const v of t.values) {
      if (v === ref) continue;
      const kept = v.kept;
      unlisted += v.count - kept;
      for (let k = 0; k < kept; k++) {
        const a = KEPT_SLOTS * k;
        odd.push({
          line: v.at[a] as number,
          record: v.at[a + 1] as number,
          offset: v.at[a + 2] as number,
          column: v.at[a + 3] as number,
          def: v.defs[v.at[a + 4] as number] as FieldDef,
        });
      }
    }
    odd.sort((a, b) => a.record - b.record);
    for (const o of odd) {
      this.issues.add(
        code,
        {
          line: o.line,
          record: o.record,
          column: o.column + 1,
          field: o.def.key,
          fieldJa: o.def.nameJa,
          byteOffset: o.offset < 0 ? null : o.offset - base,
        },
        { otherLine: ref.firstLine },
      );
    }
    if (unlisted > 0) this.issues.countUnlisted(unlisted, 0);
    return ref;
  }

  /**
   * Tells the validator that the file was not read to its end (a read limit stopped it): the file rules
   * that conclude something is missing must not conclude it from a part of the file.
   */
  partial(): void {
    for (const rule of this.fileRules) rule.skipped?.();
  }

  /** The version of the file as far as read: that of the first record with a valid CSVバージョン (null before one). */
  get version(): CsvVersion | null {
    // The tally's first value is that record's: values are kept in order of first appearance.
    const first = this.versions.values[0];
    return first === undefined ? null : this.versionOf(first.value);
  }

  /** The version a CSVバージョン value names (aliases resolved), or null: unknown, or no layout of the kind in it. */
  private versionOf(value: string): CsvVersion | null {
    const named: CsvVersion | null = value === '202407' || value === '202208' ? value : (VERSION_ALIASES[value] ?? null);
    // A version the kind has no layout in (UP3KYO in 202208) is no version of the file.
    return named !== null && hasLayout(this.kind, named) ? named : null;
  }

  /**
   * File-level checks that need the whole file: the file rules, one version and one month per file
   * (`reportMixed`), version against month, file name against content. Returns the file's version and month.
   */
  finish(): { version: CsvVersion | null; month: string | null } {
    // Once only: the tallies' lists are handed back below, and may serve another file after that.
    if (this.finished !== null) return this.finished;
    this.finished = this.conclude();
    return this.finished;
  }

  /** What {@link finish} found, once it has run. */
  private finished: { version: CsvVersion | null; month: string | null } | null = null;

  /** The file rules, run once the file is read (see {@link finish}). */
  private conclude(): { version: CsvVersion | null; month: string | null } {
    const o = this.options;
    const fv = this.reportMixed(this.versions, 'file.mixedVersion', null);
    const fm = this.reportMixed(this.months, 'file.mixedMonth', o.fileNameMonth);
    this.versions.release();
    this.months.release();
    for (const rule of this.fileRules) {
      for (const f of rule.finish({ month: fm?.value ?? null })) {
        this.issues.add(
          f.code,
          { line: f.line, record: f.record, column: f.column ?? null, field: f.field ?? null, fieldJa: f.fieldJa ?? null },
          f.params,
        );
      }
    }
    const version = fv === null ? null : this.versionOf(fv.value);
    const month = fm?.value ?? null;
    const at = { line: fm?.firstLine ?? fv?.firstLine ?? null };
    // 利用者補足情報 sent with the plan tables carries 000000 (no month): nothing to compare.
    if (version !== null && month !== null && month !== '000000') {
      const expected = applicableVersion(month);
      if (expected !== version) {
        this.issues.add('file.versionMonth', at, { actual: fv?.value ?? version, expected });
      }
    }
    if (o.fileNameMonth !== null && month !== null && o.fileNameMonth !== month) {
      this.issues.add('file.nameMonth', at, { actual: o.fileNameMonth, expected: month });
    }
    if (o.fileNameStyle !== null && version !== null) {
      const expectedStyle = version === '202208' ? 'v3' : 'v4';
      if (o.fileNameStyle !== expectedStyle) {
        this.issues.add('file.nameStyle', at, { actual: o.fileNameStyle, expected: version });
      }
    }
    return { version, month };
  }
}
