/**
 * The shape of a field-type unit (src/field-types/<type>/): what one field type (`date`, `time`, …)
 * means, in one place. A unit has three modules, so that each entry point loads only what it needs:
 *
 * - `check.ts` ({@link FieldTypeUnit}): the byte-level check (one definition, run by the validator and, as a
 *   predicate, by the serializer's fast path), the issue codes it reports, the doc labels and the optional
 *   `repair`. The core entry point imports only these.
 * - `zod.ts` (`ZodFacet` in ./facets.ts): the zod schema of a value (`careplan-csv/zod`; an independent oracle of the
 *   check in this project's tests, so it is separate code on purpose).
 * - `testing.ts` ({@link TestingFacet}): the valid-value arbitrary and the invalid samples the mutations of
 *   `careplan-csv/testing` draw from.
 *
 * The registries (./index.ts, ./zod.ts, ./testing.ts) list every unit; a test checks every type has every
 * facet.
 * @internal
 */
import type { IssueCode } from '../issues/codes.js';
import type { FieldHintCode } from '../issues/hints.js';
import type { CodeAndParams, IssueParamsMap } from '../issues/params.js';
import type { FieldDef } from '../schemas/field.js';

/** Whether a non-empty span `b[s, e)` passes its column. */
export type ColumnPredicate = (b: Uint8Array, s: number, e: number) => boolean;

/** The issue codes of one field's value. */
export type FieldIssueCode = Extract<IssueCode, `field.${string}`>;

/** The params of each field issue code (from the catalogue's {@link IssueParamsMap}). */
export type FieldIssueParams = Pick<IssueParamsMap, FieldIssueCode>;

/** The issue of a value that fails its column check: the code, with the params that code has. */
export type FieldIssue = CodeAndParams<FieldIssueCode>;

/** The check of one column, compiled from its {@link FieldDef} by its type's unit. */
export interface ColumnCheck {
  /**
   * True when a non-empty span without `""` pairs passes: the only definition of the rule. The validator
   * runs it on the bytes it reads; the serializer's fast path on the bytes it has just written.
   */
  readonly test: ColumnPredicate;
  /** The same for a span that holds `""` pairs (a quoted field); `test` itself for most types. */
  readonly testEscaped: ColumnPredicate;
  /** The issue of a non-empty span that failed (`escaped`: the span holds `""` pairs). Cold path. */
  readonly issue: (b: Uint8Array, s: number, e: number, escaped: boolean) => FieldIssue;
}

/**
 * Why a value missed its column although its reading is unambiguous: the probable cause an issue's hint names
 * and the change the repair mode makes.
 * - `leadingZeros`: a fixed-length digit value lost its leading zeros (a spreadsheet read it as a number);
 * - `dateFormat` / `timeFormat`: `2025/5/1`, `2025-05-01`, `6:00` and the like;
 * - `fullWidth`: full-width digits or letters where half-width ones are required;
 * - `missingHyphen`: a 郵便番号 written without its hyphen;
 * - `letterCase`: lower-case letters where the spec prints upper case;
 * - `jisVariant`: a JIS-style character (〜 ‖ − ¢ £ ¬ —) where MS932 has its own form.
 *
 * The field hint codes of issues ({@link FieldHintCode}): an issue's `hint` names the cause, `repair` mends it.
 */
export type NearMissCause = FieldHintCode;

/** A mended value and why it needed mending. */
export interface Mended {
  readonly value: string;
  readonly cause: NearMissCause;
}

/** Mends a near-miss value (e.g. a 郵便番号 without its hyphen); null when it cannot. Never guesses. */
export type FieldRepair = (value: string, field: FieldDef) => Mended | null;

/** The core facet of a field type (module `check.ts` of its unit). */
export interface FieldTypeUnit<T extends string = string> {
  /** The name used in {@link FieldDef.type}. */
  readonly type: T;
  /** Label in the generated layout pages (Japanese). */
  readonly labelJa: string;
  /** The same in English. */
  readonly labelEn: string;
  /** Every issue code the check can report. */
  readonly codes: readonly FieldIssueCode[];
  /** The column's check. Lengths are counted in characters (see docs/uncertain.md). */
  readonly compile: (field: FieldDef) => ColumnCheck;
  /** Mends near-miss values (for the repair mode); only where the fix is unambiguous. */
  readonly repair?: FieldRepair;
}

/** Builds a unit (only for the inferred literal type). */
export function defineFieldType<const T extends string>(unit: FieldTypeUnit<T>): FieldTypeUnit<T> {
  return unit;
}

/** A {@link ColumnCheck} that ignores `""` pairs and always reports `issue`. */
export function simpleCheck(test: ColumnPredicate, issue: FieldIssue): ColumnCheck {
  return { test, testEscaped: test, issue: () => issue };
}
