/**
 * Lazily expanded lookup tables for the MS932 codec (internal module).
 *
 * The generated {@link MS932_DOUBLE_BYTE_TABLE} is compact (base64); on first use it is expanded
 * into a 65 536-entry table indexed by `(lead << 8) | trail`, so the decoder's hot path is a single
 * array read with no range arithmetic. The reverse (encode) table is derived from it on first use.
 * @internal
 * @module
 */

import { MS932_DOUBLE_BYTE_TABLE, MS932_TABLE_LEADS, MS932_TABLE_TRAILS } from './ms932-table.js';

let decodeTable: Uint16Array | null = null;
let encodeTable: Uint16Array | null = null;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes standard base64 (with `=` padding) without relying on `atob` or `Buffer`. */
function base64ToBytes(text: string): Uint8Array {
  const values = new Uint8Array(128).fill(255);
  for (let i = 0; i < B64.length; i++) values[B64.charCodeAt(i)] = i;
  let len = text.length;
  while (len > 0 && text.charCodeAt(len - 1) === 0x3d /* = */) len--;
  const out = new Uint8Array(((len * 3) >> 2) >>> 0);
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < len; i++) {
    const v = values[text.charCodeAt(i) & 0x7f] ?? 255;
    if (v === 255) throw new Error('corrupt MS932 table');
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  return out;
}

/** Trail byte of column `ti` (0x40–0x7E, then 0x80–0xFC). */
function trailOfColumn(ti: number): number {
  return ti < 0x3f ? 0x40 + ti : 0x41 + ti;
}

/**
 * The decode table: entry `(lead << 8) | trail` is the BMP code unit of that double-byte code, or 0
 * when the code is not mapped (including malformed trails and the 外字 area F040–F9FC).
 * @internal
 */
export function getDecodeTable(): Uint16Array {
  if (decodeTable !== null) return decodeTable;
  const raw = base64ToBytes(MS932_DOUBLE_BYTE_TABLE);
  const table = new Uint16Array(0x10000);
  let k = 0;
  for (const lead of MS932_TABLE_LEADS) {
    for (let ti = 0; ti < MS932_TABLE_TRAILS; ti++, k += 2) {
      table[(lead << 8) | trailOfColumn(ti)] = (raw[k] ?? 0) | ((raw[k + 1] ?? 0) << 8);
    }
  }
  decodeTable = table;
  return table;
}

/**
 * The encode table over the BMP: entry `c` is the MS932 code of code unit `c` — a single byte
 * (`< 0x100`: only half-width katakana are stored; ASCII is handled by the caller) or a double-byte
 * code `(lead << 8) | trail` — or 0 when `c` has no MS932 encoding.
 *
 * For characters with several codes the canonical one is chosen by the WHATWG rule ("index
 * Shift_JIS pointer": the lowest pointer, excluding pointers 8272–8835, i.e. lead bytes ED and EE),
 * which is also what Windows produces: JIS X 0208 first, then NEC row 13 (0x87xx), then the IBM
 * extensions FA–FC; never the NEC-selected IBM extensions ED/EE.
 * @internal
 */
export function getEncodeTable(): Uint16Array {
  if (encodeTable !== null) return encodeTable;
  const dec = getDecodeTable();
  const table = new Uint16Array(0x10000);
  for (let b = 0xa1; b <= 0xdf; b++) table[b + 0xfec0] = b;
  // Ascending code order equals ascending WHATWG pointer order.
  for (let code = 0x8140; code <= 0xfcfc; code++) {
    const lead = code >> 8;
    if (lead === 0xed || lead === 0xee) continue;
    const c = dec[code] ?? 0;
    if (c !== 0 && table[c] === 0) table[c] = code;
  }
  encodeTable = table;
  return table;
}
