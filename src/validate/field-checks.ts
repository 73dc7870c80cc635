import { encodeMs932 } from '../encoding/encode.js';
import { FIELD_TYPES, type ColumnCheck, type ColumnPredicate, type FieldIssue } from '../field-types/index.js';
import type { Mended } from '../field-types/types.js';
import type { SeverityTable } from '../issues/profiles.js';
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

/** Whether the UTF-16 unit `c` is a space around a value: an ASCII space, a tab or the full-width space (U+3000). */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x3000;

/** `value` without the spaces around it (one pass from each end: linear, whatever the spaces inside). */
function trimSpaces(value: string): string {
  let s = 0;
  let e = value.length;
  while (s < e && isSpace(value.charCodeAt(s))) s++;
  while (e > s && isSpace(value.charCodeAt(e - 1))) e--;
  return value.slice(s, e);
}

/**
 * The one reading of a value that failed its column's check (cold path), or null: the type's own `repair`
 * (dropped zeros, `2025/5/1`, full width …), else, in any column but free text (where spaces are text), the
 * value without the spaces around it when that passes the check as it is (`20250505 `, a code padded to its
 * length by an export). What the validator names as the hint and `repair` writes.
 */
export function repairValue(value: string, field: FieldDef): Mended | null {
  const own = FIELD_TYPES[field.type].repair?.(value, field) ?? null;
  if (own !== null || field.type === 'freeText') return own;
  const trimmed = trimSpaces(value);
  if (trimmed === value || trimmed === '') return null;
  const bytes = encodeMs932(trimmed).bytes;
  return bytes !== null && checkOf(field).test(bytes, 0, bytes.length) ? { value: trimmed, cause: 'surroundingSpaces' } : null;
}

/** The compiled check of each field, for the cold paths above and below (compiled once). */
const compiled = new WeakMap<FieldDef, ColumnCheck>();

function checkOf(field: FieldDef): ColumnCheck {
  let check = compiled.get(field);
  if (check === undefined) {
    check = compileColumn(field);
    compiled.set(field, check);
  }
  return check;
}

/**
 * The one reading of a value of a record (a string as read) when it fails its column's check, else null:
 * what `repair` mends past the issues the reader listed. The value is checked on its MS932 bytes, as a
 * field of a file is; a failure whose issue code `severities` turns `off` is left alone, as the reader
 * leaves it.
 */
export function mendOf(value: string, field: FieldDef, severities: SeverityTable): Mended | null {
  const check = checkOf(field);
  const bytes = encodeMs932(value).bytes;
  if (bytes === null || check.test(bytes, 0, bytes.length)) return null;
  if (severities[check.issue(bytes, 0, bytes.length, false).code] === 'off') return null;
  return repairValue(value, field);
}
