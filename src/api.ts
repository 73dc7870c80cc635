import { encodeMs932 } from './encoding/encode.js';
import type { Issue } from './issues/types.js';
import type { Kind } from './kinds.js';
import { normalizeParseOptions, normalizeSerializeOptions, type ParseOptions, type SerializeOptions } from './options.js';
import { readBytes, type ReadOutcome } from './parse/read.js';
import type { CsvVersion, RecordFor, SupportedKind } from './schemas/layouts.js';
import { serializeRecords } from './serialize/serialize.js';
import { IssueCollector } from './issues/collector.js';

/** Result of {@link validate}. */
export interface ValidateResult {
  /** The file kind (from the options or the file name); null when it could not be told. */
  readonly kind: Kind | null;
  /** CSVバージョン layout of the file (of its first record), null when unknown. */
  readonly version: CsvVersion | null;
  readonly fileName: string | null;
  /** Number of records (data rows) read. */
  readonly recordCount: number;
  /** Every issue found, in file order within each stage. */
  readonly issues: readonly Issue[];
  /** True when no issue is an error (warnings allowed). */
  readonly ok: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
}

/** Result of {@link parse}: a {@link ValidateResult} plus the records. */
export interface ParseResult<K extends SupportedKind = SupportedKind> extends ValidateResult {
  /**
   * One record per data row, in file order, keyed by the layout's field keys (the 202407 record model; the
   * columns a 202208 file lacks are `''`). Rows with errors are included, so `issue.record - 1` indexes
   * this array; check `ok` before trusting the values.
   */
  readonly records: RecordFor<K>[];
}

/** Result of {@link serialize}. */
export interface SerializeResult {
  /**
   * The file's bytes. Null when a character could not be encoded, and (unless `allowInvalid`) when any
   * error was found.
   */
  readonly bytes: Uint8Array | null;
  readonly issues: readonly Issue[];
  readonly ok: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
}

type Input = Uint8Array | ArrayBuffer | string;

function lineOfIndex(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}

function read(input: Input, options: ParseOptions | undefined, materialize: boolean): ReadOutcome {
  const o = normalizeParseOptions(options);
  if (input instanceof Uint8Array) return readBytes(input, o, materialize);
  if (input instanceof ArrayBuffer) return readBytes(new Uint8Array(input), o, materialize);
  if (typeof input !== 'string') {
    throw new TypeError('careplan-csv: input must be a Uint8Array, an ArrayBuffer or a string');
  }
  // A string is already text: encode it to MS932 first (strictly), then read the bytes. Characters that
  // MS932 cannot hold are errors; 〓 stands in for them so that the rest of the file is still checked.
  const { bytes, problems } = encodeMs932(input, { unmappable: { replacement: '〓' } });
  const pre = new IssueCollector(o.fileName, o.locale, o.includeValues);
  for (const p of problems) {
    const code = p.code === 'converted' ? 'encoding.converted' : 'encoding.unmappable';
    const codePoint = `U+${p.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    const to = p.code === 'converted' && p.to !== undefined ? { to: `U+${p.to.toString(16).toUpperCase().padStart(4, '0')}` } : {};
    pre.add(code, { line: lineOfIndex(input, p.index) }, { codePoint, ...to });
  }
  const r = readBytes(bytes ?? new Uint8Array(0), o, materialize);
  if (pre.issues.length === 0) return r;
  return {
    ...r,
    issues: [...pre.issues, ...r.issues],
    errorCount: r.errorCount + pre.errorCount,
    warningCount: r.warningCount + pre.warningCount,
  };
}

function summary(r: ReadOutcome): ValidateResult {
  return {
    kind: r.kind,
    version: r.version,
    fileName: r.fileName,
    recordCount: r.recordCount,
    issues: r.issues,
    ok: r.errorCount === 0,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
  };
}

/**
 * Reads a file and returns its records and every issue found in one pass. The kind comes from
 * `options.kind` or `options.fileName`. Bad input never throws; only misuse of the API does (unknown
 * options, a kind and file name both missing is reported as the issue `file.unknownKind`).
 *
 * @example
 * ```ts
 * const r = parse(bytes, { fileName: 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV' });
 * if (r.ok) for (const rec of r.records) console.log(rec.serviceDate, rec.serviceCode);
 * ```
 */
export function parse<K extends SupportedKind>(input: Input, options: ParseOptions & { readonly kind: K }): ParseResult<K>;
export function parse(input: Input, options?: ParseOptions): ParseResult;
export function parse(input: Input, options?: ParseOptions): ParseResult {
  const r = read(input, options, true);
  return { ...summary(r), records: (r.records ?? []) as unknown as RecordFor<SupportedKind>[] };
}

/** Like {@link parse} without building records: the fastest way to check a file. */
export function validate(input: Input, options?: ParseOptions): ValidateResult {
  return summary(read(input, options, false));
}

/**
 * Writes records as a canonical MS932 CSV file (see docs/format.md). Records are validated with the same
 * rules as files being read; characters outside MS932 are errors unless a replacement policy is chosen,
 * and the JIS-style variants (〜 ‖ − ¢ £ ¬ —) are converted with a warning each.
 */
export function serialize<K extends SupportedKind>(
  kind: K,
  records: readonly RecordFor<K>[] | readonly Record<string, unknown>[],
  options?: SerializeOptions,
): SerializeResult {
  if (!Array.isArray(records)) throw new TypeError('careplan-csv: records must be an array');
  if (typeof kind !== 'string') throw new TypeError('careplan-csv: kind must be a string');
  const o = normalizeSerializeOptions(options);
  const r = serializeRecords(kind, records, o);
  return { bytes: r.bytes, issues: r.issues, ok: r.errorCount === 0, errorCount: r.errorCount, warningCount: r.warningCount };
}
