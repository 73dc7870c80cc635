// ByteSink: a growable output buffer.
import { describe, expect, it } from 'vitest';
import { ByteSink } from '../../src/encoding/index.js';

describe('ByteSink', () => {
  it('appends bytes, ASCII strings and byte arrays in order', () => {
    const sink = new ByteSink(16);
    sink.writeByte(0x22);
    sink.writeAscii('abc,123');
    sink.writeBytes(new Uint8Array([0x82, 0xa0]));
    sink.writeBytes(new Uint8Array(20).fill(0x30));
    sink.writeByte(0x0a);
    expect(sink.length).toBe(1 + 7 + 2 + 20 + 1);
    expect(sink.toBytes()).toEqual(
      new Uint8Array([0x22, 0x61, 0x62, 0x63, 0x2c, 0x31, 0x32, 0x33, 0x82, 0xa0, ...new Array<number>(20).fill(0x30), 0x0a]),
    );
  });

  it('grows far beyond its initial capacity without losing content', () => {
    const sink = new ByteSink(1);
    for (let i = 0; i < 100_000; i++) sink.writeByte(i & 0xff);
    sink.writeAscii('x'.repeat(70_000));
    sink.writeBytes(new Uint8Array(300_000).fill(7));
    const out = sink.toBytes();
    expect(out.length).toBe(470_000);
    expect(out[99_999]).toBe(99_999 & 0xff);
    expect(out[100_000]).toBe(0x78);
    expect(out[469_999]).toBe(7);
  });

  it('toBytes returns an exact-length copy that later writes do not change', () => {
    const sink = new ByteSink();
    sink.writeAscii('ab');
    const copy = sink.toBytes();
    sink.reset();
    sink.writeAscii('zz');
    expect(copy).toEqual(new Uint8Array([0x61, 0x62]));
    expect(copy.buffer.byteLength).toBe(2);
  });

  it('view returns the content without copying', () => {
    const sink = new ByteSink();
    sink.writeAscii('abc');
    const view = sink.view();
    expect(view).toEqual(new Uint8Array([0x61, 0x62, 0x63]));
    expect(view.length).toBe(3);
  });

  it('reset empties it; truncate drops a tail', () => {
    const sink = new ByteSink();
    sink.writeAscii('abcdef');
    sink.truncate(2);
    expect(sink.toBytes()).toEqual(new Uint8Array([0x61, 0x62]));
    sink.reset();
    expect(sink.length).toBe(0);
    expect(sink.toBytes()).toEqual(new Uint8Array());
  });

  it('writeAscii rejects non-ASCII text (API misuse) and keeps what was written before', () => {
    const sink = new ByteSink();
    sink.writeAscii('ok');
    expect(() => sink.writeAscii('bad\u00e9')).toThrow(RangeError);
    expect(sink.length).toBeGreaterThanOrEqual(2);
    expect(sink.toBytes().subarray(0, 2)).toEqual(new Uint8Array([0x6f, 0x6b]));
  });

  it('rejects bad sizes', () => {
    expect(() => new ByteSink(-1)).toThrow(RangeError);
    const sink = new ByteSink();
    sink.writeAscii('ab');
    expect(() => sink.truncate(3)).toThrow(RangeError);
  });
});
