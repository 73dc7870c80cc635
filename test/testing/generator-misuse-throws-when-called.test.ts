// The public generators check their kind and options when they are called, with the coded usage error
// naming them: before, a version the kind has no layout in failed only when fast-check drew a value (inside
// the property, naming getLayout), an unknown kind threw a bare TypeError ("reading 'inV3'"), a version that
// is none drew records the serializer refused ("a bug of the generators"), and damagedFile({ kinds:
// ['jisVariant'] }) never drew a file at all.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CareplanUsageError } from '../../src/errors.js';
import { type CsvVersion, SUPPORTED_KINDS, type SupportedKind } from '../../src/schemas/layouts.js';
import { DAMAGE_KINDS, type DamageKind, damagedFile } from '../../src/testing/damages.js';
import { validFile } from '../../src/testing/files.js';
import { applicableMutations, mutatedFile } from '../../src/testing/mutations.js';
import { validRecord, validRecords } from '../../src/testing/arbitraries.js';

/** The usage error `f` throws (fails the test when it throws none, or another error). */
function usageError(f: () => unknown): CareplanUsageError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(CareplanUsageError);
    expect(e).toBeInstanceOf(TypeError);
    return e as CareplanUsageError;
  }
  throw new Error('no error thrown');
}

const NO_202208 = 'plan3' as const; // 居宅サービス計画書(3)表: 第4.1版 only
const v = (s: string) => s as CsvVersion;

