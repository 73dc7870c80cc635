/**
 * The repair mode: turns a near-miss file into the canonical one, mending only what has one reading, and
 * says what it changed as data. It reuses the one reader (`parse`) and the serializer: the file is read
 * (UTF-8 decoded first, a BOM passed over, a header of column names passed over), the values a field type's
 * `repair` reads without doubt are mended in the records, CSVバージョン aliases are written as the version
 * they were read as, and the serializer writes the records in canonical form (MS932 with one code per
 * character, CRLF after every record, free text quoted and nothing else). The result is validated.
 *
 * Nothing else is changed: a wrong code, a missing required value, a bad date stays and is an issue of the
 * result. A file whose records cannot be read faithfully (broken CSV syntax, a wrong column count, bytes that
 * are neither MS932 nor UTF-8, characters MS932 lacks) is not rewritten: `bytes` is null.
 * @module
 */
import { parse, serializeUnknown, validate, type ParseInput } from '../api.js';
import { detectUtf8 } from '../encoding/detect.js';
import { misuse, typeName } from '../errors.js';
import { lineBreaks } from '../serialize/serialize.js';
import { mendOf, repairValue } from '../validate/field-checks.js';
import type { Locale } from '../issues/locales/index.js';
import { REPAIR_CHANGE_KINDS, type RepairChangeKind } from './change-kinds.js';
import { repairChangeMessage } from './messages.js';

export { REPAIR_CHANGE_KINDS, type RepairChangeKind } from './change-kinds.js';
import type { IssueCode } from '../issues/codes.js';
import type { Issue } from '../issues/types.js';
import { type NormalizedParseOptions, normalizeRepairOptions, type ParseOptions } from '../options.js';
import { applySubstitutions, type SubstitutionPolicy } from '../encoding/substitution.js';
import type { FieldDef } from '../schemas/field.js';
import { CSV_VERSIONS, type CsvVersion, getLayout, hasLayout, type SupportedKind } from '../schemas/layouts.js';

/**
 * One change, as data. Locations are those of the input file (`null` where they do not apply); shape and
 * encoding changes that concern many lines are one change at the first place, with `count`.
 */
export interface RepairChange {
  readonly kind: RepairChangeKind;
  /** 1-based physical line of the input. */
  readonly line: number | null;
  /** 1-based record number of the input (a header row not counted). */
  readonly record: number | null;
  /** The spec's 1-based column No. */
  readonly column: number | null;
  /** Field key of the layout. */
  readonly field: string | null;
  /** The spec's Japanese field name. */
  readonly fieldJa: string | null;
  /** How many places the change covers (1 for a single value). */
  readonly count: number;
  /** What was changed, in the `locale` of the call (`先頭の 0 を補う`, `leading zeros restored (3 places)`); no values. */
  readonly message: string;
  /** The value before, only with `includeValues` (value changes only). */
  readonly from?: string;
  /** The value after, only with `includeValues` (value changes only). */
  readonly to?: string;
}

/**
 * Options of {@link repair}: those of `parse` (passed through to reading and to the validation of the result),
 * and `substitute`.
 */
export interface RepairOptions extends ParseOptions {
  /**
   * What to do with characters of text input (UTF-8 files, strings) that MS932 lacks. `'none'` (the default):
   * they stay errors and the file is not rewritten. `'jisx0213'`: each one that has a usual MS932 substitute
   * (𠮟 → 叱, 剝 → 剥, …; the table of `serialize`'s `substitute`) is written as it, and reported as a
   * `substituted` change (the characters only with `includeValues`).
   */
  readonly substitute?: SubstitutionPolicy;
}

/** Result of {@link repair}. */
export interface RepairResult {
  /**
   * The repaired file (canonical MS932), or null when the file could not be rewritten (its records cannot be
   * read faithfully, or a character is not in MS932): `issues` then say why.
   */
  readonly bytes: Uint8Array | null;
  /** What was changed, in file order (by line of the input; within a line, encoding, shape, then values). */
  readonly changes: readonly RepairChange[];
  /** The issues of the result (of the input when `bytes` is null). */
  readonly issues: readonly Issue[];
  /** True when `bytes` is there and has no error. */
  readonly ok: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
}

