import { FIELD_TYPES, type ColumnCheck, type ColumnPredicate, type FieldIssue } from '../field-types/index.js';
import type { IssueCode } from '../issues/codes.js';
import type { FieldDef } from '../schemas/field.js';

export { charLength, isCalendarDateAt, isTimeAt, isYearMonthAt } from '../field-types/bytes.js';
export type { ColumnCheck, ColumnPredicate, FieldIssue } from '../field-types/index.js';

/**
 * Compiles the check of a column with its type's unit (src/field-types/). Checks work on bytes so that
 * validating a file builds no string for the many fixed-format columns, and the serializer runs the same
 * checks on the bytes it has just written.
 */
export function compileColumn(field: FieldDef): ColumnCheck {
  return FIELD_TYPES[field.type].compile(field);
}

/**
 * The issue of a non-empty field `b[s, e)` (valid MS932) in its column, or null when the value is fine;
 * `escaped`: the span still holds `""` pairs.
 */
export function columnIssue(col: ColumnCheck, b: Uint8Array, s: number, e: number, escaped: boolean): FieldIssue | null {
  return (escaped ? col.testEscaped : col.test)(b, s, e) ? null : col.issue(b, s, e, escaped);
}

/** {@link columnIssue}'s code. `type` is not needed any more (kept for the callers). */
export function checkColumn(col: ColumnCheck, _type: FieldDef['type'], b: Uint8Array, s: number, e: number, escaped: boolean): IssueCode | null {
  return columnIssue(col, b, s, e, escaped)?.code ?? null;
}

/** The check of a column as the serializer's fast path runs it: the unit's own test. */
export function columnPredicate(col: ColumnCheck): ColumnPredicate {
  return col.test;
}
