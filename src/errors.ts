/**
 * API misuse: the one kind of exception the library throws on purpose. Bad input (bytes, records, file
 * names being checked) never throws; it gives issues. A wrong call (an unknown option, a value of the
 * wrong type, a kind that does not exist, a stream iterated twice …) throws a {@link CareplanUsageError}
 * — a `TypeError` — whose `code` says which kind of misuse it is and whose message reads
 * `careplan-csv: <function>: …`. Out-of-range numbers given to the byte-level API (`tokenize`,
 * `decodeRange`, `ByteSink`) throw a {@link CareplanRangeError} (a `RangeError`, as before) with a code
 * from the same table.
 */

/** Every usage-error code, with what it means (the README lists the same table). */
export const USAGE_ERROR_CODES = Object.freeze({
  /** The options argument is not an object (`undefined` and `null` mean "no options"). */
  ERR_CAREPLAN_OPTIONS: 'the options argument is not an object',
  /** An option name the function does not know (a typo, or an option of another function). */
  ERR_CAREPLAN_UNKNOWN_OPTION: 'an option name the function does not know',
  /** An option of the wrong type, or outside its range or set of values. */
  ERR_CAREPLAN_OPTION_VALUE: 'an option of the wrong type or outside its values',
  /** An argument of the wrong type: input, records, source, callback, a file of a unit, a chunk of a source. */
  ERR_CAREPLAN_ARGUMENT: 'an argument of the wrong type',
  /** A kind that is not one of `KINDS`, or a kind with no layout in the CSVバージョン asked for. */
  ERR_CAREPLAN_KIND: 'an unknown kind, or a kind without a layout in that version',
  /** The parts given to `buildFileName` make no valid file name. */
  ERR_CAREPLAN_FILE_NAME_PARTS: 'the parts of a file name to build are wrong or do not fit together',
  /** A call in the wrong state: a stream iterated a second time, a write after the end. */
  ERR_CAREPLAN_STATE: 'a call the object no longer accepts (iterated twice, written after the end)',
  /** A number outside its range given to the byte-level API (thrown as a {@link CareplanRangeError}). */
  ERR_CAREPLAN_RANGE: 'a number outside its range (byte-level API; a RangeError)',
});

/** The code of a usage error. */
export type UsageErrorCode = keyof typeof USAGE_ERROR_CODES;

/** API misuse (see {@link USAGE_ERROR_CODES}). A `TypeError`: `catch (e) { if (e instanceof TypeError) … }` still works. */
export class CareplanUsageError extends TypeError {
  /** Which kind of misuse (stable across versions; the message text is not). */
  readonly code: UsageErrorCode;
  /** The public function (or method) that was misused, as the message names it. */
  readonly function: string;

  constructor(code: UsageErrorCode, fn: string, message: string) {
    // The name stays `TypeError`, as for Node's own coded errors (`ERR_INVALID_ARG_TYPE`): the code tells them apart.
    super(`careplan-csv: ${fn}: ${message}`);
    this.code = code;
    this.function = fn;
  }
}

/** An out-of-range number given to the byte-level API: a `RangeError` with a usage-error `code`. */
export class CareplanRangeError extends RangeError {
  readonly code: UsageErrorCode;
  readonly function: string;

  constructor(fn: string, message: string) {
    super(`careplan-csv: ${fn}: ${message}`);
    this.code = 'ERR_CAREPLAN_RANGE';
    this.function = fn;
  }
}

/** Whether `e` is a usage error of this library (either class). */
export function isUsageError(e: unknown): e is CareplanUsageError | CareplanRangeError {
  return e instanceof CareplanUsageError || e instanceof CareplanRangeError;
}

/** Throws a {@link CareplanUsageError}. */
export function misuse(code: UsageErrorCode, fn: string, message: string): never {
  throw new CareplanUsageError(code, fn, message);
}

/** Describes a wrong value by its type only (values may be personal data: never echoed). */
export function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
}
