/**
 * Building blocks of the arbitraries: characters, free text, digits, dates and times. The field-type units'
 * testing facets (src/field-types/<type>/testing.ts) build on these.
 *
 * @module
 */
import fc from 'fast-check';
import { getDecodeTable } from '../encoding/table.js';

let ms932Chars: string[] | null = null;

/** Every character MS932 can encode, except control characters (ASCII, half-width katakana, double-byte). */
export function ms932Characters(): readonly string[] {
  if (ms932Chars !== null) return ms932Chars;
  const set = new Set<string>();
  for (let b = 0x20; b < 0x7f; b++) set.add(String.fromCharCode(b));
  for (let cp = 0xff61; cp <= 0xff9f; cp++) set.add(String.fromCharCode(cp));
  const table = getDecodeTable();
  for (let code = 0x8140; code <= 0xfcfc; code++) {
    const cp = table[code] ?? 0;
    if (cp !== 0) set.add(String.fromCharCode(cp));
  }
  ms932Chars = [...set];
  return ms932Chars;
}

const CSV_SPECIAL = new Set(['"', ',', '\r', '\n']);

/** A character MS932 can encode; `csvSafe` leaves out `"`, `,`, CR and LF. */
export function ms932Char(csvSafe = false): fc.Arbitrary<string> {
  const chars = ms932Characters().filter((c) => !csvSafe || !CSV_SPECIAL.has(c));
  return fc.integer({ min: 0, max: chars.length - 1 }).map((i) => chars[i] as string);
}

/** Free text: MS932 characters plus the ones CSV must quote (`"`, `,`, CR, LF, CRLF). */
export function freeText(maxLength = 40): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: ms932Char(true) },
    { weight: 1, arbitrary: fc.constantFrom('"', ',', '\r\n', '\n', '\r', '　', '""') },
  );
  return fc.array(piece, { maxLength }).map((a) => a.join(''));
}

/** `n` zero-padded to `width` digits. */
export const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `min`–`max` ASCII digits. */
export function digits(min: number, max: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((a) => a.join(''));
}

/** A real YYYYMMDD day inside the month YYYYMM. */
export function dateInMonth(month: string): fc.Arbitrary<string> {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(4, 6));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return fc.integer({ min: 1, max: days }).map((d) => `${month}${pad(d, 2)}`);
}

/** A real YYYYMMDD date between 2000 and 2099. */
export const calendarDate: fc.Arbitrary<string> = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`);

/** HHMM, 0000–2359. */
export const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => pad(h, 2) + pad(m, 2));
/** A service type (first two characters of a サービスコード). */
export const serviceType = fc.constantFrom('11', '12', '13', '14', '15', '16', '17', '21', '22', '31', '67', '78', 'A2', 'A6');
