/**
 * A growable byte buffer: the serializer's output.
 * @module
 */

import { CareplanRangeError } from '../errors.js';

/**
 * A growable output buffer of bytes.
 *
 * Writes append at the end; the backing array doubles when full, so appending is amortised O(1).
 * One sink can be reused for many outputs with {@link ByteSink.reset}.
 *
 * @example
 * ```ts
 * const sink = new ByteSink();
 * sink.writeAscii('1,2,3');
 * sink.writeBytes(new Uint8Array([0x0d, 0x0a]));
 * const bytes = sink.toBytes();
 * ```
 */
export class ByteSink {
  /** Backing array; bytes `[0, pos)` are the content. Shared with the encoder. @internal */
  buf: Uint8Array;
  /** Number of bytes written. Shared with the encoder. @internal */
  pos = 0;

  /**
   * @param initial - initial size of the backing array in bytes (default 64 KiB), or an array to write
   *   into (its content is overwritten; the sink grows out of it when it is too small)
   */
  constructor(initial: number | Uint8Array = 65536) {
    if (initial instanceof Uint8Array) {
      this.buf = initial;
      return;
    }
    if (!Number.isInteger(initial) || initial < 0) {
      throw new CareplanRangeError('ByteSink', 'initialCapacity must be a non-negative integer');
    }
    this.buf = new Uint8Array(Math.max(16, initial));
  }

  /** Number of bytes written since construction or the last {@link ByteSink.reset}. */
  get length(): number {
    return this.pos;
  }

  /**
   * Makes room for at least `n` more bytes without further reallocation.
   * @param n - number of bytes about to be written
   */
  reserve(n: number): void {
    const need = this.pos + n;
    if (need > this.buf.length) this.grow(need);
  }

  private grow(need: number): void {
    let size = Math.max(16, this.buf.length * 2);
    while (size < need) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /**
   * Appends one byte.
   * @param byte - the byte value (0–255; higher bits are dropped)
   */
  writeByte(byte: number): void {
    if (this.pos === this.buf.length) this.grow(this.pos + 1);
    this.buf[this.pos++] = byte;
  }

  /**
   * Appends a string that is known to be ASCII (delimiters, digits, codes), one byte per character.
   * @param text - ASCII text
   * @throws RangeError when `text` contains a non-ASCII character (API misuse: use the encoder)
   */
  writeAscii(text: string): void {
    const n = text.length;
    if (this.pos + n > this.buf.length) this.grow(this.pos + n);
    const buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c > 0x7f) {
        this.pos = p;
        throw new CareplanRangeError('ByteSink.writeAscii', `non-ASCII character U+${c.toString(16).toUpperCase().padStart(4, '0')} at ${i}`);
      }
      buf[p++] = c;
    }
    this.pos = p;
  }

  /**
   * Appends bytes.
   * @param bytes - the bytes to copy
   */
  writeBytes(bytes: Uint8Array): void {
    const n = bytes.length;
    if (this.pos + n > this.buf.length) this.grow(this.pos + n);
    if (n < 16) {
      const buf = this.buf;
      let p = this.pos;
      for (let i = 0; i < n; i++) buf[p++] = bytes[i]!;
      this.pos = p;
    } else {
      this.buf.set(bytes, this.pos);
      this.pos += n;
    }
  }

  /**
   * Drops the content after the first `length` bytes (e.g. to discard a field whose encoding
   * failed).
   * @param length - new length, at most the current length
   */
  truncate(length: number): void {
    if (!Number.isInteger(length) || length < 0 || length > this.pos) {
      throw new CareplanRangeError('ByteSink.truncate', `invalid length ${String(length)}`);
    }
    this.pos = length;
  }

  /** Returns a copy of the content (independent of later writes). */
  toBytes(): Uint8Array {
    return this.buf.slice(0, this.pos);
  }

  /**
   * Returns the content without copying. The view is only valid until the next write or reset.
   */
  view(): Uint8Array {
    return this.buf.subarray(0, this.pos);
  }

  /** Empties the sink, keeping its capacity. */
  reset(): void {
    this.pos = 0;
  }
}
