import { normalizeEncodeOptions, type EncodeOptions } from './encoding/encode.js';
import { isSubstitutionPolicy, type SubstitutionPolicy } from './encoding/substitution.js';
import { misuse, typeName, type UsageErrorCode } from './errors.js';
import { isLocale, type Locale } from './issues/locales/index.js';
import { ISSUE_CODES, isIssueCode, type IssueCode } from './issues/codes.js';
import {
  isProfile,
  isRuleSetting,
  profileOptionDefault,
  severityTable,
  type Profile,
  type RuleOverrides,
  type RuleSetting,
  type SeverityTable,
} from './issues/profiles.js';
import { isKind, KINDS, type Kind } from './kinds.js';
import { CSV_VERSIONS, type CsvVersion, hasLayout, kindVersions } from './schemas/layouts.js';

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
  /**
   * The reading of the standard (docs/profiles.md): `standard` (the default), `strict` (for senders and vendor
   * self-tests: the uncertain 必須 marks required, only the standard CSVバージョン, the canonical form
   * required) or `lenient` (for receivers: what reads without doubt is accepted with a warning). One table
   * of code → severity per profile.
   */
  readonly profile?: Profile;
  /**
   * Per-code overrides over the profile, as eslint rules: `{ 'csv.lineBreak': 'error', 'file.versionAlias':
   * 'off' }`. `off` drops the issue (it is neither listed nor counted). The `limit.*` codes that stop reading
   * cannot be turned off.
   */
  readonly rules?: RuleOverrides;
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
  /**
   * Warn (`encoding.outsideJisX0213`) per character that MS932 holds but JIS X 0213 does not (髙, 淸, 靑, ～,
   * ∑, …): the characters that may be mangled or refused after the move to the 介護保険資格確認等WEBサービス
   * in January 2027 (docs/jisx0213.md). Off by default.
   */
  readonly checkJisX0213?: boolean;
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
  readonly profile: Profile;
  /** The severity of each code: the profile's, with the `rules` overrides. */
  readonly severities: SeverityTable;
  /** The overrides as given (checked), or null. */
  readonly rules: RuleOverrides | null;
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
  readonly checkJisX0213: boolean;
}
export interface NormalizedSerializeOptions extends NormalizedCommon {
  readonly fileName: string | null;
  readonly allowInvalid: boolean;
  readonly encode: EncodeOptions;
}
export interface NormalizedSerializeStreamOptions extends NormalizedSerializeOptions {
  readonly chunkSize: number;
}
export interface NormalizedUnitsOptions {
  /** The per-file read options. */
  readonly file: NormalizedParseOptions;
  /** The per-file options as given (without the units' own), for text inputs (which go through `validate`). */
  readonly given: ParseOptions;
  readonly checkImages: boolean;
  /** Report files a unit lacks: always (true), never (false), or for units of two files or more ('auto'). */
  readonly checkMembers: boolean | 'auto';
  readonly names: readonly string[] | null;
  readonly maxWithdrawals: number;
}
export interface NormalizedReconcileOptions {
  readonly scope: 'actualProviders' | 'all';
  /** The field keys to compare as given (null: the default), each a string; `reconcile` checks them against 第6表. */
  readonly compare: readonly string[] | null;
  readonly includeValues: boolean;
}

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

/**
 * The default of every option of the public API, in one table (the reasons are with each option's type).
 * @internal
 */
export const DEFAULTS = Object.freeze({
  // parse, validate, parseStream, validateStream, validateUnits, serialize, serializeStream
  locale: 'ja',
  includeValues: false,
  requireUncertainFields: false,
  profile: 'standard',
  // reading
  kind: null,
  fileName: null,
  /** `true` under profile `lenient` (see PROFILE_OPTIONS). */
  skipHeader: false,
  checkJisX0213: false,
  ...DEFAULT_LIMITS,
  // writing
  allowInvalid: false,
  variants: 'convert',
  substitute: 'none',
  unmappable: 'error',
  /** serializeStream: bytes per chunk (at least 1024). */
  chunkSize: 65536,
  // validateUnits
  checkImages: true,
  checkMembers: true,
  maxWithdrawals: 100_000,
  // reconcile (compare: DEFAULT_COMPARED_FIELDS)
  scope: 'actualProviders',
} as const);

