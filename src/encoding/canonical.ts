/**
 * Canonical MS932 codes: which double-byte codes are the ones the encoder writes for their character.
 *
 * 398 MS932 codes duplicate another code's character (NEC row 13 0x8790–879C against JIS X 0208, the
 * NEC-selected IBM extensions ED/EE against the IBM extensions FA–FC, and IBM FA40–FA5B against NEC row 13
 * or JIS X 0208): they decode like their twin, and the encoder ({@link getEncodeTable}) writes the twin. The
 * set is derived from the generated decode table, not listed by hand.
 * @internal
 * @module
 */

import { getDecodeTable, getEncodeTable } from './table.js';

/** Class of a double-byte code `(lead << 8) | trail` in {@link getCodeClasses}. */
export const CODE_INVALID = 0;
export const CODE_CANONICAL = 1;
export const CODE_DUPLICATE = 2;

let classes: Uint8Array | null = null;

/**
 * Per double-byte code: {@link CODE_INVALID} (not mapped, including 外字), {@link CODE_CANONICAL} (the code
 * the encoder writes for its character) or {@link CODE_DUPLICATE} (valid, but the encoder writes another code).
 * @internal
 */
export function getCodeClasses(): Uint8Array {
  if (classes !== null) return classes;
  const dec = getDecodeTable();
  const enc = getEncodeTable();
  const table = new Uint8Array(0x10000);
  for (let code = 0x8140; code <= 0xfcfc; code++) {
    const c = dec[code] as number;
    if (c !== 0) table[code] = enc[c] === code ? CODE_CANONICAL : CODE_DUPLICATE;
  }
  classes = table;
  return table;
}

/**
 * The offset of the first character of `bytes[start, end)` that is not valid MS932 or is written with a
 * duplicate code, or -1 when every character is valid and canonical. Builds no string; as fast as a
 * validity scan (one table load per double-byte character).
 * @internal
 */
export function firstUnusualMs932(bytes: Uint8Array, start: number, end: number): number {
  const table = getCodeClasses();
  let i = start;
  // Four ASCII bytes at a time (one test of their OR): most bytes of a file are ASCII.
  const end4 = end - 3;
  while (i < end) {
    if (i < end4 && ((bytes[i]! | bytes[i + 1]! | bytes[i + 2]! | bytes[i + 3]!) & 0x80) === 0) {
      i += 4;
      continue;
    }
    const b = bytes[i]!;
    if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) {
      i++;
    } else if (i + 1 < end && table[(b << 8) | bytes[i + 1]!] === CODE_CANONICAL) {
      i += 2;
    } else {
      return i;
    }
  }
  return -1;
}

/**
 * The duplicate codes in `bytes[start, end)` (which starts at a character boundary), stepping over bytes as
 * the decoder does (a bad trail byte is read afresh). Calls `found(offset)` for each; returns their number.
 * @internal
 */
export function countDuplicateCodes(bytes: Uint8Array, start: number, end: number, found: (offset: number) => void): number {
  const table = getCodeClasses();
  let n = 0;
  let i = start;
  while (i < end) {
    const b = bytes[i]!;
    if (b < 0x80 || (b >= 0xa1 && b <= 0xdf) || b === 0x80 || b === 0xa0 || b > 0xfc || i + 1 >= end) {
      i++;
      continue;
    }
    const t = bytes[i + 1]!;
    const c = table[(b << 8) | t];
    if (c === CODE_DUPLICATE) {
      n++;
      found(i);
    }
    i += c !== CODE_INVALID || (t >= 0x40 && t <= 0xfc && t !== 0x7f) ? 2 : 1;
  }
  return n;
}
