import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeUnknown } from '../../src/api.js';
import { getLayout } from '../../src/schemas/layouts.js';
import { fieldValue, validRecord } from '../../src/testing/arbitraries.js';
import { recordSchema } from '../../src/zod/index.js';

const layout = getLayout('table6Plan', '202407');

/** Values that are wrong for many column types, plus valid values of other columns. */
const junk = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '0',
    '9999',
    '2400',
    '20250229',
    '20240229',
    '202513',
    'H12345678',
    'H123456789',
    '１２３',
    'abc',
    '00001-000010-XX',
    '"',
    'A,',
    '\r\n',
    '""',
  ),
  fc.string({ maxLength: 12 }),
  ...layout.fields.map((f) => fieldValue(f, '202505')),
);

describe('the zod schema (oracle) agrees with the validator field by field', () => {
  it('a column fails the zod schema exactly when the validator reports a field issue for it', () => {
    const arb = fc.tuple(
      validRecord('table6Plan', { version: '202407', month: '202505' }),
      fc.array(fc.tuple(fc.constantFrom(...layout.fields.map((f) => f.key)), junk), { maxLength: 4 }),
    );
    const schema = recordSchema('table6Plan');
    let runs = 0;
    let withFindings = 0;
    fc.assert(
      fc.property(arb, ([valid, edits]) => {
        const rec: Record<string, string> = { ...valid };
        for (const [key, value] of edits) rec[key] = value;
        const zodBad = new Set<string>();
        const z = schema.safeParse(rec);
        if (!z.success) for (const i of z.error.issues) zodBad.add(String(i.path[0]));
        const ours = new Set(
          serializeUnknown('table6Plan', [rec])
            .issues.filter((i) => i.code.startsWith('field.'))
            .map((i) => i.field as string),
        );
        expect([...ours].sort()).toEqual([...zodBad].sort());
        runs++;
        if (zodBad.size > 0) withFindings++;
      }),
      { numRuns: process.env.CI ? 3_000 : 500 },
    );
    // The comparison is only worth something if many runs really break fields.
    expect(withFindings / runs).toBeGreaterThan(0.3);
    expect(withFindings).toBeLessThan(runs);
  });
});
