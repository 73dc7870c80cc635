import type { EncodeOptions } from './encoding/encode.js';
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

/** Options of {@link parse} and {@link validate}. */
export interface ParseOptions extends CommonOptions {
  /** The file kind. When absent it is taken from `fileName`. */
  readonly kind?: Kind;
  /** The file name (a path is fine): gives the kind when `kind` is absent, and is checked against the content. */
  readonly fileName?: string;
  /**
   * Skip a first line whose column 1 is not a 6-digit CSVバージョン, as a header (with a warning). Off by
   * default: the spec defines no header line, so such a line is read as a record.
   */
  readonly skipHeader?: boolean;
}

/** Options of {@link serialize}. */
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
export interface NormalizedParseOptions extends NormalizedCommon {
  readonly kind: Kind | null;
  readonly fileName: string | null;
  readonly skipHeader: boolean;
}
export interface NormalizedSerializeOptions extends NormalizedCommon {
  readonly fileName: string | null;
  readonly allowInvalid: boolean;
  readonly encode: EncodeOptions;
}

const COMMON_KEYS = ['locale', 'includeValues', 'requireUncertainFields'];
const PARSE_KEYS = new Set([...COMMON_KEYS, 'kind', 'fileName', 'skipHeader']);
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
  };
}

/** Checks and completes serialize options in one place (see {@link normalizeParseOptions}). */
export function normalizeSerializeOptions(options: unknown): NormalizedSerializeOptions {
  const o = plainObject(options, SERIALIZE_KEYS);
  const encode: { -readonly [K in keyof EncodeOptions]: EncodeOptions[K] } = {};
  if (o.variants !== undefined) encode.variants = o.variants as NonNullable<EncodeOptions['variants']>;
  if (o.unmappable !== undefined) encode.unmappable = o.unmappable as NonNullable<EncodeOptions['unmappable']>;
  return {
    ...common(o),
    fileName: str(o, 'fileName'),
    allowInvalid: bool(o, 'allowInvalid'),
    encode,
  };
}
