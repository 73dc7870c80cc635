import { normalizeEncodeOptions, type EncodeOptions } from './encoding/encode.js';
import { isLocale, type Locale } from './issues/locales/index.js';
import { KINDS, type Kind } from './kinds.js';

/** Options shared by reading and writing. */
export interface CommonOptions {
  /** Message language of issues (default `ja`). */
  readonly locale?: Locale;
  /**
   * Put the offending field value into each field issue (`issue.value`). Off by default: care data is
   * personal, and issues end up in logs.
   */
  readonly includeValues?: boolean;
  /**
   * Treat the columns whose 必須 mark is uncertain in the recovered spec text as required (the spec
   * reference's best guess). Off by default: an empty value is accepted, the reading that rejects the
   * least valid data. See docs/uncertain.md.
   */
  readonly requireUncertainFields?: boolean;
}

/**
 * Limits for reading untrusted input (options of {@link parse}, {@link validate} and the streaming reader).
 * Each is a positive integer, or `Infinity` for no limit (for the byte limits: the largest supported
 * value, 2 GiB − 1 bytes). The defaults are far above what a real file needs, and keep the memory and
 * work of one file bounded. Reading a file never throws when one is exceeded: it yields a `limit.*` issue
 * (an error; `limit.issues` is a warning).
 */
export interface ReadLimits {
  /**
   * Largest file, in bytes. Default 1 GiB (2^30): a month of 第6表 of a large care-management office
   * (1,000 users × 150 lines) is about 25 MB. A larger file is read up to the last record that ends
   * within the limit, then reading stops with `limit.fileBytes` (and the result is `truncated`); the
   * whole-file checks at the end see only the records read.
   */
  readonly maxFileBytes?: number;
  /**
   * Largest record, in bytes from its first byte to its terminating line break (line breaks inside
   * quoted free text count). Default 1 MiB (2^20): room for every free-text column of the widest layout
   * at {@link maxFieldBytes}. A longer record is skipped with `limit.recordBytes`, and reading goes on
   * after the next line break — or, when a quoted field is still open at the limit (most likely a quote
   * that is never closed), after the first line break inside it, as after an unterminated quote. This
   * is also what bounds the memory of the streaming reader: it never holds more than one record.
   */
  readonly maxRecordBytes?: number;
  /**
   * Largest field, in bytes as written (without the enclosing quotes; `""` counts two). Default 64 KiB
   * (2^16): 32,768 full-width characters, many times the text a 居宅サービス計画書（1表）form holds (the
   * spec sets no length for free text). A longer field gets `limit.fieldBytes` and is not checked
   * further; the rest of the record is read and checked as usual.
   */
  readonly maxFieldBytes?: number;
  /**
   * Most records. Default 10,000,000: about 1.6 GB of 第6表, beyond {@link maxFileBytes}. The next record
   * gets `limit.records`, and reading stops there (the result is `truncated`). When it is not given,
   * `parse` also stops (`limit.records` with `detail: 'memory'`) once the records it built take about 3
   * bytes of memory per byte of input and 8 MiB (real files take 1.5–2.6): rows far shorter than their
   * layout (a `1` on each line) would otherwise take hundreds of times the file's size. Giving it, even
   * as 10,000,000, lifts that bound.
   */
  readonly maxRecords?: number;
  /**
   * Most issues listed per file (0 or more). Default 1,000. After that, one `limit.issues` warning is
   * listed, the result is `truncated`, and later issues are counted in `errorCount` / `warningCount`
   * but not listed; reading goes on to the end. Past the cap, issues are only counted: no issue object is
   * built, so the memory does not grow with their number.
   */
  readonly maxIssues?: number;
  /**
   * Fail fast: stop reading once this many errors are found (1 or more). Default `Infinity` (read to the
   * end). Reading stops before the next record with one `limit.errors` warning at its place; the result
   * is `truncated`, and the counts are those of what was read. For a relay that needs only "invalid,
   * and the first issues".
   */
  readonly maxErrors?: number;
}

