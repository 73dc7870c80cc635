import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/parse/tokenize.js';

const noop = (): void => {};

describe('tokenize: API misuse throws, bad input does not', () => {
  it('throws TypeError for arguments of the wrong type', () => {
    expect(() => tokenize('a,b' as unknown as Uint8Array, noop, noop)).toThrow(TypeError);
    expect(() => tokenize([97] as unknown as Uint8Array, noop, noop)).toThrow(TypeError);
    expect(() => tokenize(new Uint8Array(1), null as unknown as () => void, noop)).toThrow(TypeError);
    expect(() => tokenize(new Uint8Array(1), noop, 'x' as unknown as () => void)).toThrow(TypeError);
    expect(() => tokenize(new Uint8Array(1), noop, noop, 5 as never)).toThrow(TypeError);
  });

  it('throws RangeError for an invalid range or base line', () => {
    const bytes = new Uint8Array(10);
    expect(() => tokenize(bytes, noop, noop, { start: -1 })).toThrow(RangeError);
    expect(() => tokenize(bytes, noop, noop, { start: 1.5 })).toThrow(RangeError);
    expect(() => tokenize(bytes, noop, noop, { end: 11 })).toThrow(RangeError);
    expect(() => tokenize(bytes, noop, noop, { start: 6, end: 5 })).toThrow(RangeError);
    expect(() => tokenize(bytes, noop, noop, { baseLine: 0 })).toThrow(RangeError);
    expect(() => tokenize(bytes, noop, noop, { baseLine: Number.NaN })).toThrow(RangeError);
    // Line numbers are stored in Int32Arrays: the last possible line must stay below 2^31.
    expect(() => tokenize(bytes, noop, noop, { baseLine: 2 ** 31 - 10 })).toThrow(RangeError);
    expect(tokenize(bytes, noop, noop, { baseLine: 2 ** 31 - 11 })).toBe(1);
  });

  it('accepts a subarray view (offsets relative to it) and an empty range', () => {
    const backing = new Uint8Array([0x78, 0x61, 0x2c, 0x62, 0x79]);
    const view = backing.subarray(1, 4); // "a,b"
    const rows: number[][] = [];
    const lines = tokenize(view, (r) => rows.push([r.start[1]!, r.end[1]!]), noop);
    // Offsets are relative to the view, not to its backing buffer.
    expect(rows).toEqual([[2, 3]]);
    expect(lines).toBe(1);
    expect(tokenize(view, noop, noop, { start: 2, end: 2 })).toBe(0);
  });
});
