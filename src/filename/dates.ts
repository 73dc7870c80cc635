/**
 * Dates, months and file-name serials from a `Date`, in Japan time (UTC+9, no daylight saving), whatever
 * the time zone of the machine: what vendors need to fill 作成年月日, 対象年月 and ファイル連番.
 * @module
 */

const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

function jst(d: Date): Date {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw new TypeError('careplan-csv: expected a valid Date');
  return new Date(d.getTime() + JST_OFFSET_MS);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `YYYYMMDD` of the day in Japan time (e.g. 作成年月日, サービス利用日). */
export function toDateString(d: Date): string {
  const t = jst(d);
  return `${pad(t.getUTCFullYear(), 4)}${pad(t.getUTCMonth() + 1, 2)}${pad(t.getUTCDate(), 2)}`;
}

/** `YYYYMM` of the month in Japan time (対象年月, the month segment of a file name). */
export function toYearMonthString(d: Date): string {
  return toDateString(d).slice(0, 6);
}

/** ファイル連番 `YYYYMMDDHHMMSS` in Japan time: one per send unit, for `buildFileName({ serial })`. */
export function toFileSerial(d: Date): string {
  const t = jst(d);
  return `${toDateString(d)}${pad(t.getUTCHours(), 2)}${pad(t.getUTCMinutes(), 2)}${pad(t.getUTCSeconds(), 2)}`;
}