/** Options of {@link parse} and {@link validate}. */
export interface ParseOptions extends CommonOptions, ReadLimits {
  /** The file kind. When absent it is taken from `fileName`. */
  readonly kind?: Kind;
  /** The file name (a path is fine): gives the kind when `kind` is absent, and is checked against the content. */
  readonly fileName?: string;
  /**
   * Skip a first line whose column 1 is not a 6-digit CSVバージョン, as a header (with a warning). Off by
   * default: the spec defines no header line, so such a line is read as a record.
   */
  readonly skipHeader?: boolean;
  /**
   * Stops reading when aborted: checked before each record (at least every 64 KiB of input) and, by the
   * streaming readers, while waiting for the next chunk (the source is then released at once). Reading
   * never throws for it: the result is `truncated`, with a `limit.aborted` error at the place where
   * reading stopped. The synchronous `parse` and `validate` can only see a signal aborted before the
   * call or from another thread's point of view: use {@link deadlineMs} to bound them in time.
   */
  readonly signal?: AbortSignal;
  /**
   * Most milliseconds the read may take, from the call (a positive number, or `Infinity`). Checked as
   * {@link signal} is, including in the synchronous `parse` and `validate`; when it passes, reading
   * stops with a `limit.deadline` error and a `truncated` result.
   */
  readonly deadlineMs?: number;
}

/**
 * Options of {@link serialize}. `unmappable: { replacement }` must not hold `"`, `,`, CR or LF: the
 * replacement is written as it is, and CSV syntax there would break the file (`TypeError`).
 */
export interface SerializeOptions extends CommonOptions, EncodeOptions {
  /** The name the file will have: labels issues, and is checked against the records (kind, month, style). */
  readonly fileName?: string;
  /**
   * Produce bytes even when records have validation errors (never when a character cannot be encoded).
   * Off by default: `bytes` is null whenever there is an error.
   */
  readonly allowInvalid?: boolean;
}

export interface NormalizedCommon {
  readonly locale: Locale;
  readonly includeValues: boolean;
  readonly requireUncertainFields: boolean;
}
/** {@link ReadLimits} with every value set (`Infinity` kept only for the counts). */
export type NormalizedLimits = Required<ReadLimits>;
export interface NormalizedParseOptions extends NormalizedCommon {
  readonly kind: Kind | null;
  readonly fileName: string | null;
  readonly skipHeader: boolean;
  readonly limits: NormalizedLimits;
  /** The caller's signal, or null. */
  readonly signal: AbortSignal | null;
  /** {@link ParseOptions.deadlineMs}, or null for none. */
  readonly deadlineMs: number | null;
}
export interface NormalizedSerializeOptions extends NormalizedCommon {
  readonly fileName: string | null;
  readonly allowInvalid: boolean;
  readonly encode: EncodeOptions;
}

const COMMON_KEYS = ['locale', 'includeValues', 'requireUncertainFields'];
const LIMIT_KEYS = ['maxFileBytes', 'maxRecordBytes', 'maxFieldBytes', 'maxRecords', 'maxIssues', 'maxErrors'];
const PARSE_KEYS = new Set([...COMMON_KEYS, 'kind', 'fileName', 'skipHeader', ...LIMIT_KEYS, 'signal', 'deadlineMs']);

/** Largest byte limit: offsets within the file stay 32-bit integers. */
const MAX_BYTES = 2 ** 31 - 1;

/** The default {@link ReadLimits} (see there for the reasons). */
export const DEFAULT_LIMITS: Required<ReadLimits> = Object.freeze({
  maxFileBytes: 2 ** 30,
  maxRecordBytes: 2 ** 20,
  maxFieldBytes: 2 ** 16,
  maxRecords: 10_000_000,
  maxIssues: 1000,
  maxErrors: Number.POSITIVE_INFINITY,
});
const SERIALIZE_KEYS = new Set([...COMMON_KEYS, 'fileName', 'allowInvalid', 'variants', 'unmappable']);

function fail(name: string, message: string): never {
  throw new TypeError(`careplan-csv: option "${name}" ${message}`);
}

function plainObject(options: unknown, allowed: ReadonlySet<string>): Record<string, unknown> {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError('careplan-csv: options must be an object');
  }
  for (const key of Object.keys(options)) {
    if (!allowed.has(key)) fail(key, 'is not a known option');
  }
  return options as Record<string, unknown>;
}

function bool(o: Record<string, unknown>, name: string): boolean {
  const v = o[name];
  if (v === undefined) return false;
  if (typeof v !== 'boolean') fail(name, 'must be a boolean');
  return v;
}

