// @ts-check
/**
 * Reference implementations the library is measured against (bench/run.mjs).
 *
 * - {@link naiveValidate}: what an application would write with common packages: iconv-lite decode,
 *   csv-parse (sync) and a zod `safeParse` per row of a `z.object` with 25 string fields carrying the
 *   obvious regex / length checks. It checks less than the library (no calendar dates, no MS932
 *   strictness, no cross-record rules), so it is a generous baseline.
 * - {@link naiveValidateWithSchema}: the same pipeline with the library's own zod schema
 *   (`recordSchema(kind)` of careplan-csv/zod) and the record objects built from the rows (used for
 *   第7表 and 利用者補足情報, and beside the hand-written schema for 第6表). Those schemas check more
 *   (calendar dates, code lists, no stray `"`/`,` in plain columns) but still no MS932 strictness or
 *   cross-record rules.
 * - {@link practicalLimit}: the floor for any validator in JavaScript: the platform's
 *   `TextDecoder('shift_jis')` plus one byte scan counting line ends.
 * - {@link stringifyBaseline}: csv-stringify (sync) + iconv-lite encode, writing the same format as the
 *   spec (free-text columns quoted, CRLF), so its output can equal the library's byte for byte.
 * - {@link stringifyPlainBaseline}: the same with csv-stringify's default quoting (only where needed):
 *   cheaper, but not the spec's format; shown for reference.
 */
import iconv from 'iconv-lite';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { TABLE6_FREE_TEXT } from './generate.mjs';

const digits = (/** @type {number} */ n) => z.string().regex(new RegExp(`^\\d{${n}}$`));
const optionalDigits = (/** @type {number} */ max) => z.string().regex(new RegExp(`^(\\d{1,${max}})?$`));
const time = z.string().regex(/^(([01]\d|2[0-3])[0-5]\d|9999)$/);

/** Row schema of the naive baseline: 25 string fields, regex / length checks only. */
export const naiveTable6Schema = z.object({
  csvVersion: digits(6),
  insurerNo: digits(6),
  insuredNo: z.string().regex(/^(\d{10}|H\d{9})$/),
  createdDate: digits(8),
  targetMonth: z.string().regex(/^\d{4}(0[1-9]|1[0-2])$/),
  planOfficeCode: z.string().regex(/^(\d{10})?$/),
  planManagerName: z.string().max(100),
  units: optionalDigits(6),
  shortStayDaysBefore: optionalDigits(5),
  serviceDate: digits(8),
  proRataDays: z.string().regex(/^([01]{31})?$/),
  startTime: time,
  endTime: time,
  serviceCount: z.string().regex(/^\d{1,2}$/),
  serviceCode: z.string().regex(/^[0-9A-Z]{6}$/),
  taisCode: z.string().max(12),
  notificationCode: z.string().max(12),
  productName: z.string().max(200),
  detailNo: optionalDigits(2),
  providerCode: digits(10),
  providerName: z.string().max(200),
  satelliteNo: z.string().max(2),
  over30Days: z.enum(['0', '1']),
  updaterCode: z.string().regex(/^(\d{10})?$/),
  identifier: z.string().max(1),
});

const KEYS = Object.keys(naiveTable6Schema.shape);

/** A Buffer view of the bytes (no copy), as iconv-lite expects. */
function asBuffer(/** @type {Uint8Array} */ bytes) {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Naive validation: decode, parse, and `safeParse` every row.
 * @param {Uint8Array} bytes MS932 CSV
 * @returns {{ records: number, rejected: number }}
 */
export function naiveValidate(bytes) {
  const text = iconv.decode(asBuffer(bytes), 'cp932');
  /** @type {string[][]} */
  const rows = parse(text, { relax_column_count: true });
  let rejected = 0;
  for (const row of rows) {
    /** @type {Record<string, string | undefined>} */
    const object = {};
    for (let i = 0; i < KEYS.length; i++) object[/** @type {string} */ (KEYS[i])] = row[i];
    if (row.length !== KEYS.length || !naiveTable6Schema.safeParse(object).success) rejected++;
  }
  return { records: rows.length, rejected };
}

/**
 * Naive validation with a given zod schema: iconv-lite decode, csv-parse (sync), one record object per
 * row (`toRecord`, e.g. the layout's `buildRecord`), `schema.safeParse`. A row with another column count
 * than `columns` is rejected without parsing.
 * @param {Uint8Array} bytes MS932 CSV
 * @param {{ safeParse: (value: unknown) => { success: boolean } }} schema
 * @param {number} columns
 * @param {(row: string[]) => unknown} toRecord
 * @returns {{ records: number, rejected: number }}
 */
export function naiveValidateWithSchema(bytes, schema, columns, toRecord) {
  const text = iconv.decode(asBuffer(bytes), 'cp932');
  /** @type {string[][]} */
  const rows = parse(text, { relax_column_count: true });
  let rejected = 0;
  for (const row of rows) {
    if (row.length !== columns || !schema.safeParse(toRecord(row)).success) rejected++;
  }
  return { records: rows.length, rejected };
}

const shiftJis = new TextDecoder('shift_jis');

/**
 * Records floor: the least a reader can do to hand out kept records of plain objects, with no checks at all —
 * the platform decoder over the whole file, a split into lines and values (quotes are not even removed),
 * and the layout's record literal per line, all records kept. What `parse` costs beyond `validate` is
 * compared with this (a `parse` can be no cheaper than `validate` plus records).
 * @param {Uint8Array} bytes
 * @param {(values: readonly string[]) => Record<string, unknown>} buildRecord the layout's record literal
 * @returns {{ records: number }}
 */
export function recordsFloor(bytes, buildRecord) {
  const lines = shiftJis.decode(bytes).split('\r\n');
  const records = new Array(lines.length);
  let n = 0;
  for (const line of lines) if (line !== '') records[n++] = buildRecord(line.split(','));
  records.length = n;
  return { records: records.length };
}

/**
 * Practical limit: platform decoder + a byte scan counting LF.
 * @param {Uint8Array} bytes
 * @returns {{ chars: number, lines: number }}
 */
export function practicalLimit(bytes) {
  const text = shiftJis.decode(bytes);
  let lines = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0x0a) lines++;
  return { chars: text.length, lines };
}

const FREE_TEXT = new Set(TABLE6_FREE_TEXT);
/** @type {NonNullable<import('csv-stringify/sync').Options['cast']>} */
const quoteFreeText = {
  string: (value, context) => (FREE_TEXT.has(context.index) ? { value, quoted: true, quoted_empty: true } : value),
};

/**
 * Serializer baseline: csv-stringify with the spec's quoting (free-text columns always quoted) and
 * CRLF, then iconv-lite MS932 encode.
 * @param {readonly Record<string, string>[]} records
 * @param {string[]} columns keys of `records` in file order
 * @returns {Buffer}
 */
export function stringifyBaseline(records, columns) {
  const text = stringify(/** @type {Record<string, string>[]} */ (records), {
    columns,
    record_delimiter: 'windows',
    cast: quoteFreeText,
  });
  return iconv.encode(text, 'cp932');
}

/**
 * Serializer reference without per-column quoting (csv-stringify's default: quote only when needed),
 * CRLF, then iconv-lite MS932 encode. Not the spec's format (empty free text is not written `""`).
 * @param {readonly Record<string, string>[]} records
 * @param {string[]} columns keys of `records` in file order
 * @returns {Buffer}
 */
export function stringifyPlainBaseline(records, columns) {
  const text = stringify(/** @type {Record<string, string>[]} */ (records), { columns, record_delimiter: 'windows' });
  return iconv.encode(text, 'cp932');
}
