/**
 * {@link detectUtf8} over input that arrives in pieces: the same answer for the concatenation, with
 * constant memory.
 * @module
 */
import { variantTarget } from '../encoding/encode.js';
import { getDecodeTable, getEncodeTable } from '../encoding/table.js';
import type { detectUtf8 } from '../encoding/detect.js';

const ASCII = 0;
const UTF8 = 1;
const NOT_UTF8 = 2;
const BOM = 3;

const BOM_BYTES = [0xef, 0xbb, 0xbf] as const;

/** Distinct characters needed when the bytes are valid in both encodings (as in {@link detectUtf8}). */
const MIN_DISTINCT = 2;

/**
 * Incremental {@link detectUtf8}: feed the bytes in order with {@link push}; {@link result} gives what
 * `detectUtf8` gives for all of them together. {@link decided} turns true as soon as no further byte can
 * change the answer (a UTF-8 BOM, or a byte sequence that is not UTF-8) — for MS932 Japanese text, at its
 * first double-byte character, usually.
 * @internal
 */
export class Utf8Detector {
  private phase = ASCII;
  /** Bytes seen, counted up to 3 (for the BOM). */
  private seen = 0;
  /** Continuation bytes still needed by the UTF-8 sequence under way, and those already seen. */
  private need = 0;
  private got = 0;
  private lead = 0;
  private second = 0;
  private lo = 0x80;
  private hi = 0xbf;
  /** Pending MS932 lead byte (-1: none); whether the bytes are invalid MS932 (or 外字). */
  private msLead = -1;
  private msInvalid = false;
  /** Every multi-byte sequence so far is a three-byte one of a character MS932 can encode. */
  private looksJapanese = true;
  private readonly distinct: number[] = [];
  /** The last whole character, until the byte after it says whether it is evidence (-1: none). */
  private pending = -1;

  /** Whole UTF-8 multi-byte sequences seen. */
  private sequences = 0;
  /** After a BOM: the detector of the bytes that follow it (is the BOM in front of UTF-8 or of MS932?). */
  private rest: Utf8Detector | null = null;

  /**
   * True when later bytes cannot change {@link result}. After a BOM: once the first non-ASCII character
   * after it is either a whole UTF-8 sequence (a UTF-8 file) or not UTF-8 (MS932 behind a BOM).
   */
  get decided(): boolean {
    if (this.phase === BOM) {
      const rest = this.rest as Utf8Detector;
      return rest.phase >= NOT_UTF8 || rest.sequences > 0;
    }
    return this.phase >= NOT_UTF8;
  }

  /** True when a BOM is followed by bytes that are not UTF-8: MS932 content with a BOM put in front. */
  get bomOnMs932(): boolean {
    // Decided at the first non-ASCII character after the BOM: later bytes do not change the answer.
    const rest = this.rest;
    return this.phase === BOM && rest !== null && rest.phase === NOT_UTF8 && rest.sequences === 0;
  }

  /** True when the input starts with a UTF-8 BOM. */
  get hasBom(): boolean {
    return this.phase === BOM;
  }

  push(bytes: Uint8Array, start = 0, end = bytes.length): void {
    // The BOM: the first three bytes of the input (only looked at; they are read as UTF-8 below too). What
    // follows a BOM goes to a detector of its own.
    let from = start;
    for (let j = start; this.seen < 3 && j < end; j++) {
      if (bytes[j] !== BOM_BYTES[this.seen]) {
        this.seen = 4; // not a BOM
        break;
      }
      if (++this.seen === 3) {
        this.phase = BOM;
        this.rest = new Utf8Detector();
        from = j + 1;
        break;
      }
    }
    if (this.phase === BOM) {
      this.rest?.push(bytes, from, end);
      return;
    }
    if (this.phase === NOT_UTF8) return;
    let i = from;
    if (this.phase === ASCII) {
      while (i < end && bytes[i]! < 0x80) i++;
      if (i === end) return;
      this.phase = UTF8;
    }
    this.utf8(bytes, i, end);
  }

  private utf8(bytes: Uint8Array, start: number, end: number): void {
    const decode = getDecodeTable();
    for (let i = start; i < end; i++) {
      const b = bytes[i]!;
      // A character followed by a byte 40–7E (an MS932 trail byte) is no evidence, as in detectUtf8.
      if (this.pending >= 0) {
        if (b < 0x40 || b > 0x7e) this.addDistinct(this.pending);
        this.pending = -1;
      }
      // MS932 from the first non-ASCII byte on (before it everything is ASCII: same pairing).
      if (!this.msInvalid) {
        if (this.msLead >= 0) {
          if (decode[(this.msLead << 8) | b] === 0) this.msInvalid = true;
          this.msLead = -1;
        } else if (!(b < 0x80 || (b >= 0xa1 && b <= 0xdf))) {
          this.msLead = b;
        }
      }
      if (this.need === 0) {
        if (b < 0x80) continue;
        this.lo = 0x80;
        this.hi = 0xbf;
        if (b >= 0xc2 && b <= 0xdf) {
          this.need = 1;
        } else if (b >= 0xe0 && b <= 0xef) {
          this.need = 2;
          if (b === 0xe0) this.lo = 0xa0;
          else if (b === 0xed) this.hi = 0x9f;
        } else if (b >= 0xf0 && b <= 0xf4) {
          this.need = 3;
          if (b === 0xf0) this.lo = 0x90;
          else if (b === 0xf4) this.hi = 0x8f;
        } else {
          this.phase = NOT_UTF8;
          return;
        }
        this.lead = b;
        this.got = 0;
        continue;
      }
      const first = this.got === 0;
      if (first ? b < this.lo || b > this.hi : b < 0x80 || b > 0xbf) {
        this.phase = NOT_UTF8;
        return;
      }
      if (first) this.second = b;
      this.got++;
      if (this.got < this.need) continue;
      // A whole sequence: is it a character MS932 can encode, as three bytes?
      if (this.need !== 2) {
        this.looksJapanese = false;
      } else if (this.looksJapanese) {
        const c = ((this.lead & 0x0f) << 12) | ((this.second & 0x3f) << 6) | (b & 0x3f);
        if (getEncodeTable()[c] === 0 && variantTarget(c) === 0) this.looksJapanese = false;
        else this.pending = c;
      }
      this.need = 0;
      this.sequences++;
    }
  }

  private addDistinct(c: number): void {
    if (this.distinct.length < MIN_DISTINCT && !this.distinct.includes(c)) this.distinct.push(c);
  }

  /** What {@link detectUtf8} says of all the bytes pushed so far, taken as a whole file. */
  result(): 'bom' | 'utf8' | null {
    if (this.phase === BOM) return this.bomOnMs932 ? null : 'bom';
    if (this.phase !== UTF8 || this.need !== 0) return null;
    if (this.msInvalid || this.msLead >= 0) return 'utf8';
    // A character at the end of the bytes so far counts (nothing follows it).
    const last = this.pending >= 0 && !this.distinct.includes(this.pending) ? 1 : 0;
    return this.looksJapanese && this.distinct.length + last >= MIN_DISTINCT ? 'utf8' : null;
  }
}