const COMMON_KEYS = ['locale', 'includeValues', 'requireUncertainFields', 'profile', 'rules'];
const LIMIT_KEYS: readonly (keyof ReadLimits)[] = ['maxFileBytes', 'maxRecordBytes', 'maxFieldBytes', 'maxRecords', 'maxIssues', 'maxErrors'];
const PARSE_KEYS = new Set([...COMMON_KEYS, 'kind', 'fileName', 'skipHeader', ...LIMIT_KEYS, 'signal', 'deadlineMs', 'checkJisX0213']);
// repair reads (parse's options) and may substitute characters MS932 lacks (serialize's `substitute`).
const REPAIR_KEYS = new Set([...PARSE_KEYS, 'substitute']);
const SERIALIZE_KEYS = new Set([...COMMON_KEYS, 'fileName', 'allowInvalid', 'variants', 'unmappable', 'substitute']);
const SERIALIZE_STREAM_KEYS = new Set([...SERIALIZE_KEYS, 'chunkSize']);
// No fileName: each file of a unit has its own.
const UNITS_KEYS = new Set([...PARSE_KEYS, 'checkImages', 'checkMembers', 'names', 'maxWithdrawals'].filter((k) => k !== 'fileName'));
const RECONCILE_KEYS = new Set(['scope', 'compare', 'includeValues']);
const RECORD_LINES_KEYS = new Set(['maxRecordBytes']);

/**
 * The options given to one public function, checked name by name: every check of an option's name and
 * type goes through here, and throws the coded usage error naming that function.
 * @internal
 */
export class OptionValues {
  /** The options' own enumerable properties (inherited ones are not options). */
  private readonly values: ReadonlyMap<string, unknown>;

  /**
   * @param fn - the public function whose options these are (named in error messages)
   * @param allowed - the option names it knows
   */
  constructor(
    readonly fn: string,
    options: unknown,
    allowed: ReadonlySet<string>,
    /** Extra words after "is not a known option" for a name (why it is not one). */
    why: Readonly<Record<string, string>> = {},
  ) {
    if (options === undefined || options === null) {
      this.values = new Map();
      return;
    }
    if (typeof options !== 'object' || Array.isArray(options))
      misuse('ERR_CAREPLAN_OPTIONS', fn, `options must be an object, got ${typeName(options)}`);
    this.values = new Map(Object.entries(options));
    for (const key of this.values.keys()) {
      if (!allowed.has(key)) this.fail(key, `is not a known option${why[key] ?? ''}`, 'ERR_CAREPLAN_UNKNOWN_OPTION');
    }
  }

  /** The value given for `name` (undefined when absent). */
  get(name: string): unknown {
    return this.values.get(name);
  }

  /** Whether `name` was given (even as undefined). */
  has(name: string): boolean {
    return this.values.has(name);
  }

  fail(name: string, message: string, code: UsageErrorCode = 'ERR_CAREPLAN_OPTION_VALUE'): never {
    misuse(code, this.fn, `option "${name}" ${message}`);
  }

  bool(name: string, fallback: boolean): boolean {
    const v = this.get(name);
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') this.fail(name, 'must be a boolean');
    return v;
  }

  string(name: string): string | null {
    const v = this.get(name);
    if (v === undefined) return null;
    if (typeof v !== 'string') this.fail(name, 'must be a string');
    return v;
  }

  /** A value `is` accepts, or `fallback` when absent; `expected` words the accepted values. */
  oneOf<T>(name: string, is: (v: unknown) => v is T, fallback: T, expected: string, code?: UsageErrorCode): T {
    const v = this.get(name);
    if (v === undefined) return fallback;
    if (!is(v)) this.fail(name, `must be ${expected}`, code);
    return v;
  }

  /** An integer from `min` to `max`, or Infinity (which becomes `max`, itself Infinity for counts). */
  limit(name: keyof ReadLimits, min: number, max: number): number {
    const v = this.get(name);
    if (v === undefined) return DEFAULT_LIMITS[name];
    if (v === Number.POSITIVE_INFINITY) return max;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.fail(name, `must be an integer from ${min}${max === MAX_BYTES ? ' to 2^31 - 1' : ' up'}, or Infinity`);
    }
    return v;
  }

  /** An array of strings (null when absent). */
  strings(name: string, expected: string): readonly string[] | null {
    const v = this.get(name);
    if (v === undefined) return null;
    if (!Array.isArray(v)) this.fail(name, `must be ${expected}`);
    const out: string[] = [];
    for (const item of v) {
      if (typeof item !== 'string') this.fail(name, `must be ${expected}`);
      out.push(item);
    }
    return out;
  }
}

