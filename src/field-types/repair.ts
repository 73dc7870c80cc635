/**
 * Building blocks of the field types' `repair` facets: readings of near-miss values that have exactly one
 * meaning (a spreadsheet's date or time format, dropped leading zeros, full-width characters). Each returns
 * the canonical text or null; none guesses. Cold path: only values that failed their check come here.
 * @internal
 */
import { daysInMonth } from '../calendar.js';
import type { Mended, NearMissCause } from './types.js';

/** Full-width digits, letters and the full-width hyphen-minus → ASCII; other characters unchanged. */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0d]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Whether the value holds a full-width digit, letter or hyphen-minus. */
export function hasFullWidth(value: string): boolean {
  return /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff0d]/.test(value);
}

/**
 * A value made of ASCII digits once full-width ones are read as ASCII, with `length` digits once the
 * leading zeros a spreadsheet drops are put back (fewer digits than `length`: the value was a number).
 */
export function fixedDigits(value: string, length: number): Mended | null {
  if (length <= 0) return null;
  const half = toHalfWidth(value);
  if (!/^\d+$/.test(half) || half.length > length) return null;
  if (half.length < length) return { value: half.padStart(length, '0'), cause: 'leadingZeros' };
  return half !== value ? { value: half, cause: 'fullWidth' } : null;
}

/** The same text, half-width, when that is a change and `accept` takes it. */
export function halfWidthOnly(value: string, accept: (half: string) => boolean): Mended | null {
  if (!hasFullWidth(value)) return null;
  const half = toHalfWidth(value);
  return accept(half) ? { value: half, cause: 'fullWidth' } : null;
}

const two = (n: string): string => n.padStart(2, '0');

/** The cause to report: the format when the separators were the fault, full-width when only that was. */
function mended(value: string, original: string, format: NearMissCause, halfWidth: string): Mended | null {
  if (value === original) return null;
  return { value, cause: value === halfWidth ? 'fullWidth' : format };
}

/**
 * A date a spreadsheet wrote otherwise: `2025/5/1`, `2025/05/01`, `2025-05-01`, `2025-5-1` (also in
 * full-width digits) → `20250501`, only when it names a real day.
 */
export function repairDate(value: string): Mended | null {
  const half = toHalfWidth(value);
  const m = /^(\d{4})([/-])(\d{1,2})\2(\d{1,2})$/.exec(half);
  const text = m === null ? half : `${m[1]}${two(m[3] as string)}${two(m[4] as string)}`;
  if (!/^\d{8}$/.test(text)) return null;
  const y = Number(text.slice(0, 4));
  const mo = Number(text.slice(4, 6));
  const d = Number(text.slice(6, 8));
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return mended(text, value, 'dateFormat', half);
}

/** A year-month written `2025/5`, `2025/05`, `2025-05` (also in full-width digits) → `202505` (month 01–12). */
export function repairYearMonth(value: string): Mended | null {
  const half = toHalfWidth(value);
  const m = /^(\d{4})([/-])(\d{1,2})$/.exec(half);
  const text = m === null ? half : `${m[1]}${two(m[3] as string)}`;
  if (!/^\d{6}$/.test(text)) return null;
  const mo = Number(text.slice(4, 6));
  if (mo < 1 || mo > 12) return null;
  return mended(text, value, 'dateFormat', half);
}

/**
 * A time written `6:00`, `06:00` (also in full-width digits) → `0600`, and three digits that lost their
 * leading zero (`600` → `0600`, a spreadsheet's number). One or two digits stay: `9` may be 09:00 or 00:09.
 */
export function repairTime(value: string, allowNoTime: boolean): Mended | null {
  const half = toHalfWidth(value);
  const colon = /^(\d{1,2}):(\d{2})$/.exec(half);
  let text = half;
  let cause: NearMissCause = 'timeFormat';
  if (colon !== null) text = `${two(colon[1] as string)}${colon[2]}`;
  else if (/^\d{3}$/.test(half)) {
    text = `0${half}`;
    cause = 'leadingZeros';
  }
  if (!/^\d{4}$/.test(text)) return null;
  const ok = (Number(text.slice(0, 2)) <= 23 && Number(text.slice(2)) <= 59) || (allowNoTime && text === '9999');
  if (!ok) return null;
  if (text === value) return null;
  return { value: text, cause: text === half ? 'fullWidth' : cause };
}
