/**
 * fast-check generators of CSV input for the tokenizer tests. Text is modelled as latin1 strings
 * (one char per byte) so that Shift_JIS byte pairs can be mixed with ASCII.
 */
import fc from 'fast-check';
import { bytesOf } from './tokenize-harness.js';

/**
 * Bytes allowed in unquoted fields: ASCII, tab, backslash and Shift_JIS pairs
 * (ソ 83 5C, あ 82 A0, 亜 88 9F, full-width space 81 40).
 */
const plainToken = fc.constantFrom(...['a', 'Z', '0', '9', ' ', '-', '\\', '\t'], ...['\x83\x5c', '\x82\xa0', '\x88\x9f', '\x81\x40']);
/** Tokens of quoted field content: everything, including delimiters, quotes and line breaks. */
const quotedToken = fc.oneof(plainToken, fc.constantFrom(',', '"', '\r', '\n', '\r\n', '""'));

export interface CsvField {
  /** The field's value (what a reader must return). */
  value: string;
  /** Whether it is written quoted. */
  quoted: boolean;
}

export const csvField: fc.Arbitrary<CsvField> = fc.oneof(
  fc.array(plainToken, { maxLength: 6 }).map((t) => ({ value: t.join(''), quoted: false })),
  fc.array(quotedToken, { maxLength: 6 }).map((t) => ({ value: t.join(''), quoted: true })),
);

/** A record: at least one field; a lone empty field is quoted (an unquoted one would be an empty line). */
export const csvRecord: fc.Arbitrary<CsvField[]> = fc
  .array(csvField, { minLength: 1, maxLength: 8 })
  .map((fields) => (fields.length === 1 && fields[0]!.value === '' ? [{ value: '', quoted: true }] : fields));

export const lineBreak = fc.constantFrom('\r\n', '\n', '\r');

export interface CsvDocument {
  records: CsvField[][];
  /** Line break written after each record (the last one is omitted unless `finalBreak`). */
  breaks: string[];
  finalBreak: boolean;
}

export const csvDocument: fc.Arbitrary<CsvDocument> = fc.array(fc.tuple(csvRecord, lineBreak), { maxLength: 12 }).chain((pairs) =>
  fc.boolean().map((finalBreak) => ({
    records: pairs.map((p) => p[0]),
    breaks: pairs.map((p) => p[1]),
    finalBreak,
  })),
);

/** Writes one field as CSV text (latin1). */
export function writeField(f: CsvField): string {
  return f.quoted ? `"${f.value.replaceAll('"', '""')}"` : f.value;
}

/** Writes a document as CSV text (latin1). */
export function writeDocument(doc: CsvDocument): string {
  let s = '';
  doc.records.forEach((rec, i) => {
    s += rec.map(writeField).join(',');
    if (i < doc.records.length - 1 || doc.finalBreak) s += doc.breaks[i];
  });
  return s;
}

/** The document as bytes. */
export function documentBytes(doc: CsvDocument): Uint8Array {
  return bytesOf(writeDocument(doc));
}

/** Number of physical lines of CSV text: line breaks, plus one if text follows the last one. */
export function physicalLines(text: string): number {
  const breaks = text.match(/\r\n|\r|\n/g)?.length ?? 0;
  return breaks + (text.length > 0 && !/[\r\n]$/.test(text) ? 1 : 0);
}

/** Byte arrays biased towards the bytes that matter to CSV. */
export const csvishBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 200 }),
  fc.array(fc.constantFrom(0x22, 0x22, 0x2c, 0x2c, 0x0d, 0x0a, 0x61, 0x83, 0x5c, 0x20), { maxLength: 200 }).map((a) => Uint8Array.from(a)),
);
