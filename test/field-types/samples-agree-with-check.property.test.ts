import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '../../src/field-types/index.js';
import { FIELD_TYPE_TESTING } from '../../src/field-types/testing.js';
import { encodeMs932 } from '../../src/encoding/encode.js';
import { getLayout, kindVersions, SUPPORTED_KINDS } from '../../src/schemas/layouts.js';
import { MUTATION_KINDS } from '../../src/testing/mutations.js';
import { columnIssue, compileColumn } from '../../src/validate/field-checks.js';

// Per column of every layout: the unit's invalid samples fail its check with the mutation's code, and the
// values of its arbitrary pass (the check, the samples and the arbitrary live in one unit).
const COLUMNS = SUPPORTED_KINDS.flatMap((kind) => kindVersions(kind).flatMap((v) => getLayout(kind, v).fields));
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe("a field type's samples agree with its check", () => {
  it('invalid samples are rejected with the mutation code', () => {
    for (const field of COLUMNS) {
      const invalid = FIELD_TYPE_TESTING[field.type].invalid;
      if (invalid === null) continue;
      const col = compileColumn(field);
      for (const sample of invalid.samples(field)) {
        const b = ascii(sample);
        expect(columnIssue(col, b, 0, b.length, false)?.code, `${field.key} ${sample}`).toBe(MUTATION_KINDS[invalid.mutation]);
      }
    }
  });

  it('valid values pass', () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom(...COLUMNS.filter((f) => f.type !== 'unused'))
          .chain((f) => FIELD_TYPE_TESTING[f.type].valid(f, '202505').map((v) => [f, v] as const)),
        ([field, value]) => {
          if (value === '' || field.type === 'freeText') return; // free text is checked quoted (covered by the file tests)
          const bytes = encodeMs932(value).bytes as Uint8Array;
          expect(columnIssue(compileColumn(field), bytes, 0, bytes.length, false)).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('every unit reports only its own codes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...COLUMNS), fc.array(fc.integer({ min: 0x20, max: 0x7e }), { minLength: 1, maxLength: 40 }), (field, bytes) => {
        const b = Uint8Array.from(bytes);
        const issue = columnIssue(compileColumn(field), b, 0, b.length, false);
        if (issue !== null) expect(FIELD_TYPES[field.type].codes).toContain(issue.code);
      }),
      { numRuns: 5000 },
    );
  });
});
