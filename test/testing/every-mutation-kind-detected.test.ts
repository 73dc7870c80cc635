import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { KINDS } from '../../src/kinds.js';
import { kindVersions } from '../../src/schemas/layouts.js';
import { ALL_MUTATION_KINDS, applicableMutations, mutatedFile } from '../../src/testing/mutations.js';

// Each mutation alone, in every kind whose layout allows it (the mixed random draw may favour some).
describe('every mutation kind is detected at its place, in every kind that allows it', () => {
  for (const mutation of ALL_MUTATION_KINDS) {
    it(mutation, () => {
      let kinds = 0;
      for (const kind of KINDS) {
        if (!kindVersions(kind).some((v) => applicableMutations(kind, v).includes(mutation))) continue;
        kinds++;
        // The file mutations need two records; the others are checked on small files.
        fc.assert(
          fc.property(mutatedFile(kind, { mutations: [mutation], maxRecords: 3 }), (m) => {
            expect(m.mutation.kind).toBe(mutation);
            const r = validate(m.bytes, { fileName: m.file.fileName });
            expect(r.issues, `${kind}: ${m.mutation.description}`).toContainEqual(expect.objectContaining(m.expected));
          }),
          { numRuns: 3 },
        );
      }
      expect(kinds).toBeGreaterThan(0);
    });
  }
});