describe('validFile, validRecords, mutatedFile, damagedFile: misuse throws when the generator is made', () => {
  const makers: [string, (kind: unknown, options: unknown) => unknown][] = [
    ['validFile', (k, o) => validFile(k as SupportedKind, o as never)],
    ['validRecords', (k, o) => validRecords(k as SupportedKind, o as never)],
    ['mutatedFile', (k, o) => mutatedFile(k as SupportedKind, o as never)],
    ['damagedFile', (k, o) => damagedFile(k as SupportedKind, o as never)],
  ];

  for (const [fn, make] of makers) {
    it(`${fn}: a version the kind has no layout in`, () => {
      const e = usageError(() => make(NO_202208, { version: '202208' }));
      expect(e.code).toBe('ERR_CAREPLAN_KIND');
      expect(e.message).toContain(`${fn}: option "version"`);
      expect(e.message).toContain('202407');
    });

    it(`${fn}: a version that is none`, () => {
      const e = usageError(() => make('table6Plan', { version: '2024' }));
      expect(e.code).toBe('ERR_CAREPLAN_OPTION_VALUE');
      expect(e.message).toContain(`${fn}: option "version" must be one of 202407, 202208`);
    });

    it(`${fn}: an unknown kind`, () => {
      for (const kind of ['nope', undefined, 42]) {
        const e = usageError(() => make(kind, {}));
        expect(e.code).toBe('ERR_CAREPLAN_KIND');
        expect(e.message).toContain(`${fn}: kind must be one of`);
      }
    });

    it(`${fn}: maxRecords below 1 or not an integer`, () => {
      for (const maxRecords of [0, -1, 1.5, '3', Number.NaN]) {
        const e = usageError(() => make('table6Plan', { maxRecords }));
        expect(e.code).toBe('ERR_CAREPLAN_OPTION_VALUE');
      }
    });

    it(`${fn}: an unknown option, and options that are no object`, () => {
      expect(usageError(() => make('table6Plan', { versoin: '202208' })).code).toBe('ERR_CAREPLAN_UNKNOWN_OPTION');
      expect(usageError(() => make('table6Plan', 'x')).code).toBe('ERR_CAREPLAN_OPTIONS');
    });

    it(`${fn}: good arguments (null options too) give an arbitrary that draws`, () => {
      expect(fc.sample(make('table6Plan', { version: '202208', maxRecords: 2 }) as fc.Arbitrary<unknown>, 2)).toHaveLength(2);
      expect(fc.sample(make(NO_202208, null) as fc.Arbitrary<unknown>, 1)).toHaveLength(1);
    });
  }

  it('validRecord: version and month are required and checked', () => {
    expect(usageError(() => validRecord(NO_202208, { version: v('202208'), month: '202505' })).code).toBe('ERR_CAREPLAN_KIND');
    expect(usageError(() => validRecord('table6Plan', { month: '202505' } as never)).message).toContain('option "version" is required');
    for (const month of ['2025-05', '202513', '000000', '', undefined]) {
      const e = usageError(() => validRecord('table6Plan', { version: v('202407'), month } as never));
      expect(e.code).toBe('ERR_CAREPLAN_OPTION_VALUE');
      expect(e.message).toContain('validRecord: option "month" must be a month YYYYMM');
    }
    // 利用者補足情報 may be sent without a month.
    expect(fc.sample(validRecord('userSupplement', { version: v('202407'), month: '000000' }), 1)).toHaveLength(1);
  });

  it('applicableMutations: a version the kind has no layout in, or none (named as the argument it is)', () => {
    expect(usageError(() => applicableMutations(NO_202208, v('202208'))).code).toBe('ERR_CAREPLAN_KIND');
    const e = usageError(() => applicableMutations('table6Plan', v('1999')));
    expect([e.code, e.message]).toEqual(['ERR_CAREPLAN_ARGUMENT', 'careplan-csv: applicableMutations: version must be one of 202407, 202208']);
    expect(usageError(() => applicableMutations('nope' as SupportedKind, v('202407'))).code).toBe('ERR_CAREPLAN_KIND');
    expect(applicableMutations(NO_202208, v('202407')).length).toBeGreaterThan(0);
  });

  it('damagedFile: kinds empty, unknown, or jisVariant without a UTF-8 encoding', () => {
    for (const kinds of [[], ['noSuchDamage'], ['jisVariant'], ['jisVariant', 'lf'], 'lf']) {
      const e = usageError(() => damagedFile('table6Plan', { kinds: kinds as DamageKind[] }));
      expect(e.code).toBe('ERR_CAREPLAN_OPTION_VALUE');
      expect(e.message).toContain('damagedFile: option "kinds"');
    }
    // With UTF-8 it draws (jisVariant applies when the text has one of its characters).
    expect(fc.sample(damagedFile('table6Plan', { kinds: ['jisVariant', 'utf8'] }), 2)).toHaveLength(2);
    // A delete file has no free text, but its 削除対象サービス種類 is Japanese text: duplicate codes can happen.
    const drawn = fc.sample(damagedFile('table6ActualDelete', { kinds: ['duplicateCodes'] }), { numRuns: 3, seed: 1 });
    expect(drawn.every((d) => d.damages.some((x) => x.kind === 'duplicateCodes'))).toBe(true);
  });

  it('damagedFile: damages that cannot happen to the kind throw (they used to draw files for ever)', () => {
    // 居宅サービス計画書(1)表 has no time column; a delete file has no free text; 202208 has no version alias.
    for (const [kind, kinds, version] of [
      ['plan1', ['timeFormat'], undefined],
      ['plan1Delete', ['unquoteFreeText', 'duplicateCodes'], undefined],
      ['table6Plan', ['versionAlias'], '202208'],
    ] as const) {
      const e = usageError(() => damagedFile(kind, { kinds: [...kinds], ...(version === undefined ? {} : { version }) }));
      expect(e.code).toBe('ERR_CAREPLAN_OPTION_VALUE');
      expect(e.message).toContain('names no damage that can happen');
    }
  });

  it('damagedFile: every damage asked for alone, for every kind, throws at once or draws a file', () => {
    for (const kind of SUPPORTED_KINDS) {
      for (const damage of DAMAGE_KINDS) {
        const kinds: DamageKind[] = damage === 'jisVariant' ? ['jisVariant', 'utf8'] : [damage];
        let arbitrary: fc.Arbitrary<unknown>;
        try {
          arbitrary = damagedFile(kind, { kinds, maxRecords: 2 });
        } catch (e) {
          expect((e as CareplanUsageError).code, `${kind} ${damage}`).toBe('ERR_CAREPLAN_OPTION_VALUE');
          continue;
        }
        expect(fc.sample(arbitrary, { numRuns: 1, seed: 1 }), `${kind} ${damage}`).toHaveLength(1);
      }
    }
  });
});
