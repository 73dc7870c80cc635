/**
 * Test helpers: enumerations of MS932 byte codes and an oracle view of the MS932 repertoire built
 * from the runtime's `TextDecoder('shift_jis')` (independent of the code under test).
 */

/** Lead bytes of double-byte codes: 0x81–0x9F, 0xE0–0xFC. */
export const LEAD_BYTES: readonly number[] = [...range(0x81, 0x9f), ...range(0xe0, 0xfc)];

/** Trail bytes of double-byte codes: 0x40–0x7E, 0x80–0xFC. */
export const TRAIL_BYTES: readonly number[] = [...range(0x40, 0x7e), ...range(0x80, 0xfc)];

/** Bytes that are characters on their own: ASCII and half-width katakana. */
export const SINGLE_BYTES: readonly number[] = [...range(0x00, 0x7f), ...range(0xa1, 0xdf)];

/** Bytes that are never valid on their own and never lead bytes. */
export const NEVER_VALID_BYTES: readonly number[] = [0x80, 0xa0, 0xfd, 0xfe, 0xff];

export function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

export function isLead(b: number): boolean {
  return (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc);
}

export function isTrail(b: number): boolean {
  return (b >= 0x40 && b <= 0x7e) || (b >= 0x80 && b <= 0xfc);
}

export function isUserDefinedLead(b: number): boolean {
  return b >= 0xf0 && b <= 0xf9;
}

export function hex(n: number): string {
  return n.toString(16).toUpperCase().padStart(2, '0');
}

const oracle = new TextDecoder('shift_jis');

/**
 * Every double-byte code the oracle maps to a non-private-use character, with that character,
 * in ascending code order.
 */
export function oracleDoubleByteMap(): Map<number, string> {
  const map = new Map<number, string>();
  const pair = new Uint8Array(2);
  for (const lead of LEAD_BYTES) {
    if (isUserDefinedLead(lead)) continue;
    for (const trail of TRAIL_BYTES) {
      pair[0] = lead;
      pair[1] = trail;
      const s = oracle.decode(pair);
      if (s.length === 1 && s !== '\ufffd') map.set((lead << 8) | trail, s);
    }
  }
  return map;
}

/** Every character MS932 can encode (ASCII, half-width katakana, double-byte), per the oracle. */
export function oracleRepertoire(): string[] {
  const chars = new Set<string>();
  for (let b = 0; b < 0x80; b++) chars.add(String.fromCharCode(b));
  for (let b = 0xa1; b <= 0xdf; b++) chars.add(String.fromCharCode(0xff61 + b - 0xa1));
  for (const ch of oracleDoubleByteMap().values()) chars.add(ch);
  return [...chars];
}

export function bytes(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}

/** `"U+0041 U+FFFD"`-style rendering for failure messages. */
export function codePoints(s: string): string {
  return [...s].map((c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
}
