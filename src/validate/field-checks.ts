import type { IssueCode } from '../issues/codes.js';
import { daysInMonth } from '../calendar.js';
import type { FieldDef } from '../schemas/field.js';

/**
 * The compiled check of one column: plain data, run by {@link checkColumn} on the field's MS932 bytes.
 * Checks work on bytes so that validating a file builds no string for the many fixed-format columns, and
 * the serializer runs the same checks on the bytes it has just written. One `switch` over small integer
 * kinds keeps the hot call site monomorphic.
 */
export interface ColumnCheck {
  readonly kind: number;
  /** Maximum length in characters, or -1. */
  readonly max: number;
  /** Allowed codes as byte arrays (code columns). */
  readonly codes: readonly (readonly number[])[];
}

const K_NONE = 0;
const K_DIGITS_EXACT = 1; // csvVersion (6), insurerNumber (6), officeNumber (10): `max` is the exact length
const K_YEAR_MONTH = 2;
const K_DATE = 3;
const K_TIME = 4;
const K_TIME_OR_9999 = 5;
const K_INSURED = 6;
const K_INTEGER = 7;
const K_CODE = 8;
const K_SERVICE_CODE = 9;
const K_DAY_FLAGS = 10;
const K_UNUSED = 11;
const K_TEXT = 12;
const K_STRING = 13; // a non-free-text string: no `"` `,` CR LF (it is never quoted), and a length
const K_DECIMAL = 14; // 99.99: digits, a period, two digits; `max` characters at most
const K_POSTAL_CODE = 15; // XXX-XXXX
const K_FIXED = 16; // exactly `codes[0]`
const K_DATE_OR_PLACEHOLDER = 17; // a date, or exactly `codes[0]` (利用者補足情報 No.4 00000000)
const K_YEAR_MONTH_OR_PLACEHOLDER = 18; // a month, or exactly `codes[0]` (利用者補足情報 No.63 000000)

const DIGIT_CODES: { readonly [n: string]: IssueCode } = {
  csvVersion: 'field.csvVersion',
  insurerNumber: 'field.insurerNumber',
  officeNumber: 'field.officeNumber',
};

function digitsAt(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function num(b: Uint8Array, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) n = n * 10 + ((b[i] as number) - 0x30);
  return n;
}

/** YYYYMM with month 01–12 at `b[s, s + 6)`. */
export function isYearMonthAt(b: Uint8Array, s: number, e: number): boolean {
  if (e - s !== 6 || !digitsAt(b, s, e)) return false;
  const m = num(b, s + 4, s + 6);
  return m >= 1 && m <= 12;
}

/** YYYYMMDD naming a real day (year 0001 or later). */
export function isCalendarDateAt(b: Uint8Array, s: number, e: number): boolean {
  if (e - s !== 8 || !digitsAt(b, s, e)) return false;
  const y = num(b, s, s + 4);
  const m = num(b, s + 4, s + 6);
  const d = num(b, s + 6, s + 8);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** HHMM, 0000–2359. */
export function isTimeAt(b: Uint8Array, s: number, e: number): boolean {
  return e - s === 4 && digitsAt(b, s, e) && num(b, s, s + 2) <= 23 && num(b, s + 2, s + 4) <= 59;
}

/** Number of characters of a valid MS932 span (double-byte codes count once, `""` once when escaped). */
export function charLength(b: Uint8Array, s: number, e: number, escaped: boolean): number {
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if ((c >= 0x81 && c <= 0x9f) || (c >= 0xe0 && c <= 0xfc)) i++;
    else if (escaped && c === 0x22) i++;
    n++;
  }
  return n;
}

function isUpperAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

