/**
 * Counting the MS932 decoding problems of a range without building them, for issues past `maxIssues`.
 * The rules are those of `decodeRange` (src/encoding/decode.ts): every problem it would report is counted
 * once, at the same place.
 * @module
 */
import { getDecodeTable } from '../encoding/table.js';

/** Where {@link countMs932Problems} stopped: the offset after its last counted problem, or `end`. */
let stoppedAt = 0;

/**
 * Counts the problems `decodeRange(bytes, start, end, problems)` would report (invalid bytes and 外字), up
 * to `most`: then {@link problemsStop} gives the offset just after the last one counted (`end` when there
 * were fewer), a place where decoding can be cut without changing what is found on either side.
 * @internal
 */
export function countMs932Problems(bytes: Uint8Array, start: number, end: number, most = Number.POSITIVE_INFINITY): number {
  const table = getDecodeTable();
  let n = 0;
  let i = start;
  while (i < end) {
    if (n >= most) {
      stoppedAt = i;
      return n;
    }
    const b = bytes[i]!;
    if (b < 0x80 || (b >= 0xa1 && b <= 0xdf)) {
      i++;
    } else if (b !== 0x80 && b !== 0xa0 && b <= 0xfc) {
      if (i + 1 < end) {
        const t = bytes[i + 1]!;
        if (table[(b << 8) | t] !== 0) {
          i += 2;
          continue;
        }
        if (t >= 0x40 && t <= 0xfc && t !== 0x7f) {
          n++;
          i += 2;
          continue;
        }
      }
      n++;
      i++;
    } else {
      n++;
      i++;
    }
  }
  stoppedAt = end;
  return n;
}

/** The offset after the last problem counted by the latest {@link countMs932Problems} call. @internal */
export function problemsStop(): number {
  return stoppedAt;
}
