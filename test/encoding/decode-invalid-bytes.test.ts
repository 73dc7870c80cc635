// Invalid byte sequences become U+FFFD with a problem giving the exact offset and length.
import { describe, expect, it } from 'vitest';
import { decodeMs932 } from '../../src/encoding/index.js';
import { NEVER_VALID_BYTES, bytes, hex } from './ms932-oracle.js';

describe('invalid bytes', () => {
  it.each(NEVER_VALID_BYTES.map((b) => [hex(b), b]))('byte %s is invalid on its own (length 1)', (_label, b) => {
    const r = decodeMs932(bytes(0x41, b, 0x42));
    expect(r.text).toBe('A\ufffdB');
    expect(r.problems).toEqual([{ code: 'invalid', offset: 1, length: 1 }]);
  });

  it('a lone lead byte at the end is invalid (length 1)', () => {
    const r = decodeMs932(bytes(0x41, 0x82, 0xa0, 0x82));
    expect(r.text).toBe('Aあ\ufffd');
    expect(r.problems).toEqual([{ code: 'invalid', offset: 3, length: 1 }]);
  });

  it('a lead byte with a bad trail reports the lead only and re-reads the trail', () => {
    // 0x2C ',' after a lead: the comma survives
    const comma = decodeMs932(bytes(0x88, 0x2c, 0x31));
    expect(comma.text).toBe('\ufffd,1');
    expect(comma.problems).toEqual([{ code: 'invalid', offset: 0, length: 1 }]);
    // 0x7F is not a trail byte
    const del = decodeMs932(bytes(0x82, 0x7f));
    expect(del.text).toBe('\ufffd\u007f');
    expect(del.problems).toEqual([{ code: 'invalid', offset: 0, length: 1 }]);
    // a byte in the half-width katakana range after a lead byte is a trail: 88 B1 is 鯵
    expect(decodeMs932(bytes(0x88, 0xb1))).toEqual({ text: '\u9bf5', problems: [] });
  });

  it('a bad trail that is itself invalid yields two problems', () => {
    const r = decodeMs932(bytes(0x82, 0xfd));
    expect(r.text).toBe('\ufffd\ufffd');
    expect(r.problems).toEqual([
      { code: 'invalid', offset: 0, length: 1 },
      { code: 'invalid', offset: 1, length: 1 },
    ]);
  });

  it('a lead byte takes the next byte 0x80–0xFC as its trail, even if that byte could be a lead', () => {
    // 82 82 is ｂ, so the A0 that follows is on its own (and invalid)
    const r = decodeMs932(bytes(0x82, 0x82, 0xa0));
    expect(r.text).toBe('\uff42\ufffd');
    expect(r.problems).toEqual([{ code: 'invalid', offset: 2, length: 1 }]);
  });

  it.each([
    ['85 40 (unassigned row 5)', [0x85, 0x40]],
    ['86 9F (unassigned row 8)', [0x86, 0x9f]],
    ['81 AD (gap in row 2)', [0x81, 0xad]],
    ['EF 40 (unassigned row 93)', [0xef, 0x40]],
    ['FC FC (after the last IBM code)', [0xfc, 0xfc]],
    ['EA A5 (after the last JIS X 0208 kanji)', [0xea, 0xa5]],
  ])('the unassigned double-byte code %s is invalid (length 2)', (_label, code) => {
    const r = decodeMs932(bytes(0x30, ...code, 0x30));
    expect(r.text).toBe('0\ufffd0');
    expect(r.problems).toEqual([{ code: 'invalid', offset: 1, length: 2 }]);
  });

  it('reports every problem in byte order with absolute offsets', () => {
    const r = decodeMs932(bytes(0x80, 0x41, 0x85, 0x40, 0xa0, 0x82, 0xa0, 0xff, 0x82));
    expect(r.text).toBe('\ufffdA\ufffd\ufffdあ\ufffd\ufffd');
    expect(r.problems).toEqual([
      { code: 'invalid', offset: 0, length: 1 },
      { code: 'invalid', offset: 2, length: 2 },
      { code: 'invalid', offset: 4, length: 1 },
      { code: 'invalid', offset: 7, length: 1 },
      { code: 'invalid', offset: 8, length: 1 },
    ]);
  });

  it('decodes 0x5C and 0x7E as ASCII, never as ¥ or ‾', () => {
    expect(decodeMs932(bytes(0x5c, 0x7e))).toEqual({ text: '\\~', problems: [] });
  });
});
