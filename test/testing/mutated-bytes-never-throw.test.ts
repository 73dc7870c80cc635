import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../src/api.js';
import { KINDS } from '../../src/kinds.js';
import { validFile } from '../../src/testing/files.js';
import { mutatedFile } from '../../src/testing/mutations.js';
import { expectWellFormed } from '../helpers/well-formed.js';

/** A valid file's bytes with 1–4 bytes set to random values (often bytes that matter to CSV or MS932). */
function flipped(kind: (typeof KINDS)[number]) {
  const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x22, 0x2c, 0x0d, 0x0a, 0x81, 0xf0, 0xff, 0x80));
  return validFile(kind, { maxRecords: 3 }).chain((file) =>
    fc.array(fc.tuple(fc.nat(file.bytes.length - 1), byte), { minLength: 1, maxLength: 4 }).map((edits) => {
      const bytes = Uint8Array.from(file.bytes);
      for (const [at, value] of edits) bytes[at] = value;
      return { file, bytes };
    }),
  );
}

describe('parse and validate never throw on broken files', () => {
  for (const kind of KINDS) {
    it(`${kind}: mutated files and files with flipped bytes give well-formed results`, () => {
      const broken = fc.oneof(mutatedFile(kind, { maxRecords: 3 }), flipped(kind));
      fc.assert(
        fc.property(broken, ({ file, bytes }) => {
          const p = parse(bytes, { fileName: file.fileName });
          expect(p.records).toHaveLength(p.recordCount);
          expectWellFormed(p, { records: p.recordCount, bytes: bytes.length });
          const v = validate(bytes, { kind });
          expectWellFormed(v, { records: v.recordCount, bytes: bytes.length });
        }),
        { numRuns: 25 },
      );
    });
  }
});
