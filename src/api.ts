import { misuse, typeName } from './errors.js';
import type { Issue } from './issues/types.js';
import { normalizeParseOptions, normalizeSerializeOptions, type ParseOptions, requireKind, type SerializeOptions } from './options.js';
import { readBytes, type ReadOutcome } from './parse/read.js';
import { encodeForReading } from './parse/text-input.js';
import type { CsvVersion, RecordFor, RecordInputFor, SupportedKind, ValidRecordFor } from './schemas/layouts.js';
import { serializeRecords } from './serialize/serialize.js';
import { summary, type ValidateResult } from './summary.js';

/** @internal Moved to src/summary.ts; re-exported for internal callers and tests that import it from here. */
export { summary };
export type { ValidateResult };

/** Where each record of a {@link parse} result starts (not enumerable: left out of spreads and JSON). */
export interface ParsePositions {
  /**
   * The 1-based physical line where each record starts, same index as `records` (a skipped header
   * is not counted). Pass `Array.from(result.recordLines)` as `lines` to `reconcile`. Like
   * {@link recordOffsets}, it is not enumerable: a spread (`{ ...result }`) or `JSON.stringify` leaves it
   * out.
   */
  readonly recordLines: Int32Array;
  /**
   * The byte offset in the file where each record starts, same index as `records` (for a string
   * input, in its MS932 encoding).
   */
  readonly recordOffsets: Float64Array;
}

/**
 * Result of {@link parse} for a file of kind `K`, before its `ok` is checked: the records are as read,
 * strings ({@link RecordFor}). Rows with errors are included, so `issue.record - 1` indexes `records`.
 */
export interface ParseResultUnchecked<K extends SupportedKind> extends ValidateResult, ParsePositions {
  readonly kind: K;
  readonly ok: false;
  /**
   * One record per data row, in file order, keyed by the layout's field keys (the 202407 record model; the
   * columns a 202208 file lacks are `''`). Nothing in them has been vouched for: every value is a string.
   */
  readonly records: RecordFor<K>[];
}

/**
 * Result of {@link parse} for a file of kind `K` that has no error (`ok: true`): every record passed the
 * field checks and record rules, so its type is the validated one ({@link ValidRecordFor}): code columns
 * hold one of their codes, fixed columns their value. Other columns stay `string` (their format was
 * checked, but the type does not spell it out).
 */
export interface ParseResultValid<K extends SupportedKind> extends ValidateResult, ParsePositions {
  readonly kind: K;
  readonly ok: true;
  /** One record per data row, in file order, each validated. */
  readonly records: ValidRecordFor<K>[];
}

/**
 * Result of {@link parse}: a {@link ValidateResult} plus the records, discriminated by `kind` (one member
 * per kind of `K`) and by `ok` (validated records only when `ok` is true):
 *
 * ```ts
 * const r = parse(bytes, { fileName });
 * if (r.kind === 'table6Plan' && r.ok) for (const rec of r.records) rec.over30Days; // '0' | '1'
 * ```
 */
export type ParseResult<K extends SupportedKind = SupportedKind> = K extends SupportedKind ? ParseResultValid<K> | ParseResultUnchecked<K> : never;

/** Result of {@link parse} when the kind could not be told (neither `options.kind` nor the file name): no records. */
export interface ParseResultWithoutKind extends ValidateResult, ParsePositions {
  readonly kind: null;
  readonly ok: false;
  readonly records: never[];
}

/**
 * What the CLI's `to-json` prints (and `from-json` reads: `kind` and `records` only), discriminated by
 * `kind`. The records are as read (strings): check them with `careplan-csv/zod` or write them back with
 * {@link serializeUnknown}.
 */
export type JsonFile<K extends SupportedKind = SupportedKind> = K extends SupportedKind
  ? {
      readonly kind: K;
      readonly version: CsvVersion | null;
      readonly fileName: string | null;
      readonly records: RecordFor<K>[];
    }
  : never;

/** What {@link parse} gives without `options.kind`: a result for one of the kinds, or none. */
export type AnyParseResult = ParseResult | ParseResultWithoutKind;

/**
 * Result of {@link serialize}: with `ok` (no error) the bytes are there; without, they are null unless
 * `allowInvalid` was set and every character could be encoded.
 */
export type SerializeResult = SerializeResultOk | SerializeResultFailed;

/** What {@link SerializeResult} has whether or not the file could be written. */
export interface SerializeResultBase {
  readonly issues: readonly Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
}

/** A {@link SerializeResult} without error: the file's bytes (warnings allowed). */
export interface SerializeResultOk extends SerializeResultBase {
  readonly ok: true;
  /** The file's bytes. */
  readonly bytes: Uint8Array;
}

/** A {@link SerializeResult} with errors: see `issues`. */
export interface SerializeResultFailed extends SerializeResultBase {
  readonly ok: false;
  /**
   * Null when a character could not be encoded, and (unless `allowInvalid`) always; with `allowInvalid`
   * the bytes written despite the errors.
   */
  readonly bytes: Uint8Array | null;
}

