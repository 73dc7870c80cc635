import { describe, expect, it } from 'vitest';
import { serializeUnknown } from '../../src/api.js';
import { spareBuffer } from '../../src/serialize/serialize.js';
import type { Table6Record } from '../../src/index.js';
import { recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

// serializeUnknown() writes into the previous call's working buffer when both run in one stretch of synchronous
// code: nothing of an earlier file may reach a later output, the output owns its whole buffer, a call made
// while another runs (from a record's getter) gets a buffer of its own, and nothing is kept afterwards.
describe('serializer: the reused working buffer', () => {
  const many = Array.from({ length: 50 }, (_, i) =>
    validRecord({ serviceDate: `202505${String((i % 28) + 1).padStart(2, '0')}`, providerName: `事業所${i}`.repeat(1 + (i % 3)) }),
  );

  it('a smaller file after a larger one holds only its own bytes, in a buffer of its own size', () => {
    const big = serializeUnknown('table6Plan', many);
    expect(big.bytes).toEqual(ms932(recordsText(many)));
    const one = [validRecord({ providerName: '短' })];
    const small = serializeUnknown('table6Plan', one);
    expect(small.bytes).toEqual(ms932(recordsText(one)));
    expect(small.bytes?.buffer.byteLength).toBe(small.bytes?.length);
    // The earlier output is untouched by the later call.
    expect(big.bytes).toEqual(ms932(recordsText(many)));
  });

  it('an invalid file (no bytes) leaves the next call correct', () => {
    expect(serializeUnknown('table6Plan', [validRecord({ serviceDate: '2025' })]).bytes).toBeNull();
    expect(serializeUnknown('table6Plan', many).bytes).toEqual(ms932(recordsText(many)));
  });

  it('a serialize called from a record getter while another runs: both outputs are right', () => {
    let inner: Uint8Array | null = null;
    const nested = many.map((r, i) =>
      i === 20
        ? Object.defineProperty({ ...r }, 'providerName', {
            enumerable: true,
            get() {
              inner ??= serializeUnknown('table6Plan', many.slice(0, 10)).bytes;
              return r.providerName;
            },
          })
        : r,
    );
    const outer = serializeUnknown('table6Plan', nested);
    expect(inner).toEqual(ms932(recordsText(many.slice(0, 10))));
    expect(outer.bytes).toEqual(ms932(recordsText(many)));
  });

  it('a second call in the same synchronous code writes into the buffer of the first; none is kept after it', async () => {
    serializeUnknown('table6Plan', many);
    const kept = spareBuffer();
    expect(kept).not.toBeNull();
    const second = serializeUnknown('table6Plan', many.slice(0, 5));
    expect(second.bytes).toEqual(ms932(recordsText(many.slice(0, 5))));
    expect(spareBuffer()).toBe(kept);
    await Promise.resolve();
    expect(spareBuffer()).toBeNull();
  });

  it('a record getter that throws: the error reaches the caller, and the next call is right', () => {
    const throwing = Object.defineProperty({ ...many[0] }, 'providerName', {
      enumerable: true,
      get() {
        throw new Error('getter');
      },
    });
    expect(() => serializeUnknown('table6Plan', [many[1] as Table6Record, throwing])).toThrow('getter');
    expect(serializeUnknown('table6Plan', many).bytes).toEqual(ms932(recordsText(many)));
  });
});
