// Only misuse of the API throws (wrong argument types, impossible ranges, malformed options);
// bad input data never does.
import { describe, expect, it } from 'vitest';
import { ByteSink, decodeMs932, decodeRange, detectUtf8, encodeInto, encodeMs932, normalizeEncodeOptions } from '../../src/encoding/index.js';
import type { EncodeOptions } from '../../src/encoding/index.js';

/** Calls a function with arguments that the type system would reject. */
function misuse(fn: (...args: never[]) => unknown, ...args: unknown[]): () => unknown {
  return () => (fn as (...a: unknown[]) => unknown)(...args);
}

describe('API misuse throws', () => {
  it('decoders reject non-Uint8Array input and out-of-bounds ranges', () => {
    expect(misuse(decodeMs932, 'text')).toThrow(TypeError);
    expect(misuse(decodeMs932, [0x41])).toThrow(TypeError);
    expect(misuse(detectUtf8, null)).toThrow(TypeError);
    const buf = new Uint8Array(4);
    expect(() => decodeRange(buf, -1, 2, null)).toThrow(RangeError);
    expect(() => decodeRange(buf, 0, 5, null)).toThrow(RangeError);
    expect(() => decodeRange(buf, 3, 2, null)).toThrow(RangeError);
    expect(() => decodeRange(buf, 0.5, 2, null)).toThrow(RangeError);
    expect(decodeRange(buf, 4, 4, null)).toBe('');
  });

  it('encoders reject non-string input', () => {
    expect(misuse(encodeMs932, 42)).toThrow(TypeError);
    expect(misuse(encodeInto, undefined, new ByteSink(), normalizeEncodeOptions(), [])).toThrow(TypeError);
    // options must come from normalizeEncodeOptions
    expect(misuse(encodeInto, 'abc', new ByteSink(), { variants: 'convert' }, [])).toThrow(TypeError);
  });

  it('malformed options are rejected once, at normalisation', () => {
    const bad: unknown[] = [
      null,
      'convert',
      { variants: 'ignore' },
      { unmappable: 'replace' },
      { unmappable: { replacement: 63 } },
      { unmappable: null },
    ];
    for (const options of bad) {
      expect(() => normalizeEncodeOptions(options as EncodeOptions)).toThrow(TypeError);
    }
    expect(normalizeEncodeOptions({})).toEqual(normalizeEncodeOptions());
    expect(normalizeEncodeOptions({ variants: 'error' }).variants).toBe('error');
  });

  it('bad data never throws', () => {
    expect(() => decodeMs932(new Uint8Array([0xff, 0x80, 0xf0, 0x40, 0x81]))).not.toThrow();
    expect(() => encodeMs932('\ud800\u{1f600}\u00a5')).not.toThrow();
    expect(() => detectUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).not.toThrow();
  });
});
