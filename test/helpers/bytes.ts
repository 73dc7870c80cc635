/** Test helpers for bytes: MS932 text as bytes, its length, and joining byte arrays. */
import { encodeMs932 } from '../../src/encoding/encode.js';

/** Encodes text as MS932; fails the test setup when the text is not encodable as-is. */
export function ms932(text: string): Uint8Array {
  const { bytes, problems } = encodeMs932(text, { variants: 'error' });
  if (bytes === null || problems.length > 0) throw new Error('test helper: text is not plain MS932');
  return bytes;
}

/** MS932 byte length of text. */
export function byteLength(text: string): number {
  return ms932(text).length;
}

/** Concatenates byte arrays. */
export function concat(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
