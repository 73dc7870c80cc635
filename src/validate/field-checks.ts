import type { IssueCode } from '../issues/codes.js';
import type { FieldDef } from '../schemas/field.js';

/**
 * A compiled check of one column, run on the field's MS932 bytes `b[s, e)` (already known to be valid
 * MS932). `escaped`: the span still holds `""` pairs that stand for one `"`. Returns the issue code, or
 * null when the value is fine. Emptiness is handled by the caller.
 *
 * Checks work on bytes so that validating a file builds no string for the many fixed-format columns;
 * the serializer runs the same checks on the bytes it has just written.
 */
export type FieldCheck = (b: Uint8Array, s: number, e: number, escaped: boolean) => IssueCode | null;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

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

/** Days in a month of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (DAYS[month - 1] as number);
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

function exactDigits(n: number, code: IssueCode): FieldCheck {
  return (b, s, e) => (e - s === n && digitsAt(b, s, e) ? null : code);
}

/** Compiles the check of a column. Lengths are counted in characters (see docs/uncertain.md). */
export function compileFieldCheck(field: FieldDef): FieldCheck | null {
  const max = field.maxLength;
  switch (field.type) {
    case 'csvVersion':
      return exactDigits(6, 'field.csvVersion');
    case 'yearMonth':
      return (b, s, e) => (isYearMonthAt(b, s, e) ? null : 'field.yearMonth');
    case 'date':
      return (b, s, e) => (isCalendarDateAt(b, s, e) ? null : 'field.date');
    case 'time':
      return field.allowNoTime
        ? (b, s, e) => (isTimeAt(b, s, e) || (e - s === 4 && b[s] === 0x39 && b[s + 1] === 0x39 && b[s + 2] === 0x39 && b[s + 3] === 0x39) ? null : 'field.time')
        : (b, s, e) => (isTimeAt(b, s, e) ? null : 'field.time');
    case 'insurerNumber':
      return exactDigits(6, 'field.insurerNumber');
    case 'officeNumber':
      return exactDigits(10, 'field.officeNumber');
    case 'insuredNumber':
      return (b, s, e) =>
        e - s === 10 && (digitsAt(b, s, e) || (b[s] === 0x48 /* H */ && digitsAt(b, s + 1, e))) ? null : 'field.insuredNumber';
    case 'integer':
      return (b, s, e) => (!digitsAt(b, s, e) ? 'field.integer' : max !== null && e - s > max ? 'field.tooLong' : null);
    case 'code': {
      // Codes are short ASCII strings: compare byte by byte.
      const codes = Object.keys(field.codes ?? {}).map((c) => Array.from(c, (ch) => ch.charCodeAt(0)));
      return (b, s, e) => {
        const len = e - s;
        outer: for (const code of codes) {
          if (code.length !== len) continue;
          for (let k = 0; k < len; k++) if (b[s + k] !== code[k]) continue outer;
          return null;
        }
        return 'field.code';
      };
    }
    case 'serviceCode':
      return (b, s, e) => {
        if (e - s !== 6) return 'field.serviceCode';
        for (let i = s; i < e; i++) if (!isUpperAlnum(b[i] as number)) return 'field.serviceCode';
        return null;
      };
    case 'dayFlags31':
      return (b, s, e) => {
        if (e - s !== 31) return 'field.dayFlags';
        for (let i = s; i < e; i++) if (b[i] !== 0x30 && b[i] !== 0x31) return 'field.dayFlags';
        return null;
      };
    case 'unused':
      return () => 'field.unused';
    case 'freeText':
    case 'string':
      return max === null ? null : (b, s, e, escaped) => (e - s > max && charLength(b, s, e, escaped) > max ? 'field.tooLong' : null);
  }
}
