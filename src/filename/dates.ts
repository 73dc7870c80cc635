/**
 * Dates, months and file-name serials from a `Date`, in Japan time (UTC+9, no daylight saving), whatever
 * the time zone of the machine: what vendors need to fill 作成年月日, 対象年月 and ファイル連番.
 * @module
 */

import { misuse, typeName } from '../errors.js';

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** `d` in Japan time; anything but a valid `Date` is misuse of `fn` (`ERR_CAREPLAN_ARGUMENT`). */
function jst(fn: string, d: Date): Date {
  if (!(d instanceof Date)) misuse('ERR_CAREPLAN_ARGUMENT', fn, `expected a Date, got ${typeName(d)}`);
  if (Number.isNaN(d.getTime())) misuse('ERR_CAREPLAN_ARGUMENT', fn, 'expected a valid Date, got an invalid one (its time is NaN)');
  return new Date(d.getTime() + JST_OFFSET_MS);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `YYYYMMDD` of the day in Japan time (e.g. 作成年月日, サービス利用日). */
export function toDateString(d: Date): string {
  return dateOf(jst('toDateString', d));
}

/** `YYYYMMDD` of a date already moved to Japan time. */
function dateOf(t: Date): string {
  return `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1, 2)}${pad(t.getUTCDate(), 2)}`;
}

/** `YYYYMM` of the month in Japan time (対象年月, the month segment of a file name). */
export function toYearMonthString(d: Date): string {
  return dateOf(jst('toYearMonthString', d)).slice(0, 6);
}

/** ファイル連番 `YYYYMMDDHHMMSS` in Japan time: one per send unit, for `buildFileName({ serial })`. */
export function toFileSerial(d: Date): string {
  const t = jst('toFileSerial', d);
  return `${dateOf(t)}${pad(t.getUTCHours(), 2)}${pad(t.getUTCMinutes(), 2)}${pad(t.getUTCSeconds(), 2)}`;
}
