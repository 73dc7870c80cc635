// The generics of careplan-csv/testing: each arbitrary gives the record type of the kind it is asked for.
import type fc from 'fast-check';
import { describe, expectTypeOf, it } from 'vitest';
import type { CsvVersion, Plan2Record, RecordFor, SupportedKind, Table6Record, Table7Record } from '../../src/index.js';
import {
  mutatedFile,
  validFile,
  validRecord,
  validRecords,
  type ExpectedIssue,
  type MutatedFile,
  type MutationKind,
  type ValidFile,
} from '../../src/testing/index.js';

describe('careplan-csv/testing', () => {
  it('validRecord and validRecords: arbitraries of the kind’s record type', () => {
    expectTypeOf(validRecord('table7', { version: '202407', month: '202505' })).toEqualTypeOf<fc.Arbitrary<Table7Record>>();
    expectTypeOf(validRecords('plan2')).toEqualTypeOf<fc.Arbitrary<{ version: CsvVersion; month: string; records: Plan2Record[] }>>();
    // @ts-expect-error not a kind
    validRecord('table8', { version: '202407', month: '202505' });
  });

  it('validFile: an arbitrary of ValidFile of the kind', () => {
    const a = validFile('table6Actual');
    expectTypeOf(a).toEqualTypeOf<fc.Arbitrary<ValidFile<'table6Actual'>>>();
    expectTypeOf<ValidFile<'table6Actual'>['kind']>().toEqualTypeOf<'table6Actual'>();
    expectTypeOf<ValidFile<'table6Actual'>['records']>().toEqualTypeOf<Table6Record[]>();
    expectTypeOf<ValidFile['records']>().toEqualTypeOf<RecordFor<SupportedKind>[]>();
  });

  it('mutatedFile: an arbitrary of MutatedFile of the kind, with the file it came from', () => {
    const a = mutatedFile('plan2', { mutations: ['invalidDate'] });
    expectTypeOf(a).toEqualTypeOf<fc.Arbitrary<MutatedFile<'plan2'>>>();
    expectTypeOf<MutatedFile<'plan2'>['file']>().toEqualTypeOf<ValidFile<'plan2'>>();
    expectTypeOf<MutatedFile['mutation']['kind']>().toEqualTypeOf<MutationKind>();
    expectTypeOf<MutatedFile['expected']>().toEqualTypeOf<ExpectedIssue>();
    // @ts-expect-error not a mutation kind
    mutatedFile('plan2', { mutations: ['noSuchMutation'] });
  });
});