/** Issues after which the records do not hold the file's data faithfully: no rewrite. */
function blocksRewrite(code: IssueCode): boolean {
  if (code.startsWith('limit.') && code !== 'limit.issues' && code !== 'limit.withdrawals') return true;
  switch (code) {
    case 'csv.unterminatedQuote':
    case 'csv.quoteInUnquotedField':
    case 'csv.textAfterClosingQuote':
    case 'csv.columnCount':
    case 'encoding.invalidBytes':
    case 'encoding.userDefinedChar':
    case 'encoding.unmappable':
    case 'encoding.utf8':
    case 'encoding.utf16':
    case 'file.unknownKind':
    case 'file.unknownVersion':
    case 'file.versionNotInKind':
    case 'file.empty':
      return true;
    default:
      return false;
  }
}

/** Shape and encoding issues of the reading, and the change each stands for. */
const SHAPE: { readonly [C in IssueCode]?: RepairChangeKind } = {
  'encoding.bom': 'bom',
  'encoding.nonCanonical': 'duplicateCodes',
  'encoding.converted': 'jisVariant',
  'csv.lineBreak': 'lineBreak',
  'csv.finalLineBreak': 'finalLineBreak',
  'csv.emptyLine': 'emptyLine',
  'file.headerRow': 'headerRow',
  'csv.headerSkipped': 'headerRow',
  'csv.quoting': 'quoting',
  'csv.unquotedFreeText': 'unquotedFreeText',
};

/**
 * The issue codes each change mends (what `careplan-csv explain KIND` explains after the change itself). The
 * value causes of the field types (`leadingZeros` …) mend the field issues that carry them as their hint.
 * @internal
 */
export const REPAIR_CHANGE_ISSUES: { readonly [K in RepairChangeKind]: readonly IssueCode[] } = (() => {
  const out = Object.fromEntries(REPAIR_CHANGE_KINDS.map((k) => [k, [] as IssueCode[]])) as { [K in RepairChangeKind]: IssueCode[] };
  out.utf8.push('encoding.utf8');
  out.substituted.push('encoding.unmappable');
  out.csvVersion.push('file.versionAlias');
  for (const [code, kind] of Object.entries(SHAPE) as [IssueCode, RepairChangeKind][]) out[kind].push(code);
  out.bom.push('encoding.utf8'); // the BOM of a UTF-8 file (encoding.utf8, detail bom) is removed too
  return out;
})();

/**
 * Applies the substitution policy to text input (characters MS932 lacks → their usual substitutes) and lists
 * each substitution as a change at its line. With `'none'` nothing changes: such characters stay errors, and
 * the file is not rewritten.
 */
function substituteUnmappable(text: string, policy: SubstitutionPolicy, includeValues: boolean, changes: RepairChange[], locale: Locale): string {
  const r = applySubstitutions(text, policy);
  let line = 1;
  let scanned = 0;
  for (const s of r.substitutions) {
    // Lines counted once, up to each substitution in order (CRLF, LF and CR each end a line, as the reader counts).
    for (; scanned < s.index; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 0x0a || (c === 0x0d && text.charCodeAt(scanned + 1) !== 0x0a)) line++;
    }
    const at = { line, record: null, column: null, field: null, fieldJa: null };
    const change = place('substituted', at, 1, locale);
    changes.push(includeValues ? { ...change, from: String.fromCodePoint(s.codePoint), to: String.fromCodePoint(s.to) } : change);
  }
  return r.text;
}

/**
 * Mends a near-miss file into its canonical form, only where the reading is unambiguous, and reports every
 * change as data ({@link RepairChange}); the result is validated with the same options. Bad input never
 * throws; only misuse of the API does.
 *
 * @example
 * ```ts
 * import { repair } from 'careplan-csv';
 * declare const bytes: Uint8Array;
 * const r = repair(bytes, { fileName: 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV' });
 * if (r.bytes !== null) for (const c of r.changes) console.log(c.line, c.field, c.kind);
 * ```
 */
