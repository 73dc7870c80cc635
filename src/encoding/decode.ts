/**
 * Strict MS932 (Windows-31J) decoding.
 * @module
 */

import { CareplanRangeError, misuse, typeName } from '../errors.js';
import { getDecodeTable } from './table.js';

/**
 * A byte sequence that is not valid MS932 text.
 *
 * - `invalid`: bytes that are not MS932 — a byte that is never valid (0x80, 0xA0, 0xFD–0xFF), a
 *   lead byte at the end of the range or followed by a byte that cannot be a trail byte (the lead
 *   byte alone is reported, `length` 1, and the next byte is read afresh), or a well-formed
 *   double-byte code that MS932 does not assign (`length` 2).
 * - `userDefined`: a code in the user-defined area F040–F9FC (外字), whose meaning is private to the
 *   sender's machine (`length` 2).
 */
export interface DecodeProblem {
  /** What is wrong with the bytes. */
  readonly code: 'invalid' | 'userDefined';
  /** Absolute offset of the first offending byte in the buffer passed to the decoder. */
  readonly offset: number;
  /** Number of offending bytes (1 or 2). */
  readonly length: number;
}

/** Result of {@link decodeMs932}. */
export interface DecodeResult {
  /** The decoded text; every problem's bytes are replaced by one U+FFFD. */
  readonly text: string;
  /** The problems found, in byte order; empty when the bytes are valid MS932. */
  readonly problems: DecodeProblem[];
}

/** Output is assembled in chunks of at most this many UTF-16 code units. */
const CHUNK = 8192;
/** From this length on, strings are built with a platform `TextDecoder` when one is available. */
const LONG = 96;
/** Strings of one ASCII character, so one-byte fields allocate nothing (the interner of `parse` uses them too). @internal */
export const ASCII_CHARS: readonly string[] = Array.from({ length: 128 }, (_, i) => String.fromCharCode(i));

let scratch: Uint16Array | null = null;
/** `undefined` until probed; `null` when the platform has no usable decoder. */
let latin1Decoder: TextDecoder | null | undefined;
let utf16Decoder: TextDecoder | null | undefined;

function makeDecoder(label: string): TextDecoder | null {
  if (typeof TextDecoder !== 'function') return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

function checkArgs(bytes: Uint8Array, start: number, end: number): void {
  if (!(bytes instanceof Uint8Array)) misuse('ERR_CAREPLAN_ARGUMENT', 'decodeRange', `bytes must be a Uint8Array, got ${typeName(bytes)}`);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > bytes.length || start > end) {
    throw new CareplanRangeError('decodeRange', `invalid range [${String(start)}, ${String(end)}) for ${bytes.length} bytes`);
  }
}

/**
 * Builds a string from the code units `a[i, i + n)` (`n` below {@link LONG}): explicit-arity
 * `fromCharCode` calls up to 32 units, `apply` on a plain array beyond. Both give one flat
 * string, and both are far faster than `apply` on a typed array or a platform decoder for short strings.
 * The explicit calls cover the values of most columns (dates, numbers, names, addresses) and cost less than
 * half as much as filling an array for `apply`: `parse` of 利用者補足情報 took 8.6 % fewer instructions
 * (callgrind, 2 MB) than with explicit calls up to 7 units only.
 */
