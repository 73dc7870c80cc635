import { misuse, typeName } from '../errors.js';
import { normalizeRecordLinesOptions } from '../options.js';
import { encodeForReading } from '../parse/text-input.js';
import { tokenize } from '../parse/tokenize.js';

/**
 * The 1-based physical line where each record of a file starts, in record order: pass it as `lines` to
 * {@link reconcile} so that differences name the lines of both files. It agrees with the records of
 * `parse` for the same input (rows dropped by `parse`, such as an unterminated quote or an empty line, are
 * not counted here either), except that a header skipped with `skipHeader` is counted here: drop the first
 * entry in that case.
 *
 * Input is what `parse` reads: MS932 bytes (`Uint8Array` / `ArrayBuffer`) or text. Never throws on bad
 * content; a non-byte, non-string input throws a `TypeError`.
 *
 * @deprecated `parse` keeps the line of each record: `Array.from(parse(input, options).recordLines)` gives
 *   the same lines without reading the file again (and never counts a skipped header). This function
 *   reads the rows only (the tokenizer stage, with no kind), and stays for compatibility.
 */
export function recordLines(input: Uint8Array | ArrayBuffer | string, options?: { readonly maxRecordBytes?: number }): number[] {
  const { maxRecordBytes } = normalizeRecordLinesOptions(options);
  let bytes: Uint8Array;
  if (input instanceof Uint8Array) bytes = input;
  else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
  // Line structure survives encoding: unmappable characters become one replacement each.
  else if (typeof input === 'string') bytes = encodeForReading(input, false).bytes;
  else misuse('ERR_CAREPLAN_ARGUMENT', 'recordLines', `input must be a Uint8Array, an ArrayBuffer or a string, got ${typeName(input)}`);
  const lines: number[] = [];
  // The same record limit as parse (records it skips are skipped here too, so the lines stay aligned).
  tokenize(
    bytes,
    (row) => lines.push(row.line),
    () => {},
    { maxRecordBytes: Math.min(maxRecordBytes, 2 ** 31 - 1) },
  );
  return lines;
}