export function repair(input: ParseInput, options?: RepairOptions): RepairResult {
  const { read: o, readOptions, substitute } = normalizeRepairOptions(options);
  let bytes: Uint8Array;
  if (input instanceof Uint8Array) bytes = input;
  else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
  else if (typeof input === 'string') bytes = new Uint8Array(0);
  else misuse('ERR_CAREPLAN_ARGUMENT', 'repair', `input must be a Uint8Array, an ArrayBuffer or a string, got ${typeName(input)}`);
  const changes: RepairChange[] = [];
  // Encoding: UTF-8 (with or without BOM) is decoded; the reader encodes the text to MS932 (variants
  // converted, characters MS932 lacks reported).
  let source: Uint8Array | string = typeof input === 'string' ? substituteUnmappable(input, substitute, o.includeValues, changes, o.locale) : bytes;
  if (typeof input !== 'string') {
    const utf8 = detectUtf8(bytes);
    if (utf8 !== null) {
      const text = decodeUtf8(utf8 === 'bom' ? bytes.subarray(3) : bytes);
      if (text !== null) {
        changes.push(place('utf8', FILE_START, 1, o.locale));
        if (utf8 === 'bom') changes.push(place('bom', FILE_START, 1, o.locale));
        source = substituteUnmappable(text, substitute, o.includeValues, changes, o.locale);
      }
    }
  }
  const read = parse(source, readOptions);
  if (read.kind === null || read.issues.some((i) => blocksRewrite(i.code))) return unchanged(read.issues, read.errorCount, read.warningCount);
  for (const i of read.issues) {
    const kind = SHAPE[i.code];
    if (kind === undefined) continue;
    const count = typeof i.params.actual === 'number' && i.severity === 'info' ? i.params.actual : 1;
    changes.push(place(kind, i, count, o.locale));
  }
  // Values: the records are rewritten in place (strings as read).
  const records = read.records as unknown as Record<string, unknown>[];
  // A value is checked and mended as the column of its record's version (202208 columns differ from 202407's).
  const columns = new FileColumns(read.kind as SupportedKind, read.version);
  const valueChanges: RepairChange[] = [];
  for (const i of read.issues) {
    if (i.record === null) continue;
    const record = records[i.record - 1];
    if (record === undefined) continue;
    if (i.code === 'file.versionAlias') {
      // Reported once, at the first record with the alias: every record with it is written as the version.
      const { actual, expected } = i.params;
      for (let k = i.record - 1; k < records.length; k++) {
        const r = records[k] as Record<string, unknown>;
        if (r.csvVersion !== actual) continue;
        r.csvVersion = expected;
        const at = { ...i, line: read.recordLines[k] ?? null, record: k + 1 };
        valueChanges.push(valueChange('csvVersion', at, actual, expected, o.includeValues, o.locale));
      }
      continue;
    }
    if (!i.code.startsWith('field.') || i.field === null) continue;
    const f = columns.of(record).byKey.get(i.field);
    if (f === undefined) continue;
    const value = getValue(record, f);
    if (typeof value !== 'string' || value === '') continue;
    const mended = repairValue(value, f);
    if (mended === null || mended.cause === 'jisVariant') continue;
    setValue(record, f, mended.value);
    valueChanges.push(valueChange(mended.cause, i, value, mended.value, o.includeValues, o.locale));
  }
  // Past `maxIssues` the reader counts issues without listing them: the values it did not list are looked
  // at here, each checked as its column checks it, so that a file of many faults is mended whole.
  if (read.issues.some((i) => i.code === 'limit.issues')) {
    mendUnlisted(records, columns, read.recordLines, valueChanges, o);
  }
  changes.push(...valueChanges);
  const written = serializeUnknown(read.kind, records, {
    locale: o.locale,
    includeValues: o.includeValues,
    requireUncertainFields: o.requireUncertainFields,
    allowInvalid: true,
    ...(o.fileName === null ? {} : { fileName: o.fileName }),
  });
  if (written.bytes === null) return unchanged(written.issues, written.errorCount, written.warningCount);
  // The result, validated as a file (with the caller's options; a header is gone, so none is skipped).
  const checked = validate(written.bytes, { ...readOptions, skipHeader: false });
  return {
    bytes: written.bytes,
    changes: changes.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || REPAIR_CHANGE_KINDS.indexOf(a.kind) - REPAIR_CHANGE_KINDS.indexOf(b.kind)),
    issues: checked.issues,
    ok: checked.ok,
    errorCount: checked.errorCount,
    warningCount: checked.warningCount,
  };
}

/** The columns of a layout in CSV order, and by key. */
interface Columns {
  readonly fields: readonly FieldDef[];
  readonly byKey: ReadonlyMap<string, FieldDef>;
}

/**
 * The columns each record was read with: those of the layout of its CSVバージョン (records hold the 202407
 * keys; a 202208 file's columns have their own numbers and lengths), else of the file's version.
 */