/** What `parse` and `validate` read: MS932 bytes, or text that is already decoded. */
export type ParseInput = Uint8Array | ArrayBuffer | string;

function read(input: ParseInput, options: ParseOptions | undefined, materialize: boolean): ReadOutcome {
  const fn = materialize ? 'parse' : 'validate';
  const o = normalizeParseOptions(options, fn);
  // Without an explicit maxRecords, the records built are bounded by the input's size too (parseRecordBudget).
  const bound = options?.maxRecords === undefined;
  if (input instanceof Uint8Array) return readBytes(input, o, materialize, [], bound);
  if (input instanceof ArrayBuffer) return readBytes(new Uint8Array(input), o, materialize, [], bound);
  if (typeof input !== 'string') {
    misuse('ERR_CAREPLAN_ARGUMENT', fn, `input must be a Uint8Array, an ArrayBuffer or a string, got ${typeName(input)}`);
  }
  // A string is already text: encode it to MS932 first (strictly), then read the bytes.
  const { bytes, injected } = encodeForReading(input, o.includeValues);
  return readBytes(bytes, o, materialize, injected, bound);
}

/**
 * Reads a file and returns its records and every issue found in one pass. The kind comes from
 * `options.kind` or `options.fileName`. Bad input never throws; only misuse of the API does (unknown
 * options, a kind and file name both missing is reported as the issue `file.unknownKind`).
 *
 * With `options.kind` the result is of that kind; with only `options.fileName` it is discriminated by
 * `kind` (check it to narrow `records`). Records are validated types only once `ok` is checked.
 *
 * @example
 * ```ts
 * const r = parse(bytes, { fileName: 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV' });
 * if (r.kind === 'table6Plan' && r.ok) for (const rec of r.records) console.log(rec.serviceDate, rec.serviceCode);
 * ```
 */
export function parse<K extends SupportedKind>(input: ParseInput, options: ParseOptions & { readonly kind: K }): ParseResult<K>;
export function parse(input: ParseInput, options?: ParseOptions): AnyParseResult;
export function parse(input: ParseInput, options?: ParseOptions): AnyParseResult {
  const r = read(input, options, true);
  const positions = r.positions ?? { lines: new Int32Array(0), offsets: new Float64Array(0) };
  const result = { ...summary(r), records: r.records ?? [] };
  // Not enumerable: a result compares, spreads and serializes (JSON) as before, without one number per record.
  return Object.defineProperties(result, {
    recordLines: { value: positions.lines },
    recordOffsets: { value: positions.offsets },
  }) as unknown as AnyParseResult;
}

/** Like {@link parse} without building records: the fastest way to check a file. */
export function validate(input: ParseInput, options?: ParseOptions): ValidateResult {
  return summary(read(input, options, false));
}

/**
 * Writes records as a canonical MS932 CSV file (see docs/format.md). Records are validated with the same
 * rules as files being read; characters outside MS932 are errors unless a replacement policy is chosen,
 * and the JIS-style variants (〜 ‖ − ¢ £ ¬ —) are converted with a warning each.
 *
 * The records are typed by kind ({@link RecordInputFor}): a misspelt key, a number for a string or a code
 * a column does not have is a compile-time error. Records whose type is not known (JSON from elsewhere, rows
 * as read before their `ok` is checked) go through {@link serializeUnknown}, which checks them at run time.
 */
export function serialize<K extends SupportedKind>(kind: K, records: readonly RecordInputFor<K>[], options?: SerializeOptions): SerializeResult {
  return serializeAs('serialize', kind, records, options);
}

/**
 * {@link serialize} for records whose type is not known at compile time (JSON from elsewhere, records of
 * `parse` before `ok` was checked): every key and value is checked at run time and reported as issues
 * (`record.unknownField`, `record.valueType`, the field checks…), never thrown. Only API misuse throws
 * (a `kind` that is not a kind, `records` that is not an array, a bad option).
 */
export function serializeUnknown(kind: SupportedKind, records: readonly unknown[], options?: SerializeOptions): SerializeResult {
  return serializeAs('serializeUnknown', kind, records, options);
}

/** {@link serialize} and {@link serializeUnknown}, misuse named as the function called (`fn`). */
function serializeAs(fn: string, kind: SupportedKind, records: readonly unknown[], options?: SerializeOptions): SerializeResult {
  if (!Array.isArray(records)) misuse('ERR_CAREPLAN_ARGUMENT', fn, `records must be an array, got ${typeName(records)}`);
  requireKind(fn, kind);
  const o = normalizeSerializeOptions(options, fn);
  const r = serializeRecords(kind, records, o);
  return { bytes: r.bytes, issues: r.issues, ok: r.errorCount === 0, errorCount: r.errorCount, warningCount: r.warningCount } as SerializeResult;
}
