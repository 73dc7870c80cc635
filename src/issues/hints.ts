/**
 * Probable causes: an issue may carry a `hint` naming what most likely went wrong when the reading of the
 * fault is unambiguous (a spreadsheet dropped leading zeros, wrote a date as `2025/5/1`, a BOM was put in front
 * of MS932 text, …). Hint codes are stable, like issue codes; their messages live in ./locales/hints.ts. The
 * field hints are the field types' `repair` causes (`NearMissCause`): what a hint names, `repair` mends.
 * @module
 */

/** The hint codes of field values: why a value missed its column although it has one reading (`NearMissCause`). */
export const FIELD_HINT_CODES = [
  'leadingZeros',
  'dateFormat',
  'timeFormat',
  'fullWidth',
  'missingHyphen',
  'letterCase',
  'jisVariant',
  'surroundingSpaces',
] as const;

/**
 * Every hint code. The first eight are the causes of field values (the field types' `repair` facets, and
 * spaces around a value of any type but free text); the others are about a whole file.
 */
export const HINT_CODES = [...FIELD_HINT_CODES, 'headerRow', 'bomAdded', 'utf8Content', 'otherKind'] as const;

/** A hint code. */
export type HintCode = (typeof HINT_CODES)[number];

/** A hint code of a field value (one of {@link FIELD_HINT_CODES}). */
export type FieldHintCode = (typeof FIELD_HINT_CODES)[number];

/** Details of a hint; never personal data. `prefix`: for `otherKind`, the file-name prefix of the kind the columns fit. */
export interface HintParams {
  readonly prefix?: string;
}

/** Hint codes whose cause `repair` (and `careplan-csv fix`) mends. */
export const REPAIRABLE_HINTS: ReadonlySet<HintCode> = new Set<HintCode>(HINT_CODES.filter((c) => c !== 'otherKind'));

/**
 * The probable cause of an issue, as data: a stable `code`, its `params`, the `message` in the issue's locale,
 * and whether `repair` mends it (`repairable`).
 */
export interface IssueHint {
  readonly code: HintCode;
  readonly params: HintParams;
  readonly message: string;
  readonly repairable: boolean;
}

export function isHintCode(value: unknown): value is HintCode {
  return typeof value === 'string' && (HINT_CODES as readonly string[]).includes(value);
}