class FileColumns {
  private readonly layouts = new Map<CsvVersion, Columns>();

  constructor(
    private readonly kind: SupportedKind,
    private readonly fileVersion: CsvVersion | null,
  ) {}

  of(record: Record<string, unknown>): Columns {
    const own = CSV_VERSIONS.find((v) => v === record.csvVersion);
    const version = own !== undefined && hasLayout(this.kind, own) ? own : (this.fileVersion ?? '202407');
    let c = this.layouts.get(version);
    if (c === undefined) {
      const fields = getLayout(this.kind, version).fields;
      c = { fields, byKey: new Map(fields.map((f) => [f.key, f])) };
      this.layouts.set(version, c);
    }
    return c;
  }
}

/**
 * Mends the values of every record that fail their column and have one reading ({@link mendOf}: as the
 * reader checks them, codes turned `off` left alone), appending the changes to `changes` (values already
 * mended fail no more), each at the line where its field starts. At most `maxIssues` changes are listed one
 * by one; past that, one change a kind counts the rest (at its first place), so that memory stays bounded
 * whatever the file. Linear: one check of each value.
 */
function mendUnlisted(
  records: Record<string, unknown>[],
  columns: FileColumns,
  lines: Int32Array,
  changes: RepairChange[],
  o: NormalizedParseOptions,
): void {
  const rest = new Map<RepairChangeKind, { at: Place; count: number }>();
  for (let k = 0; k < records.length; k++) {
    const record = records[k] as Record<string, unknown>;
    const start = lines[k] ?? null;
    let ends = 0;
    const fields = columns.of(record).fields;
    for (let c = 0; c < fields.length; c++) {
      const f = fields[c] as FieldDef;
      const value = getValue(record, f);
      if (typeof value !== 'string' || value === '') continue;
      const mended = mendOf(value, f, o.severities);
      const line = start === null ? null : start + ends;
      ends += lineBreaks(value);
      if (mended === null || mended.cause === 'jisVariant') continue;
      setValue(record, f, mended.value);
      // The column as the reader numbers it: the place in the row of the record's version (a 202208 file's own).
      const at: Place = { line, record: k + 1, column: c + 1, field: f.key, fieldJa: f.nameJa };
      if (changes.length < o.limits.maxIssues) {
        changes.push(valueChange(mended.cause, at, value, mended.value, o.includeValues, o.locale));
        continue;
      }
      const counted = rest.get(mended.cause);
      if (counted === undefined) rest.set(mended.cause, { at, count: 1 });
      else counted.count++;
    }
  }
  for (const [kind, { at, count }] of rest) changes.push(place(kind, at, count, o.locale));
}

function unchanged(issues: readonly Issue[], errorCount: number, warningCount: number): RepairResult {
  return { bytes: null, changes: [], issues, ok: false, errorCount, warningCount };
}

function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Where a change is: that of the issue it answers (the file for encoding changes). */
type Place = Pick<Issue, 'line' | 'record' | 'column' | 'field' | 'fieldJa'>;
const FILE_START: Place = { line: 1, record: null, column: null, field: null, fieldJa: null };

function place(kind: RepairChangeKind, at: Place, count: number, locale: Locale): RepairChange {
  const message = repairChangeMessage(kind, count, locale);
  return { kind, line: at.line, record: at.record, column: at.column, field: at.field, fieldJa: at.fieldJa, count, message };
}

function valueChange(kind: RepairChangeKind, i: Place, from: string, to: string, includeValues: boolean, locale: Locale): RepairChange {
  const c = place(kind, i, 1, locale);
  return includeValues ? { ...c, from, to } : c;
}

/** The value of a column in a record (a group member inside its array item). */
function getValue(record: Record<string, unknown>, f: FieldDef): unknown {
  if (f.group === undefined) return record[f.key];
  const items = record[f.group.key];
  const item = Array.isArray(items) ? (items[f.group.index] as Record<string, unknown> | undefined) : undefined;
  return item?.[f.group.member];
}

function setValue(record: Record<string, unknown>, f: FieldDef, value: string): void {
  if (f.group === undefined) {
    record[f.key] = value;
    return;
  }
  const items = record[f.group.key] as Record<string, unknown>[];
  (items[f.group.index] as Record<string, unknown>)[f.group.member] = value;
}
