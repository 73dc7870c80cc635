import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { ms932, recordsText, validRecord } from '../helpers/table6.js';

// serialize() writes into the previous call's working buffer when it is still alive: nothing of an earlier
// file may reach a later output, the output owns its whole buffer, and a call made while another runs
// (from a record's getter) gets a buffer of its own.
describe('serializer: the reused working buffer', () => {
  const many = Array.from({ length: 50 }, (_, i) =>
    validRecord({ serviceDate: `202505${String((i % 28) + 1).padStart(2, '0')}`, providerName: `事業所${i}`.repeat(1 + (i % 3)) }),
  );

  it('a smaller file after a larger one holds only its own bytes, in a buffer of its own size', () => {
    const big = serialize('table6Plan', many);
    expect(big.bytes).toEqual(ms932(recordsText(many)));
    const one = [validRecord({ providerName: '短' })];
    const small = serialize('table6Plan', one);
    expect(small.bytes).toEqual(ms932(recordsText(one)));
    expect(small.bytes?.buffer.byteLength).toBe(small.bytes?.length);
    // The earlier output is untouched by the later call.
    expect(big.bytes).toEqual(ms932(recordsText(many)));
  });

  it('an invalid file (no bytes) leaves the next call correct', () => {
    expect(serialize('table6Plan', [validRecord({ serviceDate: '2025' })]).bytes).toBeNull();
    expect(serialize('table6Plan', many).bytes).toEqual(ms932(recordsText(many)));
  });

  it('a serialize called from a record getter while another runs: both outputs are right', () => {
    let inner: Uint8Array | null = null;
    const nested = many.map((r, i) =>
      i === 20
        ? Object.defineProperty({ ...r }, 'providerName', {
            enumerable: true,
            get() {
              inner ??= serialize('table6Plan', many.slice(0, 10)).bytes;
              return r.providerName;
            },
          })
        : r,
    );
    const outer = serialize('table6Plan', nested);
    expect(inner).toEqual(ms932(recordsText(many.slice(0, 10))));
    expect(outer.bytes).toEqual(ms932(recordsText(many)));
  });
});
