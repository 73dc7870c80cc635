import type { IssueCode } from '../issues/codes.js';
import type { FieldDef } from '../schemas/field.js';

/** A compiled check of one column: returns the issue code, or null when the value is fine. */
export type FieldCheck = (value: string) => IssueCode | null;

const DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isDigits(v: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function num(v: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (v.charCodeAt(i) - 48);
  return n;
}

/** YYYYMM with month 01–12. */
export function isYearMonth(v: string): boolean {
  if (v.length !== 6 || !isDigits(v, 0, 6)) return false;
  const m = num(v, 4, 6);
  return m >= 1 && m <= 12;
}

/** YYYYMMDD naming a real day of the Gregorian calendar (year 0001 or later). */
export function isCalendarDate(v: string): boolean {
  if (v.length !== 8 || !isDigits(v, 0, 8)) return false;
  const y = num(v, 0, 4);
  const m = num(v, 4, 6);
  const d = num(v, 6, 8);
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const max = m === 2 && leap ? 29 : (DAYS[m - 1] as number);
  return d <= max;
}

/** HHMM, 0000–2359. */
export function isTime(v: string): boolean {
  if (v.length !== 4 || !isDigits(v, 0, 4)) return false;
  return num(v, 0, 2) <= 23 && num(v, 2, 4) <= 59;
}

function exactDigits(n: number, code: IssueCode): FieldCheck {
  return (v) => (v.length === n && isDigits(v, 0, n) ? null : code);
}

function tooLong(max: number | null): FieldCheck | null {
  return max === null ? null : (v) => (v.length > max ? 'field.tooLong' : null);
}

/**
 * Compiles the format check of a column (emptiness is handled by the caller). Lengths are counted in
 * characters: the spec gives 項目長 without a unit, and characters reject less valid data than bytes.
 */
export function compileFieldCheck(field: FieldDef): FieldCheck | null {
  switch (field.type) {
    case 'csvVersion':
      return exactDigits(6, 'field.csvVersion');
    case 'yearMonth':
      return (v) => (isYearMonth(v) ? null : 'field.yearMonth');
    case 'date':
      return (v) => (isCalendarDate(v) ? null : 'field.date');
    case 'time':
      return field.allowNoTime
        ? (v) => (v === '9999' || isTime(v) ? null : 'field.time')
        : (v) => (isTime(v) ? null : 'field.time');
    case 'insurerNumber':
      return exactDigits(6, 'field.insurerNumber');
    case 'officeNumber':
      return exactDigits(10, 'field.officeNumber');
    case 'insuredNumber':
      return (v) =>
        v.length === 10 && (isDigits(v, 0, 10) || (v.charCodeAt(0) === 72 /* H */ && isDigits(v, 1, 10)))
          ? null
          : 'field.insuredNumber';
    case 'integer': {
      const max = field.maxLength;
      return (v) => (!isDigits(v, 0, v.length) ? 'field.integer' : max !== null && v.length > max ? 'field.tooLong' : null);
    }
    case 'code': {
      const codes = field.codes ?? {};
      const allowed = new Set(Object.keys(codes));
      return (v) => (allowed.has(v) ? null : 'field.code');
    }
    case 'serviceCode':
      return (v) => (/^[0-9A-Z]{6}$/.test(v) ? null : 'field.serviceCode');
    case 'dayFlags31':
      return (v) => (/^[01]{31}$/.test(v) ? null : 'field.dayFlags');
    case 'unused':
      return () => 'field.unused';
    case 'freeText':
    case 'string':
      return tooLong(field.maxLength);
  }
}