function str(o: Record<string, unknown>, name: string): string | null {
  const v = o[name];
  if (v === undefined) return null;
  if (typeof v !== 'string') fail(name, 'must be a string');
  return v;
}

/** A limit: an integer from `min` to `max`, or Infinity (which becomes `max`, itself Infinity for counts). */
function limit(o: Record<string, unknown>, name: keyof ReadLimits, min: number, max: number): number {
  const v = o[name];
  if (v === undefined) return DEFAULT_LIMITS[name];
  if (v === Number.POSITIVE_INFINITY) return max;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
    fail(name, `must be an integer from ${min}${max === MAX_BYTES ? ' to 2^31 - 1' : ' up'}, or Infinity`);
  }
  return v;
}

function limits(o: Record<string, unknown>): NormalizedLimits {
  const count = Number.POSITIVE_INFINITY;
  return {
    maxFileBytes: limit(o, 'maxFileBytes', 1, MAX_BYTES),
    maxRecordBytes: limit(o, 'maxRecordBytes', 1, MAX_BYTES),
    maxFieldBytes: limit(o, 'maxFieldBytes', 1, MAX_BYTES),
    maxRecords: limit(o, 'maxRecords', 1, count),
    maxIssues: limit(o, 'maxIssues', 0, count),
    maxErrors: limit(o, 'maxErrors', 1, count),
  };
}

function signal(o: Record<string, unknown>): AbortSignal | null {
  const v = o.signal;
  if (v === undefined) return null;
  const s = v as { aborted?: unknown; addEventListener?: unknown } | null;
  if (s === null || typeof s !== 'object' || typeof s.aborted !== 'boolean' || typeof s.addEventListener !== 'function') {
    fail('signal', 'must be an AbortSignal');
  }
  return v as AbortSignal;
}

function deadline(o: Record<string, unknown>): number | null {
  const v = o.deadlineMs;
  if (v === undefined || v === Number.POSITIVE_INFINITY) return null;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) fail('deadlineMs', 'must be a positive number, or Infinity');
  return v;
}

function common(o: Record<string, unknown>): NormalizedCommon {
  const locale = o.locale ?? 'ja';
  if (!isLocale(locale)) fail('locale', "must be 'ja' or 'en'");
  return { locale, includeValues: bool(o, 'includeValues'), requireUncertainFields: bool(o, 'requireUncertainFields') };
}

/**
 * Checks and completes parse options in one place. Unknown option names and values of the wrong type are
 * API misuse and throw a TypeError.
 */
export function normalizeParseOptions(options: unknown): NormalizedParseOptions {
  const o = plainObject(options, PARSE_KEYS);
  const kind = o.kind;
  if (kind !== undefined && !(KINDS as readonly unknown[]).includes(kind)) {
    fail('kind', `must be one of ${KINDS.join(', ')}`);
  }
  return {
    ...common(o),
    kind: (kind as Kind | undefined) ?? null,
    fileName: str(o, 'fileName'),
    skipHeader: bool(o, 'skipHeader'),
    limits: limits(o),
    signal: signal(o),
    deadlineMs: deadline(o),
  };
}

/** Checks and completes serialize options in one place (see {@link normalizeParseOptions}). */
export function normalizeSerializeOptions(options: unknown): NormalizedSerializeOptions {
  const o = plainObject(options, SERIALIZE_KEYS);
  const encode: { -readonly [K in keyof EncodeOptions]: EncodeOptions[K] } = {};
  if (o.variants !== undefined) encode.variants = o.variants as NonNullable<EncodeOptions['variants']>;
  if (o.unmappable !== undefined) encode.unmappable = o.unmappable as NonNullable<EncodeOptions['unmappable']>;
  // Checked here, at the call (serializeStream writes nothing before its first chunk is read).
  const { replacement } = normalizeEncodeOptions(encode);
  // The replacement is written as it is: CSV syntax in it would end a field or a record inside a value.
  if (replacement !== null && /["\r\n,]/.test(replacement)) {
    fail('unmappable', 'replacement must not contain `"`, `,`, CR or LF (they are CSV syntax)');
  }
  return {
    ...common(o),
    fileName: str(o, 'fileName'),
    allowInvalid: bool(o, 'allowInvalid'),
    encode,
  };
}
