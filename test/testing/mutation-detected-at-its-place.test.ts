import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { KINDS } from '../../src/kinds.js';
import { mutatedFile } from '../../src/testing/mutations.js';

describe('mutatedFile: the validator reports the expected issue at the expected place', () => {
  for (const kind of KINDS) {
    it(`${kind}: the issues include the expected code, line, column and field`, () => {
      fc.assert(
        fc.property(mutatedFile(kind, { maxRecords: 3 }), (m) => {
          expect(m.bytes).not.toEqual(m.file.bytes);
          const r = validate(m.bytes, { fileName: m.file.fileName });
          expect(r.issues, m.mutation.description).toContainEqual(expect.objectContaining(m.expected));
        }),
        { numRuns: 40 },
      );
    });
  }
});