function limits(o: OptionValues): NormalizedLimits {
  const count = Number.POSITIVE_INFINITY;
  return {
    maxFileBytes: o.limit('maxFileBytes', 1, MAX_BYTES),
    maxRecordBytes: o.limit('maxRecordBytes', 1, MAX_BYTES),
    maxFieldBytes: o.limit('maxFieldBytes', 1, MAX_BYTES),
    maxRecords: o.limit('maxRecords', 1, count),
    maxIssues: o.limit('maxIssues', 0, count),
    maxErrors: o.limit('maxErrors', 1, count),
  };
}

function signal(o: OptionValues): AbortSignal | null {
  const v = o.get('signal');
  if (v === undefined) return null;
  const s = v as { aborted?: unknown; addEventListener?: unknown } | null;
  if (s === null || typeof s !== 'object' || typeof s.aborted !== 'boolean' || typeof s.addEventListener !== 'function') {
    o.fail('signal', 'must be an AbortSignal');
  }
  return v as AbortSignal;
}

function deadline(o: OptionValues): number | null {
  const v = o.get('deadlineMs');
  if (v === undefined || v === Number.POSITIVE_INFINITY) return null;
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) o.fail('deadlineMs', 'must be a positive number, or Infinity');
  return v;
}

/** Codes that say why reading stopped: they cannot be turned off or lowered (a short result must say why). */
const STOP_CODES: ReadonlySet<string> = new Set(['limit.fileBytes', 'limit.records', 'limit.errors', 'limit.aborted', 'limit.deadline']);

function ruleOverrides(o: OptionValues): RuleOverrides | null {
  const v = o.get('rules');
  if (v === undefined) return null;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) o.fail('rules', 'must be an object of issue code → severity');
  const out: { [C in IssueCode]?: RuleSetting } = {};
  for (const [code, setting] of Object.entries(v)) {
    if (!isIssueCode(code)) o.fail('rules', `names an unknown issue code "${code}"`, 'ERR_CAREPLAN_OPTION_VALUE');
    if (!isRuleSetting(setting)) o.fail('rules', `sets "${code}" to ${typeName(setting)}: must be 'off', 'info', 'warning' or 'error'`);
    if (STOP_CODES.has(code) && setting !== ISSUE_CODES[code]) {
      o.fail('rules', `cannot change "${code}": it says why reading stopped`);
    }
    out[code] = setting;
  }
  return out;
}

function common(o: OptionValues): NormalizedCommon {
  const profile = o.oneOf('profile', isProfile, DEFAULTS.profile, "'strict', 'standard' or 'lenient'");
  const rules = ruleOverrides(o);
  return {
    locale: o.oneOf('locale', isLocale, DEFAULTS.locale, "'ja' or 'en'"),
    includeValues: o.bool('includeValues', DEFAULTS.includeValues),
    requireUncertainFields: o.bool('requireUncertainFields', DEFAULTS.requireUncertainFields),
    profile,
    severities: severityTable(profile, rules),
    rules,
  };
}

/** How an option naming a kind is worded when it names none (built once). */
const KIND_LIST = `one of ${KINDS.join(', ')}`;

function parseOptionsOf(o: OptionValues): NormalizedParseOptions {
  const c = common(o);
  // Completed in place: a spread of `c` into a new literal took V8 7.5 µs a call, this 1 µs (measured; every
  // small file and every upload is one call).
  return Object.assign(c, {
    kind: o.oneOf<Kind | null>('kind', isKind, DEFAULTS.kind, KIND_LIST, 'ERR_CAREPLAN_KIND'),
    fileName: o.string('fileName'),
    skipHeader: o.bool('skipHeader', profileOptionDefault(c.profile, 'skipHeader')),
    checkJisX0213: o.bool('checkJisX0213', DEFAULTS.checkJisX0213),
    limits: limits(o),
    signal: signal(o),
    deadlineMs: deadline(o),
  });
}

/**
 * Checks and completes the options of a reading function (`parse`, `validate`, `parseStream`,
 * `validateStream`) in one place. Unknown option names and values of the wrong type are API misuse and
 * throw a {@link CareplanUsageError} naming `fn`.
 */
export function normalizeParseOptions(options: unknown, fn = 'parse'): NormalizedParseOptions {
  return parseOptionsOf(new OptionValues(fn, options, PARSE_KEYS));
}

/**
 * Checks and completes the options of `repair`: those of `parse`, plus `substitute` (default `'none'`). Gives
 * the reading options as normalised and the caller's reading options without `substitute`, for `parse` and
 * `validate`.
 */
export function normalizeRepairOptions(options: unknown): {
  readonly read: NormalizedParseOptions;
  readonly readOptions: Readonly<Record<string, unknown>>;
  readonly substitute: SubstitutionPolicy;
} {
  const o = new OptionValues('repair', options, REPAIR_KEYS);
  const substitute = o.oneOf<SubstitutionPolicy>('substitute', isSubstitutionPolicy, 'none', "'none' or 'jisx0213'");
  const { substitute: _, ...readOptions } = (options ?? {}) as Record<string, unknown>;
  return { read: parseOptionsOf(o), readOptions, substitute };
}

