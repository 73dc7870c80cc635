import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { KINDS } from '../../src/kinds.js';
import { serializeStream } from '../../src/serialize/stream.js';
import { validFile } from '../../src/testing/files.js';
import { drain, slowly } from './stream-helpers.js';

// The streaming writer is serialize() in chunks: the same bytes, the same issues, for every kind, whatever
// the chunk size and whether the records come from an array or an async source.
describe('serializeStream writes what serialize writes', () => {
  for (const kind of KINDS) {
    it(`${kind}: chunks concatenate to serialize's bytes; same issues`, async () => {
      await fc.assert(
        fc.asyncProperty(validFile(kind, { maxRecords: 40 }), fc.integer({ min: 1024, max: 4096 }), fc.boolean(), async (file, chunkSize, async) => {
          const whole = serialize(kind, file.records, { fileName: file.fileName });
          const source = async ? slowly(file.records) : file.records;
          const { bytes, result } = await drain(serializeStream(kind, source, { fileName: file.fileName, chunkSize }));
          expect(result.complete).toBe(true);
          expect(bytes).toEqual(whole.bytes);
          expect(result.byteLength).toBe(bytes.length);
          expect(result.recordCount).toBe(file.records.length);
          expect(result.issues).toEqual(whole.issues);
        }),
        { numRuns: 10 },
      );
    });
  }
});
