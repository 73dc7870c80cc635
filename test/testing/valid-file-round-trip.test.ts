import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { KINDS } from '../../src/kinds.js';
import { validFile } from '../../src/testing/files.js';

describe('validFile: the bytes read back as the records, and write back as the bytes', () => {
  for (const kind of KINDS) {
    it(`${kind}: parse(bytes).records equals records; serialize(records) equals bytes`, () => {
      fc.assert(
        fc.property(validFile(kind, { maxRecords: 4 }), (file) => {
          const back = parse(file.bytes, { fileName: file.fileName });
          expect(back.issues).toEqual([]);
          expect(back.records).toEqual(file.records);
          expect(serialize(kind, back.records, { fileName: file.fileName }).bytes).toEqual(file.bytes);
        }),
        { numRuns: 15 },
      );
    });
  }
});
