import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kindVersions, SUPPORTED_KINDS } from '../../src/schemas/layouts.js';
import { validRecords } from '../../src/testing/arbitraries.js';
import { recordSchema } from '../../src/zod/index.js';

describe('the schema behind each JSON Schema file accepts valid records of its kind and version', () => {
  for (const kind of SUPPORTED_KINDS) {
    for (const version of kindVersions(kind)) {
      it(`${kind} ${version}`, () => {
        const schema = recordSchema(kind, version);
        fc.assert(
          fc.property(validRecords(kind, { version, maxRecords: 3 }), ({ records }) => {
            for (const record of records) {
              const r = schema.safeParse(record);
              expect(r.success, JSON.stringify(r.error?.issues)).toBe(true);
            }
          }),
          { numRuns: 60 },
        );
      });
    }
  }
});
