import { describe, expect, it } from 'vitest';
import { isIssueCode } from '../../src/issues/codes.js';
import { KINDS } from '../../src/kinds.js';
import { getLayout, kindVersions } from '../../src/schemas/layouts.js';
import { ALL_MUTATION_KINDS, MUTATION_KINDS, applicableMutations } from '../../src/testing/mutations.js';

describe('applicableMutations: which mutations each layout allows', () => {
  it('every mutation names a catalogued issue code', () => {
    for (const kind of ALL_MUTATION_KINDS) expect(isIssueCode(MUTATION_KINDS[kind]), kind).toBe(true);
  });

  it('every mutation applies to at least one layout', () => {
    const seen = new Set(KINDS.flatMap((kind) => kindVersions(kind).flatMap((v) => applicableMutations(kind, v))));
    expect([...seen].sort()).toEqual([...ALL_MUTATION_KINDS].sort());
  });

  it('every layout allows the structural mutations and follows its column types', () => {
    for (const kind of KINDS) {
      for (const version of kindVersions(kind)) {
        const applicable = applicableMutations(kind, version);
        const layout = getLayout(kind, version);
        const has = (type: string) => layout.fields.slice(1).some((f) => f.type === type);
        for (const always of [
          'emptyRequired',
          'missingColumn',
          'extraColumn',
          'invalidBytes',
          'userDefinedChar',
          'unterminatedQuote',
          'emptyLine',
        ] as const) {
          expect(applicable, `${kind} ${version}`).toContain(always);
        }
        expect(applicable.includes('invalidDate'), `${kind} ${version}`).toBe(has('date'));
        expect(applicable.includes('badCode'), `${kind} ${version}`).toBe(has('code'));
        expect(applicable.includes('textAfterClosingQuote'), `${kind} ${version}`).toBe(has('freeText'));
        expect(applicable.includes('mixedMonth'), `${kind} ${version}`).toBe(layout.monthKey !== null);
      }
    }
  });
});
