import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concat } from '../helpers/bytes.js';
import { detectUtf8 } from '../../src/encoding/detect.js';
import { encodeMs932 } from '../../src/encoding/encode.js';
import { Utf8Detector } from '../../src/parse/utf8-detector.js';

const utf8 = new TextEncoder();
const japanese = fc.constantFrom('介護', '山田', 'あ', 'ア', '～', '〜', '髙', '①', 'é', '😀', 'abc', ',', '\r\n', '"');
const text = fc.array(japanese, { maxLength: 8 }).map((a) => a.join(''));

/** Inputs near the decision boundaries: UTF-8 text, MS932 text, a BOM, truncated sequences, noise. */
const input = fc
  .array(
    fc.oneof(
      text.map((t) => utf8.encode(t)),
      text.map((t) => encodeMs932(t, { unmappable: { replacement: '?' } }).bytes as Uint8Array),
      fc.constant(Uint8Array.of(0xef, 0xbb, 0xbf)),
      fc.constant(Uint8Array.of(0xef, 0xbb, 0xbf, 0x82, 0xa0)),
      fc.constant(Uint8Array.of(0xef, 0xbb)),
      fc.constant(Uint8Array.of(0xe4)),
      fc.uint8Array({ maxLength: 6 }),
    ),
    { maxLength: 6 },
  )
  .map((parts) => concat(...parts));

describe('Utf8Detector: in pieces, the answer of detectUtf8 for the whole', () => {
  it('for any input cut at any points', () => {
    const seen = new Set<string | null>();
    fc.assert(
      fc.property(input, fc.array(fc.nat(), { maxLength: 8 }), (bytes, cuts) => {
        const d = new Utf8Detector();
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        let from = 0;
        for (const to of [...points, bytes.length]) {
          d.push(bytes, from, to);
          from = to;
        }
        expect(d.result()).toBe(detectUtf8(bytes));
        seen.add(d.result());
      }),
      { numRuns: 3000 },
    );
    // The inputs reach every answer.
    expect([...seen].sort()).toEqual(['bom', 'utf8', null].sort());
  });

  it('is decided no later than it must be, and a decision never changes', () => {
    fc.assert(
      fc.property(input, input, (head, tail) => {
        const d = new Utf8Detector();
        d.push(head);
        if (!d.decided) return;
        const before = d.result();
        d.push(tail);
        expect(d.decided).toBe(true);
        expect(d.result()).toBe(before);
      }),
      { numRuns: 2000 },
    );
  });

  it('decides MS932 Japanese at its first double-byte character', () => {
    const d = new Utf8Detector();
    const bytes = encodeMs932('202407,"介護支援"').bytes as Uint8Array;
    d.push(bytes, 0, 9); // up to the first byte pair
    expect(d.decided).toBe(true);
    expect(d.result()).toBeNull();
  });

  it('decides a BOM at the first character after it: UTF-8, or MS932 behind a BOM', () => {
    const d = new Utf8Detector();
    d.push(Uint8Array.of(0xef, 0xbb));
    expect(d.decided).toBe(false);
    d.push(Uint8Array.of(0xbf));
    d.push(utf8.encode('202407,'));
    expect(d.decided).toBe(false);
    d.push(utf8.encode('介'));
    expect(d.decided).toBe(true);
    expect(d.result()).toBe('bom');
    const m = new Utf8Detector();
    m.push(Uint8Array.of(0xef, 0xbb, 0xbf));
    m.push(encodeMs932('202407,"介護"').bytes as Uint8Array);
    expect(m.decided).toBe(true);
    expect(m.bomOnMs932).toBe(true);
    expect(m.result()).toBeNull();
  });
});