const isVariants = (v: unknown): v is 'convert' | 'error' => v === 'convert' || v === 'error';

function unmappableOption(o: OptionValues): NonNullable<EncodeOptions['unmappable']> | undefined {
  const v = o.get('unmappable');
  if (v === undefined || v === 'error') return v;
  if (typeof v === 'object' && v !== null && 'replacement' in v && typeof v.replacement === 'string') return { replacement: v.replacement };
  o.fail('unmappable', "must be 'error' or { replacement: string }");
}

function serializeOptions(o: OptionValues): NormalizedSerializeOptions {
  const encode: { variants?: 'convert' | 'error'; unmappable?: NonNullable<EncodeOptions['unmappable']>; substitute?: SubstitutionPolicy } = {};
  const variants = o.oneOf<'convert' | 'error' | undefined>('variants', isVariants, undefined, "'convert' or 'error'");
  if (variants !== undefined) encode.variants = variants;
  const unmappable = unmappableOption(o);
  if (unmappable !== undefined) encode.unmappable = unmappable;
  const substitute = o.oneOf<SubstitutionPolicy | undefined>('substitute', isSubstitutionPolicy, undefined, "'none' or 'jisx0213'");
  if (substitute !== undefined) encode.substitute = substitute;
  // Checked here, at the call (serializeStream writes nothing before its first chunk is read).
  const { replacement } = normalizeEncodeOptions(encode, o.fn);
  // The replacement is written as it is: CSV syntax in it would end a field or a record inside a value.
  if (replacement !== null && /["\r\n,]/.test(replacement)) {
    o.fail('unmappable', 'replacement must not contain `"`, `,`, CR or LF (they are CSV syntax)');
  }
  return Object.assign(common(o), {
    fileName: o.string('fileName'),
    allowInvalid: o.bool('allowInvalid', DEFAULTS.allowInvalid),
    encode,
  });
}

/** Checks and completes the options of `serialize` in one place (see {@link normalizeParseOptions}). */
export function normalizeSerializeOptions(options: unknown, fn = 'serialize'): NormalizedSerializeOptions {
  return serializeOptions(new OptionValues(fn, options, SERIALIZE_KEYS));
}

/** The options of `serializeStream`: those of `serialize` and `chunkSize`. */
export function normalizeSerializeStreamOptions(options: unknown): NormalizedSerializeStreamOptions {
  const o: OptionValues = new OptionValues('serializeStream', options, SERIALIZE_STREAM_KEYS);
  const c = o.get('chunkSize') ?? DEFAULTS.chunkSize;
  if (typeof c !== 'number' || !Number.isInteger(c) || c < 1024) o.fail('chunkSize', 'must be an integer of at least 1024');
  return { ...serializeOptions(o), chunkSize: c };
}

/** The options of `validateUnits` / `createUnitValidator`: the reading options of each file and the units' own. */
export function normalizeUnitsOptions(options: unknown, fn: string): NormalizedUnitsOptions {
  const o: OptionValues = new OptionValues(fn, options, UNITS_KEYS, { fileName: ' (each file has its own name)' });
  const maxWithdrawals = o.get('maxWithdrawals') ?? DEFAULTS.maxWithdrawals;
  if (
    typeof maxWithdrawals !== 'number' ||
    !(Number.isInteger(maxWithdrawals) || maxWithdrawals === Number.POSITIVE_INFINITY) ||
    maxWithdrawals < 0
  ) {
    o.fail('maxWithdrawals', 'must be an integer ≥ 0 or Infinity');
  }
  const checkMembers = o.get('checkMembers') ?? DEFAULTS.checkMembers;
  if (typeof checkMembers !== 'boolean' && checkMembers !== 'auto') o.fail('checkMembers', 'must be true, false or "auto"');
  const file = parseOptionsOf(o);
  // What text inputs pass on to `validate`: the reading options as given (its maxRecords default differs
  // from an explicit one), already checked.
  const given: { -readonly [K in keyof ParseOptions]: ParseOptions[K] } = {};
  if (file.kind !== null) given.kind = file.kind;
  if (o.has('locale')) given.locale = file.locale;
  if (o.has('includeValues')) given.includeValues = file.includeValues;
  if (o.has('requireUncertainFields')) given.requireUncertainFields = file.requireUncertainFields;
  if (o.has('skipHeader')) given.skipHeader = file.skipHeader;
  if (o.has('profile')) given.profile = file.profile;
  if (file.rules !== null) given.rules = file.rules;
  if (o.has('checkJisX0213')) given.checkJisX0213 = file.checkJisX0213;
  for (const key of LIMIT_KEYS) if (o.get(key) !== undefined) given[key] = file.limits[key];
  return {
    file,
    given,
    checkImages: o.bool('checkImages', DEFAULTS.checkImages),
    checkMembers,
    names: o.strings('names', 'an array of strings'),
    maxWithdrawals,
  };
}

const isScope = (v: unknown): v is 'actualProviders' | 'all' => v === 'actualProviders' || v === 'all';

/** The options of `reconcile` (the field keys of `compare` are checked by `reconcile`, which knows 第6表). */
export function normalizeReconcileOptions(options: unknown): NormalizedReconcileOptions {
  const o: OptionValues = new OptionValues('reconcile', options, RECONCILE_KEYS);
  return {
    scope: o.oneOf('scope', isScope, DEFAULTS.scope, "'actualProviders' or 'all'"),
    compare: o.strings('compare', 'an array of field keys'),
    includeValues: o.bool('includeValues', DEFAULTS.includeValues),
  };
}

/** The options of `recordLines`. */
export function normalizeRecordLinesOptions(options: unknown): { readonly maxRecordBytes: number } {
  const o: OptionValues = new OptionValues('recordLines', options, RECORD_LINES_KEYS);
  const v = o.get('maxRecordBytes');
  if (v === undefined) return { maxRecordBytes: DEFAULT_LIMITS.maxRecordBytes };
  if (typeof v !== 'number' || !(v > 0)) o.fail('maxRecordBytes', 'must be a positive number');
  return { maxRecordBytes: v };
}

/** The kind and options of a generator of `careplan-csv/testing`, checked (see {@link normalizeArbitraryOptions}). */
export interface NormalizedArbitraryOptions {
  readonly kind: Kind;
  /** The version asked for; null: any version the kind has. */
  readonly version: CsvVersion | null;
  /** At most this many records; null: the generator's default. */
  readonly maxRecords: number | null;
  /** The options as given, for the generator's own (`extra`) options. */
  readonly values: OptionValues;
}

function isCsvVersion(v: unknown): v is CsvVersion {
  return (CSV_VERSIONS as readonly unknown[]).includes(v);
}

/** A kind argument of `fn`, else the coded usage error (ERR_CAREPLAN_KIND, listing the kinds). */
export function requireKind(fn: string, kind: unknown): asserts kind is Kind {
  if (!isKind(kind)) misuse('ERR_CAREPLAN_KIND', fn, `kind must be one of ${KINDS.join(', ')}`);
}

/**
 * A CSVバージョン that `kind` has a layout in (what `fn` names `what`: an option or an argument); else the coded
 * usage error (`code` for a value that is no version, ERR_CAREPLAN_KIND for a version the kind lacks).
 */
export function checkVersionOf(fn: string, kind: Kind, version: unknown, what: string, code: UsageErrorCode): CsvVersion {
  if (!isCsvVersion(version)) misuse(code, fn, `${what} must be one of ${CSV_VERSIONS.join(', ')}`);
  if (!hasLayout(kind, version)) {
    misuse(
      'ERR_CAREPLAN_KIND',
      fn,
      `${what} must be a version ${kind} has a layout in (${kindVersions(kind).join(', ')}): it has none in ${version}`,
    );
  }
  return version;
}

/**
 * The arguments of a generator of `careplan-csv/testing` (`validFile`, `validRecords`, `mutatedFile`,
 * `damagedFile`): an unknown kind, an unknown option, a version that is none or that the kind has no
 * layout in, or a record count below 1 throws the coded usage error when the generator is made, not later
 * inside fast-check when a value is drawn. `keys` are the option names the generator knows.
 */
export function normalizeArbitraryOptions(fn: string, kind: unknown, options: unknown, keys: readonly string[]): NormalizedArbitraryOptions {
  requireKind(fn, kind);
  const o = new OptionValues(fn, options, new Set(keys));
  const version = o.get('version') === undefined ? null : checkVersionOf(fn, kind, o.get('version'), 'option "version"', 'ERR_CAREPLAN_OPTION_VALUE');
  const n = o.get('maxRecords');
  if (n !== undefined && (typeof n !== 'number' || !Number.isInteger(n) || n < 1)) o.fail('maxRecords', 'must be an integer from 1 up');
  return { kind, version, maxRecords: n === undefined ? null : (n as number), values: o };
}
