// The types `serialize` takes and gives: records typed per kind (a misspelt key, a value that is not a string
// or a missing required key is a compile-time error); `serializeUnknown` takes records of unknown type and
// checks them at run time.
import { describe, expectTypeOf, it } from 'vitest';
import {
  serialize,
  serializeUnknown,
  type Plan1Record,
  type RecordFor,
  type RecordInputFor,
  type SerializeResult,
  type Table6Record,
  type Table6RecordInput,
  type ValidTable6Record,
} from '../../src/index.js';

declare const table6: Table6Record[];
declare const valid6: ValidTable6Record[];
declare const plan1: Plan1Record[];

describe('serialize', () => {
  it("takes the kind's records, as read or validated, and gives a SerializeResult", () => {
    expectTypeOf(serialize('table6Plan', table6)).toEqualTypeOf<SerializeResult>();
    expectTypeOf(serialize('table6Plan', valid6)).toEqualTypeOf<SerializeResult>();
    expectTypeOf(serialize('plan1', plan1, { fileName: 'x.CSV' })).toEqualTypeOf<SerializeResult>();
    expectTypeOf(serialize<'table6Plan'>)
      .parameter(1)
      .toEqualTypeOf<readonly Table6RecordInput[]>();
    expectTypeOf<RecordInputFor<'table6Actual'>>().toEqualTypeOf<Table6RecordInput>();
  });

  it('leaves out the keys of columns that may be empty; not those of required ones', () => {
    const base = { csvVersion: '202407', insurerNumber: '131001', insuredNumber: '0000000001', createdDate: '20250425', targetMonth: '202505' };
    const rest = {
      serviceDate: '20250501',
      startTime: '0900',
      endTime: '1000',
      serviceCount: '1',
      serviceCode: '111111',
      providerCode: '1370000001',
      over30Days: '0',
    };
    serialize('table6Plan', [{ ...base, ...rest }]);
    // @ts-expect-error serviceDate is required
    serialize('table6Plan', [{ ...base, ...rest, serviceDate: undefined }]);
  });

  it('a misspelt key or a number is a compile-time error', () => {
    // @ts-expect-error serviceDat is not a key of 第6表 (and the required keys are missing)
    serialize('table6Plan', [{ serviceDat: '20250501', units: 396 }]);
    const ok = {} as Table6RecordInput;
    // @ts-expect-error serviceDat is not a key of 第6表
    serialize('table6Plan', [{ ...ok, serviceDat: '20250501' }]);
    // @ts-expect-error units is a string (digits), not a number
    serialize('table6Plan', [{ ...ok, units: 396 }]);
    // @ts-expect-error another kind's records
    serialize('table6Plan', plan1);
  });

  it('serializeUnknown: records of unknown type, checked at run time', () => {
    const json: unknown = JSON.parse('[{"serviceDat":"x"}]');
    expectTypeOf(serializeUnknown('table6Plan', json as unknown[])).toEqualTypeOf<SerializeResult>();
    expectTypeOf(serializeUnknown).parameter(1).toEqualTypeOf<readonly unknown[]>();
  });

  it('the bytes are null when the file could not be written, never when ok', () => {
    expectTypeOf<SerializeResult['bytes']>().toEqualTypeOf<Uint8Array | null>();
    expectTypeOf<SerializeResult['ok']>().toEqualTypeOf<boolean>();
    const r = serialize('table6Plan', table6);
    if (r.ok) expectTypeOf(r.bytes).toEqualTypeOf<Uint8Array>();
  });

  it('refuses what is not a kind, or not an array', () => {
    // @ts-expect-error not a kind
    serialize('table8', table6);
    // @ts-expect-error one record is not an array of records
    serialize('table6Plan', table6[0]);
    expectTypeOf<RecordFor<'table6Actual'>>().toEqualTypeOf<Table6Record>();
  });
});