// biome-ignore format: one line per length, so that the table reads as one
function shortString(a: Uint8Array | Uint16Array, i: number, n: number): string {
  switch (n) {
    case 0: return '';
    case 1: return String.fromCharCode(a[i]!);
    case 2: return String.fromCharCode(a[i]!, a[i + 1]!);
    case 3: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!);
    case 4: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!);
    case 5: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!);
    case 6: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!);
    case 7: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!);
    case 8: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!);
    case 9: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!);
    case 10: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!);
    case 11: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!);
    case 12: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!);
    case 13: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!);
    case 14: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!);
    case 15: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!);
    case 16: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!);
    case 17: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!);
    case 18: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!);
    case 19: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!);
    case 20: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!);
    case 21: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!);
    case 22: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!, a[i + 21]!);
    case 23: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!, a[i + 21]!, a[i + 22]!);
    case 24: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!, a[i + 21]!, a[i + 22]!, a[i + 23]!);
    case 25: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!, a[i + 21]!, a[i + 22]!, a[i + 23]!, a[i + 24]!);
    case 26: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!, a[i + 21]!, a[i + 22]!, a[i + 23]!, a[i + 24]!, a[i + 25]!);
    case 27: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!, a[i + 21]!, a[i + 22]!, a[i + 23]!, a[i + 24]!, a[i + 25]!, a[i + 26]!);
    case 28: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!, a[i + 21]!, a[i + 22]!, a[i + 23]!, a[i + 24]!, a[i + 25]!, a[i + 26]!, a[i + 27]!);
    case 29: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!, a[i + 21]!, a[i + 22]!, a[i + 23]!, a[i + 24]!, a[i + 25]!, a[i + 26]!, a[i + 27]!, a[i + 28]!);
    case 30: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!, a[i + 21]!, a[i + 22]!, a[i + 23]!, a[i + 24]!, a[i + 25]!, a[i + 26]!, a[i + 27]!, a[i + 28]!, a[i + 29]!);
    case 31: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!, a[i + 21]!, a[i + 22]!, a[i + 23]!, a[i + 24]!, a[i + 25]!, a[i + 26]!, a[i + 27]!, a[i + 28]!, a[i + 29]!, a[i + 30]!);
    case 32: return String.fromCharCode(a[i]!, a[i + 1]!, a[i + 2]!, a[i + 3]!, a[i + 4]!, a[i + 5]!, a[i + 6]!, a[i + 7]!, a[i + 8]!, a[i + 9]!, a[i + 10]!, a[i + 11]!, a[i + 12]!, a[i + 13]!, a[i + 14]!, a[i + 15]!, a[i + 16]!, a[i + 17]!, a[i + 18]!, a[i + 19]!, a[i + 20]!, a[i + 21]!, a[i + 22]!, a[i + 23]!, a[i + 24]!, a[i + 25]!, a[i + 26]!, a[i + 27]!, a[i + 28]!, a[i + 29]!, a[i + 30]!, a[i + 31]!);
    default: {
      // One call on a plain array of the length: a flat string, where joining pieces made a tree of strings
      // (two to three times the memory, and each piece copied again by the garbage collector).
      let units = unitArrays[n];
      if (units === undefined) unitArrays[n] = units = new Array<number>(n).fill(0);
      for (let k = 0; k < n; k++) units[k] = a[i + k]!;
      return String.fromCharCode.apply(null, units);
    }
  }
}

/** Per length below {@link LONG}, a plain array of that many code units (see {@link shortString}). */
const unitArrays: (number[] | undefined)[] = [];

/** Fallback for long strings when the platform has no `TextDecoder`. */
function applyString(a: Uint8Array | Uint16Array, start: number, end: number): string {
  let s = '';
  for (let k = start; k < end; k += CHUNK) {
    s += String.fromCharCode.apply(null, a.subarray(k, Math.min(end, k + CHUNK)) as unknown as number[]);
  }
  return s;
}

/** Builds a string from bytes known to be ASCII. */
function asciiString(bytes: Uint8Array, start: number, end: number): string {
  const len = end - start;
  if (len === 1) return ASCII_CHARS[bytes[start]!]!;
  if (len < LONG) return shortString(bytes, start, len);
  if (latin1Decoder === undefined) latin1Decoder = makeDecoder('latin1');
  // for ASCII bytes every single-byte decoder (latin1 = windows-1252) is the identity
  if (latin1Decoder !== null) return latin1Decoder.decode(bytes.subarray(start, end));
  return applyString(bytes, start, end);
}

/** Builds a string from the first `n` code units of `buf`. */
function unitsString(buf: Uint16Array, n: number): string {
  if (n < LONG) return shortString(buf, 0, n);
  if (utf16Decoder === undefined) {
    // a Uint16Array is in platform byte order: use the UTF-16LE decoder only on little-endian hosts
    const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
    utf16Decoder = littleEndian ? makeDecoder('utf-16le') : null;
  }
  // the units never contain surrogates, so UTF-16 decoding is the identity
  if (utf16Decoder !== null) return utf16Decoder.decode(buf.subarray(0, n));
  return applyString(buf, 0, n);
}

/**
 * Decodes `bytes[start, end)` as MS932. This is the hot path used for every CSV field.
 *
 * - 0x00–0x7F are ASCII as-is (0x5C is `\`, 0x7E is `~`); 0xA1–0xDF are half-width katakana
 *   U+FF61–U+FF9F; lead bytes 0x81–0x9F and 0xE0–0xFC with a trail byte 0x40–0x7E or 0x80–0xFC
 *   form a double-byte code mapped as Windows / the WHATWG Encoding Standard do. Stricter than WHATWG:
 *   a lone 0x80 is invalid (WHATWG decodes it to U+0080).
 * - Anything else yields one U+FFFD in the result and, when `problems` is non-null, a
 *   {@link DecodeProblem} with the absolute byte offset. A lead byte with a bad trail is reported
 *   alone and the following byte is decoded afresh (so an ASCII delimiter is never swallowed).
 * - 外字 (F040–F9FC) is reported as `userDefined` and also decodes to U+FFFD, never to a private-use
 *   character.
 *
 * Bad bytes never throw; only a wrong argument type or an out-of-bounds range does.
 *
 * @param bytes - the whole buffer (offsets in problems are relative to its start)
 * @param start - first byte to decode
 * @param end - one past the last byte to decode
 * @param problems - array to push problems onto, or `null` to skip reporting
 * @returns the decoded text
 */