/** Compiles the check of a column. Lengths are counted in characters (see docs/uncertain.md). */
export function compileColumn(field: FieldDef): ColumnCheck {
  const max = field.maxLength ?? -1;
  const make = (kind: number, m = max, codes: readonly (readonly number[])[] = []): ColumnCheck => ({ kind, max: m, codes });
  const bytesOf = (text: string) => [Array.from(text, (ch) => ch.charCodeAt(0))];
  switch (field.type) {
    case 'csvVersion':
    case 'insurerNumber':
    case 'officeNumber':
      // Fixed-width digit columns: exactly 項目長 digits (6, 6 and 10 in the spec).
      return make(K_DIGITS_EXACT);
    case 'yearMonth':
      return field.placeholder === undefined ? make(K_YEAR_MONTH) : make(K_YEAR_MONTH_OR_PLACEHOLDER, max, bytesOf(field.placeholder));
    case 'date':
      return field.placeholder === undefined ? make(K_DATE) : make(K_DATE_OR_PLACEHOLDER, max, bytesOf(field.placeholder));
    case 'time':
      return make(field.allowNoTime ? K_TIME_OR_9999 : K_TIME);
    case 'insuredNumber':
      return make(K_INSURED);
    case 'integer':
      return make(K_INTEGER);
    case 'code':
      return make(K_CODE, max, Object.keys(field.codes ?? {}).map((c) => Array.from(c, (ch) => ch.charCodeAt(0))));
    case 'serviceCode':
      return make(K_SERVICE_CODE);
    case 'dayFlags31':
      return make(K_DAY_FLAGS);
    case 'unused':
      return make(K_UNUSED);
    case 'string':
    case 'phone':
      // No format is stated for 電話番号: any text without CSV specials, up to 項目長 (rejects the least).
      return make(K_STRING);
    case 'decimal':
      return make(K_DECIMAL);
    case 'postalCode':
      return make(K_POSTAL_CODE);
    case 'fixed':
      return make(K_FIXED, max, bytesOf(field.fixedValue ?? ''));
    case 'freeText':
      return make(max < 0 ? K_NONE : K_TEXT);
  }
}

