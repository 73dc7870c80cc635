/**
 * Checks of single file-name segments and the prefix table. Internal to src/filename.
 */
import { daysInMonth } from '../calendar.js';
import { IMAGE_PREFIX, KIND_INFO, KINDS, type Kind } from '../kinds.js';

/** One recognisable prefix: a CSV kind, or the UPKIHON_IMAGE attachment (`kind: null`). */
export interface PrefixEntry {
  readonly prefix: string;
  readonly kind: Kind | null;
}

/** All prefixes, longest first, so that `UPKIHON_SUB1` is tried before `UPKIHON`. */
export const PREFIXES_LONGEST_FIRST: readonly PrefixEntry[] = [
  ...KINDS.map((kind): PrefixEntry => ({ prefix: KIND_INFO[kind].prefix, kind })),
  { prefix: IMAGE_PREFIX, kind: null },
].sort((a, b) => b.prefix.length - a.prefix.length);

const DIGIT = /^[0-9]$/;

/**
 * Finds the prefix of a bare file name. A prefix counts only when followed by `_` and a digit (every valid
 * name continues with a month or an office number), so `UPKIHONX_…` and `UPKIHON_SUB3_…` are not UPKIHON.
 */
export function matchPrefix(name: string): PrefixEntry | null {
  for (const entry of PREFIXES_LONGEST_FIRST) {
    const p = entry.prefix;
    if (name.startsWith(p) && name[p.length] === '_' && DIGIT.test(name[p.length + 1] ?? '')) return entry;
  }
  return null;
}

/**
 * The prefix a bare file name has in other letter case (`upplan_202505_…`: UPPLAN), or null (see
 * {@link matchPrefix}). Only ASCII letters are upper-cased (`toUpperCase` also makes `ı` an `I`).
 */
export function matchPrefixIgnoringCase(name: string): PrefixEntry | null {
  const head = name.slice(0, MAX_PREFIX_LENGTH + 1).replace(/[a-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x20));
  return matchPrefix(head + name.slice(MAX_PREFIX_LENGTH + 1));
}

const MAX_PREFIX_LENGTH = Math.max(...PREFIXES_LONGEST_FIRST.map((e) => e.prefix.length));

const OFFICE = /^[0-9]{10}$/;
const SERVICE_TYPE = /^[0-9A-Z]{2}$/;
const BRANCH = /^[0-9]{4}$/;
const YEAR_MONTH = /^[0-9]{6}$/;
const SERIAL = /^([0-9]{4})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})([0-9]{2})$/;

/** 事業所番号: 10 digits. */
export function isOfficeNumber(s: string): boolean {
  return OFFICE.test(s);
}

/** サービス種類コード: 2 characters of `[0-9A-Z]`. */
export function isServiceTypeCode(s: string): boolean {
  return SERVICE_TYPE.test(s);
}

/** 枝番 of the image: 4 digits. */
export function isBranch(s: string): boolean {
  return BRANCH.test(s);
}

/** Whether a month segment looks like one (6 digits), before checking its value. */
export function looksLikeMonth(s: string): boolean {
  return YEAR_MONTH.test(s);
}

/** `YYYYMM` with month 01–12; `000000` too when `allowZero` (UPHOSOKU). Any 4-digit year is accepted. */
export function isYearMonth(s: string, allowZero: boolean): boolean {
  if (!YEAR_MONTH.test(s)) return false;
  if (s === '000000') return allowZero;
  const month = Number(s.slice(4, 6));
  return month >= 1 && month <= 12;
}

/**
 * ファイル連番 `YYYYMMDDHHMMSS`: 14 digits forming a real date and time (month 1–12, a day that exists in
 * that month, leap years included, hour 0–23, minute and second 0–59). Any 4-digit year is accepted.
 */
export function isSerial(s: string): boolean {
  const m = SERIAL.exec(s);
  if (m === null) return false;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59;
}
