/**
 * Detection of files that are really UTF-8, so callers can report one clear error instead of
 * decoding them as MS932 into mojibake.
 * @module
 */

import { misuse, typeName } from '../errors.js';
import { firstInvalidMs932 } from './decode.js';
import { variantTarget } from './encode.js';
import { getEncodeTable } from './table.js';

/**
 * Returns the end offset of the longest valid UTF-8 prefix starting at `start` (strict: no
 * overlong forms, no surrogates, nothing above U+10FFFF), stopping at the first error.
 */
function validUtf8End(bytes: Uint8Array, start: number): number {
  const len = bytes.length;
  let i = start;
  while (i < len) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      else if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      else if (b === 0xf4) hi = 0x8f;
    } else {
      return i;
    }
    if (i + need >= len) return i; // truncated sequence
    const b1 = bytes[i + 1]!;
    if (b1 < lo || b1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const bk = bytes[i + k]!;
      if (bk < 0x80 || bk > 0xbf) return i;
    }
    i += need + 1;
  }
  return i;
}

/**
 * Whether the bytes at `i` (a non-ASCII byte) cannot start a UTF-8 sequence: a byte that is not a lead, or a
 * continuation out of range. A sequence cut short by the end of the input is not called invalid.
 */
function notUtf8At(bytes: Uint8Array, i: number): boolean {
  const b = bytes[i]!;
  let need: number;
  let lo = 0x80;
  let hi = 0xbf;
  if (b >= 0xc2 && b <= 0xdf) need = 1;
  else if (b >= 0xe0 && b <= 0xef) {
    need = 2;
    if (b === 0xe0) lo = 0xa0;
    else if (b === 0xed) hi = 0x9f;
  } else if (b >= 0xf0 && b <= 0xf4) {
    need = 3;
    if (b === 0xf0) lo = 0x90;
    else if (b === 0xf4) hi = 0x8f;
  } else return true;
  for (let k = 1; k <= need; k++) {
    if (i + k >= bytes.length) return false;
    const c = bytes[i + k]!;
    if (k === 1 ? c < lo || c > hi : c < 0x80 || c > 0xbf) return true;
  }
  return false;
}

/**
 * Minimum number of distinct Japanese characters the UTF-8 reading must contain before bytes that
 * are valid in both encodings are called UTF-8 (see {@link detectUtf8}).
 */
const MIN_DISTINCT = 2;

/**
 * For bytes already known to be valid UTF-8 from `start` on: whether their UTF-8 reading looks like
 * Japanese text meant for MS932 — only ASCII and three-byte sequences, each a character MS932 can
 * encode (directly or as one of the seven JIS-style variants), at least {@link MIN_DISTINCT} of
 * them distinct and not followed by a byte 40–7E (an MS932 trail byte).
 */
function looksLikeUtf8Japanese(bytes: Uint8Array, start: number): boolean {
  const table = getEncodeTable();
  const seen: number[] = [];
  const len = bytes.length;
  let i = start;
  while (i < len) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b < 0xe0 || b > 0xef) return false; // a two- or four-byte sequence
    const c = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
    if (table[c] === 0 && variantTarget(c) === 0) return false;
    // A character directly followed by a byte 40–7E is no evidence: in MS932 that byte is the trail byte of a
    // double-byte character, so MS932 kanji whose trail bytes are ASCII letters (逑杯雎啣 = E7 93 94 74 E8 B1
    // 9A 51) read as valid UTF-8 (瓔t豚Q) by accident. UTF-8 text meant for MS932 has its characters followed
    // by other characters, separators, digits or line ends too, which count.
    const next = bytes[i + 3];
    const evidence = next === undefined || next < 0x40 || next > 0x7e;
    if (evidence && seen.length < MIN_DISTINCT && !seen.includes(c)) seen.push(c);
    i += 3;
  }
  return seen.length >= MIN_DISTINCT;
}