function inCodes(codes: readonly (readonly number[])[], b: Uint8Array, s: number, e: number): boolean {
  const len = e - s;
  outer: for (const code of codes) {
    if (code.length !== len) continue;
    for (let k = 0; k < len; k++) if (b[s + k] !== code[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Checks a non-empty field `b[s, e)` (valid MS932) against its column; `escaped`: the span still holds
 * `""` pairs. Returns the issue code, or null when the value is fine. `type` picks the code of the
 * fixed-digit columns.
 */
export function checkColumn(col: ColumnCheck, type: FieldDef['type'], b: Uint8Array, s: number, e: number, escaped: boolean): IssueCode | null {
  switch (col.kind) {
    case K_NONE:
      return null;
    case K_DIGITS_EXACT:
      return e - s === col.max && digitsAt(b, s, e) ? null : (DIGIT_CODES[type] as IssueCode);
    case K_YEAR_MONTH:
      return isYearMonthAt(b, s, e) ? null : 'field.yearMonth';
    case K_DATE:
      return isCalendarDateAt(b, s, e) ? null : 'field.date';
    case K_TIME:
      return isTimeAt(b, s, e) ? null : 'field.time';
    case K_TIME_OR_9999:
      return isTimeAt(b, s, e) || (e - s === 4 && b[s] === 0x39 && b[s + 1] === 0x39 && b[s + 2] === 0x39 && b[s + 3] === 0x39)
        ? null
        : 'field.time';
    case K_INSURED:
      return e - s === 10 && (digitsAt(b, s, e) || (b[s] === 0x48 /* H */ && digitsAt(b, s + 1, e))) ? null : 'field.insuredNumber';
    case K_INTEGER:
      return !digitsAt(b, s, e) ? 'field.integer' : col.max >= 0 && e - s > col.max ? 'field.tooLong' : null;
    case K_CODE:
      return inCodes(col.codes, b, s, e) ? null : 'field.code';
    case K_SERVICE_CODE:
      if (e - s !== 6) return 'field.serviceCode';
      for (let i = s; i < e; i++) if (!isUpperAlnum(b[i] as number)) return 'field.serviceCode';
      return null;
    case K_DAY_FLAGS:
      if (e - s !== 31) return 'field.dayFlags';
      for (let i = s; i < e; i++) if (b[i] !== 0x30 && b[i] !== 0x31) return 'field.dayFlags';
      return null;
    case K_UNUSED:
      return 'field.unused';
    case K_DECIMAL: {
      const dot = e - 3;
      return dot > s && b[dot] === 0x2e && digitsAt(b, s, dot) && digitsAt(b, dot + 1, e) && (col.max < 0 || e - s <= col.max)
        ? null
        : 'field.decimal';
    }
    case K_POSTAL_CODE:
      return e - s === 8 && b[s + 3] === 0x2d && digitsAt(b, s, s + 3) && digitsAt(b, s + 4, e) ? null : 'field.postalCode';
    case K_FIXED:
      return inCodes(col.codes, b, s, e) ? null : 'field.fixed';
    case K_DATE_OR_PLACEHOLDER:
      return isCalendarDateAt(b, s, e) || inCodes(col.codes, b, s, e) ? null : 'field.date';
    case K_YEAR_MONTH_OR_PLACEHOLDER:
      return isYearMonthAt(b, s, e) || inCodes(col.codes, b, s, e) ? null : 'field.yearMonth';
    case K_STRING:
      for (let i = s; i < e; i++) {
        const c = b[i] as number;
        if (c === 0x22 || c === 0x2c || c === 0x0d || c === 0x0a) return 'field.csvSpecialChar';
      }
      return col.max >= 0 && e - s > col.max && charLength(b, s, e, false) > col.max ? 'field.tooLong' : null;
    default:
      // K_TEXT: bytes ≥ characters, so only a long span needs counting.
      return e - s > col.max && charLength(b, s, e, escaped) > col.max ? 'field.tooLong' : null;
  }
}

/** Whether a non-empty span without `""` pairs passes its column: a predicate of one column kind. */
export type ColumnPredicate = (b: Uint8Array, s: number, e: number) => boolean;

const noCsvSpecials = (b: Uint8Array, s: number, e: number): boolean => {
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if (c === 0x22 || c === 0x2c || c === 0x0d || c === 0x0a) return false;
  }
  return true;
};

/**
 * The check of a column as its own small function, true exactly when {@link checkColumn} (with `escaped`
 * false) returns null: for generated code, where each column's call site then stays monomorphic and the
 * check can be inlined. A test holds the two to the same answers.
 */
export function columnPredicate(col: ColumnCheck): ColumnPredicate {
  const max = col.max;
  const codes = col.codes;
  switch (col.kind) {
    case K_NONE:
      return () => true;
    case K_DIGITS_EXACT:
      return (b, s, e) => e - s === max && digitsAt(b, s, e);
    case K_YEAR_MONTH:
      return isYearMonthAt;
    case K_DATE:
      return isCalendarDateAt;
    case K_TIME:
      return isTimeAt;
    case K_TIME_OR_9999:
      return (b, s, e) => isTimeAt(b, s, e) || (e - s === 4 && b[s] === 0x39 && b[s + 1] === 0x39 && b[s + 2] === 0x39 && b[s + 3] === 0x39);
    case K_INSURED:
      return (b, s, e) => e - s === 10 && (digitsAt(b, s, e) || (b[s] === 0x48 && digitsAt(b, s + 1, e)));
    case K_INTEGER:
      return (b, s, e) => digitsAt(b, s, e) && (max < 0 || e - s <= max);
    case K_CODE:
    case K_FIXED:
      return (b, s, e) => inCodes(codes, b, s, e);
    case K_SERVICE_CODE:
      return (b, s, e) => {
        if (e - s !== 6) return false;
        for (let i = s; i < e; i++) if (!isUpperAlnum(b[i] as number)) return false;
        return true;
      };
    case K_DAY_FLAGS:
      return (b, s, e) => {
        if (e - s !== 31) return false;
        for (let i = s; i < e; i++) if (b[i] !== 0x30 && b[i] !== 0x31) return false;
        return true;
      };
    case K_UNUSED:
      return () => false;
    case K_DECIMAL:
      return (b, s, e) => {
        const dot = e - 3;
        return dot > s && b[dot] === 0x2e && digitsAt(b, s, dot) && digitsAt(b, dot + 1, e) && (max < 0 || e - s <= max);
      };
    case K_POSTAL_CODE:
      return (b, s, e) => e - s === 8 && b[s + 3] === 0x2d && digitsAt(b, s, s + 3) && digitsAt(b, s + 4, e);
    case K_DATE_OR_PLACEHOLDER:
      return (b, s, e) => isCalendarDateAt(b, s, e) || inCodes(codes, b, s, e);
    case K_YEAR_MONTH_OR_PLACEHOLDER:
      return (b, s, e) => isYearMonthAt(b, s, e) || inCodes(codes, b, s, e);
    case K_STRING:
      return (b, s, e) => noCsvSpecials(b, s, e) && !(max >= 0 && e - s > max && charLength(b, s, e, false) > max);
    default:
      // K_TEXT
      return (b, s, e) => !(e - s > max && charLength(b, s, e, false) > max);
  }
}