export function decodeRange(bytes: Uint8Array, start: number, end: number, problems: DecodeProblem[] | null): string {
  checkArgs(bytes, start, end);
  return decodeSpan(bytes, start, end, problems);
}

/**
 * {@link decodeRange} without checking its arguments, for the library's own callers, whose spans come from
 * the tokenizer (every field of every record goes through here when `parse` builds records).
 * @internal
 */
export function decodeSpan(bytes: Uint8Array, start: number, end: number, problems: DecodeProblem[] | null): string {
  let i = start;
  while (i < end && bytes[i]! < 0x80) i++;
  if (i === end) return start === end ? '' : asciiString(bytes, start, end);
  return decodeMixed(bytes, start, i, end, problems);
}

/** Decodes `bytes[start, end)`, whose first non-ASCII byte is at `i`. */
function decodeMixed(bytes: Uint8Array, start: number, i: number, end: number, problems: DecodeProblem[] | null): string {
  const table = getDecodeTable();
  let buf = scratch;
  if (buf === null) buf = scratch = new Uint16Array(CHUNK);
  let result = '';
  let n = 0;
  if (i - start > CHUNK) result = asciiString(bytes, start, i);
  else for (let k = start; k < i; k++) buf[n++] = bytes[k]!;
  while (i < end) {
    if (n === CHUNK) {
      result += unitsString(buf, n);
      n = 0;
    }
    const b = bytes[i]!;
    if (b < 0x80) {
      buf[n++] = b;
      i++;
    } else if (b >= 0xa1 && b <= 0xdf) {
      buf[n++] = b + 0xfec0; // 0xA1 → U+FF61
      i++;
    } else if (b !== 0x80 && b !== 0xa0 && b <= 0xfc) {
      // lead byte 0x81–0x9F or 0xE0–0xFC
      if (i + 1 < end) {
        const t = bytes[i + 1]!;
        const c = table[(b << 8) | t]!;
        if (c !== 0) {
          buf[n++] = c;
          i += 2;
          continue;
        }
        if (t >= 0x40 && t <= 0xfc && t !== 0x7f) {
          buf[n++] = 0xfffd;
          if (problems !== null) {
            problems.push({ code: b >= 0xf0 && b <= 0xf9 ? 'userDefined' : 'invalid', offset: i, length: 2 });
          }
          i += 2;
          continue;
        }
      }
      // lone lead byte at the end, or a bad trail byte: report the lead only, re-read the next byte
      buf[n++] = 0xfffd;
      if (problems !== null) problems.push({ code: 'invalid', offset: i, length: 1 });
      i++;
    } else {
      // 0x80, 0xA0, 0xFD–0xFF
      buf[n++] = 0xfffd;
      if (problems !== null) problems.push({ code: 'invalid', offset: i, length: 1 });
      i++;
    }
  }
  return n === 0 ? result : result + unitsString(buf, n);
}

/**
 * Decodes a whole buffer as MS932, collecting every problem.
 *
 * @example
 * ```ts
 * const { text, problems } = decodeMs932(bytes);
 * const first = problems[0];
 * if (first !== undefined) console.error(`invalid MS932 at byte ${first.offset}`);
 * ```
 * @param bytes - the bytes to decode
 * @returns the text (with U+FFFD for each problem) and the problems, in byte order
 */
export function decodeMs932(bytes: Uint8Array): DecodeResult {
  const problems: DecodeProblem[] = [];
  const text = decodeRange(bytes, 0, bytes.length, problems);
  return { text, problems };
}

/**
 * Returns the offset of the first byte that is not valid MS932 text (including 外字), or -1 when
 * `bytes[start, end)` is entirely valid. Builds no string.
 * @internal
 */
export function firstInvalidMs932(bytes: Uint8Array, start: number, end: number): number {
  const table = getDecodeTable();
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) {
      i++;
    } else if (i + 1 < end && table[(b << 8) | bytes[i + 1]!] !== 0) {
      i += 2;
    } else {
      return i;
    }
  }
  return -1;
}