/**
 * Tells whether a file that was supposed to be MS932 is really UTF-8, so the caller can report one
 * clear error instead of decoding mojibake.
 *
 * - `'bom'`: the bytes start with the UTF-8 byte-order mark EF BB BF (never valid MS932), and the first
 *   non-ASCII character after it (if any) is UTF-8. When it is not, the BOM was put in front of MS932 text
 *   (`null`: the reader then reports `encoding.bom` and reads what follows the BOM as MS932).
 * - `'utf8'`: the bytes are entirely valid UTF-8 (strict: no overlong forms, surrogates or values
 *   above U+10FFFF), contain at least one multi-byte sequence, and either
 *   1. are not valid MS932 (some sequence would be an MS932 error or 外字), or
 *   2. are valid in both encodings, but their UTF-8 reading consists only of ASCII and at least
 *      two distinct characters that MS932 can encode, each a three-byte sequence not followed by a byte
 *      40–7E (an MS932 trail byte: `@`, letters and the like) — e.g. `介護支援専門員`
 *      or `山田` in UTF-8, which also read as the valid MS932 mojibake `莉玖ｭｷ謾ｯ謠ｴ蟆る摩蜩｡`, `螻ｱ逕ｰ`.
 * - `null`: anything else — pure ASCII (identical in both encodings), bytes that are not valid
 *   UTF-8 (the MS932 decoder reports any errors), or bytes that are valid in both encodings without
 *   that evidence, where MS932 wins.
 *
 * Why genuine MS932 text is not reported as UTF-8: its double-byte codes and half-width katakana
 * are valid UTF-8 only by accident. Half-width katakana read as UTF-8 give two-byte sequences
 * (`ﾃｽ` = C3 BD = `ý`), which rule 2 never accepts. Three-byte sequences arise only when a kanji
 * with lead byte E0–EF happens to be followed by the right bytes, and must then also be characters
 * MS932 can encode; needing two distinct ones in a file that is valid UTF-8 throughout keeps a
 * false `'utf8'` rare: measured on each of the 325,758 lines of the benchmark's generated 第6表 file,
 * and on 200,000 random MS932 strings of 2–9 characters drawn only from the risky kanji (lead E0–EA,
 * trail 80–BF) and half-width katakana, none was called UTF-8. Kanji whose trail byte is an ASCII
 * letter make another accidental class (逑杯雎啣 is valid UTF-8 for 瓔t豚Q), which is why a character
 * followed by a byte 40–7E is not counted. Repeating the same text does not add evidence.
 * The cost of the rule: a UTF-8 file whose only non-ASCII text is one repeated character that
 * happens to be valid MS932 is not detected; two distinct characters (a two-kanji name) are enough.
 *
 * Cost: one pass over the bytes in the worst case; MS932 Japanese text usually stops at its first
 * non-ASCII byte pair.
 *
 * @param bytes - the whole file
 * @returns the kind of UTF-8 found, or `null` when the bytes should be treated as MS932
 */
export function detectUtf8(bytes: Uint8Array): 'bom' | 'utf8' | null {
  if (!(bytes instanceof Uint8Array)) misuse('ERR_CAREPLAN_ARGUMENT', 'detectUtf8', `bytes must be a Uint8Array, got ${typeName(bytes)}`);
  const len = bytes.length;
  if (len >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A BOM in front of MS932 text (added "for Excel"): the first non-ASCII character after it is not UTF-8.
    let j = 3;
    while (j < len && bytes[j]! < 0x80) j++;
    return j < len && notUtf8At(bytes, j) ? null : 'bom';
  }
  let i = 0;
  while (i < len && bytes[i]! < 0x80) i++;
  if (i === len) return null; // pure ASCII
  if (validUtf8End(bytes, i) !== len) return null;
  if (firstInvalidMs932(bytes, i, len) !== -1) return 'utf8';
  return looksLikeUtf8Japanese(bytes, i) ? 'utf8' : null;
}
