/**
 * Byte-level building blocks of the field-type checks (MS932 bytes; ASCII for every fixed format).
 * @internal
 */
import { daysInMonth } from '../calendar.js';

/** Whether `b[s, e)` is ASCII digits only (true for an empty span). */
export function digitsAt(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** The number written by the ASCII digits `b[s, e)`. */
export function num(b: Uint8Array, s: number, e: number): number {
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

/** Whether `b[s, e)` holds none of the bytes CSV must quote: `"` `,` CR LF. */
export function noCsvSpecials(b: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if (c === 0x22 || c === 0x2c || c === 0x0d || c === 0x0a) return false;
  }
  return true;
}

/** ASCII text as bytes. */
export function asciiBytes(text: string): number[] {
  return Array.from(text, (ch) => ch.charCodeAt(0));
}

/** Whether `b[s, e)` is exactly one of `codes` (byte arrays). */
export function inCodes(codes: readonly (readonly number[])[], b: Uint8Array, s: number, e: number): boolean {
  const len = e - s;
  outer: for (const code of codes) {
    if (code.length !== len) continue;
    for (let k = 0; k < len; k++) if (b[s + k] !== code[k]) continue outer;
    return true;
  }
  return false;
}

/** Exactly `length` ASCII digits (fixed-width number columns; `length` -1 never passes). */
export function exactDigits(length: number): (b: Uint8Array, s: number, e: number) => boolean {
  return (b, s, e) => e - s === length && digitsAt(b, s, e);
}
