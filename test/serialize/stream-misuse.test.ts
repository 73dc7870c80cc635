import { describe, expect, it } from 'vitest';
import { serializeStream, serializeStreamUnknown } from '../../src/serialize/stream.js';
import { minimalRecord } from '../helpers/records.js';
import { drain } from './stream-helpers.js';

describe('serializeStream: API misuse throws; a failing source fails the stream', () => {
  it('throws TypeError for a wrong kind, a non-iterable source, a bad chunkSize or an unknown option', () => {
    expect(() => serializeStream('nope' as never, [])).toThrow(TypeError);
    expect(() => serializeStream('table6Plan', 42 as never)).toThrow(TypeError);
    expect(() => serializeStream('table6Plan', [], { chunkSize: 10 })).toThrow(TypeError);
    expect(() => serializeStream('table6Plan', [], { chunkSize: 1.5e3 + 0.5 })).toThrow(TypeError);
    expect(() => serializeStream('table6Plan', [], { bogus: true } as never)).toThrow(TypeError);
  });

  it('can be iterated once only', async () => {
    const s = serializeStreamUnknown('table6Plan', [minimalRecord('table6Plan')]);
    await drain(s);
    expect(() => s[Symbol.asyncIterator]()).toThrow(TypeError);
  });

  it('an exception of the record source propagates to the reader and rejects result', async () => {
    async function* failing(): AsyncGenerator<Record<string, unknown>> {
      yield minimalRecord('table6Plan');
      throw new Error('cursor lost');
    }
    const s = serializeStreamUnknown('table6Plan', failing());
    await expect(drain(s)).rejects.toThrow('cursor lost');
    await expect(s.result).rejects.toThrow('cursor lost');
  });

  it('a record that is not an object is an issue, not an exception', async () => {
    const { result } = await drain(serializeStreamUnknown('table6Plan', [minimalRecord('table6Plan'), 'x' as never]));
    expect(result.issues.map((i) => [i.code, i.record])).toEqual([['record.valueType', 2]]);
    expect(result.complete).toBe(false);
  });
});

describe('serializeStream: a consumer that stops early', () => {
  it('settles result with complete false (a break, or a failed pipeline, must not leave it pending)', async () => {
    const records = Array.from({ length: 300 }, () => minimalRecord('table6Plan'));
    const s = serializeStreamUnknown('table6Plan', records, { chunkSize: 1024 });
    let got = 0;
    for await (const chunk of s) {
      got += chunk.length;
      break;
    }
    const r = await s.result;
    expect(r.complete).toBe(false);
    expect(r.byteLength).toBe(got);
    expect(r.recordCount).toBeGreaterThan(0);
    expect(r.recordCount).toBeLessThan(300);
  });
});
