/**
 * Tells a UTF-16 file (Excel's 「Unicode テキスト」, a tool's "Unicode") from MS932 by its first bytes.
 * @module
 */

/** How many first bytes are looked at. */
const PROBE_BYTES = 16;
/** Fewest code units of the pattern (ASCII in UTF-16) that tell a file without a BOM. */
const MIN_UNITS = 4;

/**
 * Whether the first `length` bytes of a file are UTF-16: a BOM (`FF FE` little-endian, `FE FF` big-endian),
 * which can never start MS932 text (`FE` and `FF` are no MS932 bytes), or without a BOM at least
 * {@link MIN_UNITS} code units that are all ASCII characters (`32 00` is 「2」 little-endian), which MS932 text
 * never is (a NUL byte is no character of a CSV file). A file starting with anything else is not taken for
 * UTF-16: the reader then reports its bytes as they are.
 */
function utf16Start(h: Uint8Array, length: number): 'le' | 'be' | null {
  if (length >= 2 && h[0] === 0xff && h[1] === 0xfe) return 'le';
  if (length >= 2 && h[0] === 0xfe && h[1] === 0xff) return 'be';
  const units = length >> 1;
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

/**
 * The first {@link PROBE_BYTES} bytes of a file as they arrive, and whether they are UTF-16 (see
 * {@link utf16Start}). A first piece that holds them all is looked at in place (nothing is copied or
 * allocated: the whole-buffer readers); smaller pieces are gathered first (a stream).
 * @internal
 */
export class Utf16Probe {
  private head: Uint8Array | null = null;
  private length = 0;
  private found: 'le' | 'be' | null = null;

  push(bytes: Uint8Array): void {
    if (this.length === PROBE_BYTES) return;
    if (this.length === 0 && bytes.length >= PROBE_BYTES) {
      this.found = utf16Start(bytes, PROBE_BYTES);
      this.length = PROBE_BYTES;
      return;
    }
    const head = (this.head ??= new Uint8Array(PROBE_BYTES));
    const n = Math.min(bytes.length, PROBE_BYTES - this.length);
    for (let i = 0; i < n; i++) head[this.length + i] = bytes[i] as number;
    this.length += n;
    if (this.length === PROBE_BYTES) this.found = utf16Start(head, PROBE_BYTES);
  }

  /** True once later bytes cannot change {@link result} (all the bytes looked at are in). */
  get decided(): boolean {
    return this.length === PROBE_BYTES;
  }

  /** `le` or `be` when the bytes pushed so far, taken as a whole file's start, are UTF-16; else null. */
  result(): 'le' | 'be' | null {
    if (this.length === PROBE_BYTES) return this.found;
    return this.head === null ? null : utf16Start(this.head, this.length);
  }
}
