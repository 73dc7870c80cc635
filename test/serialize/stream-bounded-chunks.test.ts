import { describe, expect, it } from 'vitest';
import { serializeStreamUnknown } from '../../src/serialize/stream.js';
import { minimalRecord } from '../helpers/records.js';
import { drain } from './stream-helpers.js';

describe('serializeStream: memory is about one chunk, whatever the number of records', () => {
  it('every chunk is at least chunkSize (but the last) and at most chunkSize plus one record', async () => {
    const base = minimalRecord('table6Plan');
    function* many(): Generator<Record<string, unknown>> {
      for (let i = 0; i < 20000; i++) yield { ...base, insuredNumber: String(1000000000 + i) };
    }
    const chunkSize = 4096;
    const { chunks, result } = await drain(serializeStreamUnknown('table6Plan', many(), { chunkSize }));
    expect(result.complete).toBe(true);
    expect(result.recordCount).toBe(20000);
    expect(chunks.length).toBeGreaterThan(100);
    const recordBytes = result.byteLength / 20000;
    for (const c of chunks.slice(0, -1)) {
      expect(c.length).toBeGreaterThanOrEqual(chunkSize);
      expect(c.length).toBeLessThan(chunkSize + 2 * recordBytes);
    }
  });
});
