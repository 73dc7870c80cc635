/**
 * Tells a UTF-16 file (Excel's 「Unicode テキスト」, a tool's "Unicode") from MS932 by its first bytes, which
 * it collects as they arrive (at most {@link PROBE_BYTES}).
 * @module
 */

/** How many first bytes are looked at. */
const PROBE_BYTES = 16;
/** Fewest code units of the pattern (ASCII in UTF-16) that tell a file without a BOM. */
const MIN_UNITS = 4;

/**
 * The first bytes of a file, and whether they are UTF-16: a BOM (`FF FE` little-endian, `FE FF`
 * big-endian), which can never start MS932 text (`FE` and `FF` are no MS932 bytes), or without a BOM at least
 * {@link MIN_UNITS} code units that are all ASCII characters (`32 00` is 「2」 little-endian), which MS932 text
 * never is (a NUL byte is no character of a CSV file). A file starting with anything else is not taken for
 * UTF-16: the reader then reports its bytes as they are.
 * @internal
 */
export class Utf16Probe {
  private readonly head = new Uint8Array(PROBE_BYTES);
  private length = 0;

  push(bytes: Uint8Array): void {
    const n = Math.min(bytes.length, PROBE_BYTES - this.length);
    if (n > 0) this.head.set(bytes.subarray(0, n), this.length);
    this.length += n;
  }

  /** True once later bytes cannot change {@link result} (all the bytes looked at are in). */
  get decided(): boolean {
    return this.length === PROBE_BYTES;
  }

  /** `le` or `be` when the bytes pushed so far, taken as a whole file's start, are UTF-16; else null. */
  result(): 'le' | 'be' | null {
    const h = this.head;
    if (this.length >= 2 && h[0] === 0xff && h[1] === 0xfe) return 'le';
    if (this.length >= 2 && h[0] === 0xfe && h[1] === 0xff) return 'be';
    const units = this.length >> 1;
    if (units < MIN_UNITS) return null;
    let le = true;
    let be = true;
    for (let u = 0; u < units; u++) {
      const a = h[2 * u] as number;
      const b = h[2 * u + 1] as number;
      le &&= b === 0 && a !== 0 && a < 0x80;
      be &&= a === 0 && b !== 0 && b < 0x80;
    }
    return le ? 'le' : be ? 'be' : null;
  }
}
