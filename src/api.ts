import { ByteSink } from './encoding/byte-sink.js';
import { encodeInto, encodeMs932, normalizeEncodeOptions, type EncodeProblem } from './encoding/encode.js';
import type { Issue } from './issues/types.js';
import { isKind, KINDS, type Kind } from './kinds.js';
import {
  normalizeParseOptions,
  normalizeSerializeOptions,
  type ParseOptions,
  type ReadLimits,
  type SerializeOptions,
} from './options.js';
import { readBytes, type InjectedProblem, type ReadOutcome } from './parse/read.js';
import type { CsvVersion, RecordFor, SupportedKind } from './schemas/layouts.js';
import { encodeProblemIssue, serializeRecords } from './serialize/serialize.js';

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
  /** Issues of severity `info` (they never make `ok` false). */
  readonly infoCount: number;
  /**
   * True when the file is error-free and its bytes are in the canonical form the serializer writes (CRLF
   * after every record, free text quoted and nothing else, one code per character, no header, empty line or
   * alias version), so that serializing its records gives the same bytes. When false and `ok`, the issues
   * say why: `info` issues for the valid deviations (`csv.lineBreak`, `csv.finalLineBreak`, `csv.quoting`,
   * `encoding.nonCanonical`), and the warnings `csv.emptyLine`, `csv.unquotedFreeText`, `csv.headerSkipped`,
   * `file.versionAlias`, `encoding.converted`.
   */
  readonly canonical: boolean;
  /**
   * True when a read limit (see {@link ReadLimits}) cut the result short: reading stopped before the end
   * of the file (`limit.fileBytes`, `limit.records`), or not every issue is listed (`limit.issues`;
   * `errorCount` and `warningCount` still count them all).
   */
  readonly truncated: boolean;
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

/** What `parse` and `validate` read: MS932 bytes, or text that is already decoded. */
export type ParseInput = Uint8Array | ArrayBuffer | string;

/**
 * Encodes a string input to MS932 for reading. Characters MS932 cannot hold become 〓 (so the rest of
 * the file is still checked) and are reported as errors at their record and field; converted variants are
 * reported as warnings. Returns the bytes and the problems at their byte offsets.
 */
function encodeInput(text: string, includeValues: boolean): { bytes: Uint8Array; injected: InjectedProblem[] } {
  const options = normalizeEncodeOptions({ unmappable: { replacement: '〓' } });
  const { bytes, problems } = encodeMs932(text, { unmappable: { replacement: '〓' } });
  const injected: InjectedProblem[] = [];
  // Byte offset of each problem: the text between consecutive problems is encoded again into one sink
  // (each character once: linear overall).
  const sink = new ByteSink(256);
  const scratch: EncodeProblem[] = [];
  let offset = 0;
  let from = 0;
  for (const p of problems) {
    sink.pos = 0;
    encodeInto(text.slice(from, p.index), sink, options, scratch);
    scratch.length = 0;
    offset += sink.pos;
    from = p.index;
    // 〓 stands in for an unmappable character here, but for the reader it is an error, not a choice.
    const issue = encodeProblemIssue(p.code === 'replaced' ? { ...p, code: 'unmappable' } : p, null, includeValues);
    if (issue.code !== 'encoding.replaced') injected.push({ offset, ...issue });
    else {
      // Not reached (a replaced character is reported as unmappable), but typed: the unmappable params of it.
      const { detail, codePoint } = issue.params;
      injected.push({ offset, code: 'encoding.unmappable', params: codePoint === undefined ? { detail } : { detail, codePoint } });
    }
  }
  return { bytes: bytes as Uint8Array, injected };
}

function read(input: ParseInput, options: ParseOptions | undefined, materialize: boolean): ReadOutcome {
  const o = normalizeParseOptions(options);
  // Without an explicit maxRecords, the records built are bounded by the input's size too (parseRecordBudget).
  const bound = options?.maxRecords === undefined;
  if (input instanceof Uint8Array) return readBytes(input, o, materialize, [], bound);
  if (input instanceof ArrayBuffer) return readBytes(new Uint8Array(input), o, materialize, [], bound);
  if (typeof input !== 'string') {
    throw new TypeError('careplan-csv: input must be a Uint8Array, an ArrayBuffer or a string');
  }
  // A string is already text: encode it to MS932 first (strictly), then read the bytes.
  const { bytes, injected } = encodeInput(input, o.includeValues);
  return readBytes(bytes, o, materialize, injected, bound);
}

/** The result of reading (or a parse result), without the records. @internal */
export function summary(r: Omit<ValidateResult, 'ok' | 'truncated'> & { readonly truncated?: boolean }): ValidateResult {
  return {
    kind: r.kind,
    version: r.version,
    fileName: r.fileName,
    recordCount: r.recordCount,
    issues: r.issues,
    ok: r.errorCount === 0,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    canonical: r.canonical,
    truncated: r.truncated === true,
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
export function parse<K extends SupportedKind>(input: ParseInput, options: ParseOptions & { readonly kind: K }): ParseResult<K>;
export function parse(input: ParseInput, options?: ParseOptions): ParseResult;
export function parse(input: ParseInput, options?: ParseOptions): ParseResult {
  const r = read(input, options, true);
  return { ...summary(r), records: (r.records ?? []) as unknown as RecordFor<SupportedKind>[] };
}

/** Like {@link parse} without building records: the fastest way to check a file. */
export function validate(input: ParseInput, options?: ParseOptions): ValidateResult {
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
  if (!isKind(kind)) throw new TypeError(`careplan-csv: kind must be one of ${KINDS.join(', ')}`);
  const o = normalizeSerializeOptions(options);
  const r = serializeRecords(kind, records, o);
  return { bytes: r.bytes, issues: r.issues, ok: r.errorCount === 0, errorCount: r.errorCount, warningCount: r.warningCount };
}
