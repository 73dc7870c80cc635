/**
 * JIS X 0213 readiness: which MS932 characters the 2027 Web service's character set (JIS X 0213) lacks, and
 * their usual substitutes. The tables are generated (./jisx0213-table.ts, from Python's codecs); nothing is read
 * at run time.
 * @module
 */
import { OUTSIDE_JISX0213 } from './jisx0213-table.js';

/** A character of MS932 outside JIS X 0213. */
export interface OutsideJisX0213 {
  readonly codePoint: number;
  /** The usual JIS X 0213 substitute (髙 → 高, ～ → 〜), or 0 when there is none. */
  readonly substitute: number;
}

let byCode: Map<number, OutsideJisX0213> | null = null;
/** 1 at each MS932 code listed (64 KiB, built on first use): the scan's test, before the map lookup. */
let listed: Uint8Array | null = null;
let byCodePoint: Map<number, OutsideJisX0213> | null = null;

function build(): void {
  byCode = new Map();
  byCodePoint = new Map();
  listed = new Uint8Array(0x10000);
  for (let i = 0; i < OUTSIDE_JISX0213.length; i += 3) {
    const entry = { codePoint: OUTSIDE_JISX0213[i + 1] as number, substitute: OUTSIDE_JISX0213[i + 2] as number };
    byCode.set(OUTSIDE_JISX0213[i] as number, entry);
    listed[OUTSIDE_JISX0213[i] as number] = 1;
    byCodePoint.set(entry.codePoint, entry);
  }
}

/** The character of the MS932 double-byte code `code` (lead byte × 256 + trail byte) when JIS X 0213 lacks it, else null. */
export function outsideJisX0213ByCode(code: number): OutsideJisX0213 | null {
  if (byCode === null) build();
  return (byCode as Map<number, OutsideJisX0213>).get(code) ?? null;
}

/** The entry of a code point when it is an MS932 character JIS X 0213 lacks, else null. */
export function outsideJisX0213(codePoint: number): OutsideJisX0213 | null {
  if (byCodePoint === null) build();
  return (byCodePoint as Map<number, OutsideJisX0213>).get(codePoint) ?? null;
}

/**
 * Calls `found` for each character of the MS932 bytes `b[s, e)` that JIS X 0213 lacks, with its index in
 * characters from `s` (a double-byte character counts one). Linear; only lead bytes are looked up.
 */
export function scanOutsideJisX0213(b: Uint8Array, s: number, e: number, found: (entry: OutsideJisX0213, char: number) => void): void {
  if (listed === null) build();
  const flags = listed as Uint8Array;
  let char = 0;
  for (let k = s; k < e; k++, char++) {
    const lead = b[k] as number;
    // MS932 lead bytes: 0x81–0x9F, 0xE0–0xFC.
    if ((lead >= 0x81 && lead <= 0x9f) || (lead >= 0xe0 && lead <= 0xfc)) {
      if (k + 1 >= e) return;
      const code = (lead << 8) | (b[k + 1] as number);
      if (flags[code] === 1) found(outsideJisX0213ByCode(code) as OutsideJisX0213, char);
      k++;
    }
  }
}
