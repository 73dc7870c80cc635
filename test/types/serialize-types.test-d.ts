// The types `serialize` takes and gives: records of the kind's record type, or plain objects (checked at run time).
import { describe, expectTypeOf, it } from 'vitest';
import { serialize, type Plan1Record, type RecordFor, type SerializeResult, type Table6Record } from '../../src/index.js';

declare const table6: Table6Record[];
declare const plan1: Plan1Record[];

describe('serialize', () => {
  it("takes the kind's records and gives a SerializeResult", () => {
    expectTypeOf(serialize('table6Plan', table6)).toEqualTypeOf<SerializeResult>();
    expectTypeOf(serialize('plan1', plan1, { fileName: 'x.CSV' })).toEqualTypeOf<SerializeResult>();
    expectTypeOf(serialize<'table6Plan'>)
      .parameter(1)
      .toEqualTypeOf<readonly Table6Record[] | readonly Record<string, unknown>[]>();
  });

  it('takes plain objects too (today: their keys and values are checked at run time, not by the types)', () => {
    const rows: Record<string, unknown>[] = [{ serviceCode: '112211' }];
    expectTypeOf(serialize('table6Plan', rows)).toEqualTypeOf<SerializeResult>();
    // Another kind's records are plain objects as far as the types go.
    expectTypeOf(serialize('table6Plan', plan1)).toEqualTypeOf<SerializeResult>();
  });

  it('the bytes are null when the file could not be written', () => {
    expectTypeOf<SerializeResult['bytes']>().toEqualTypeOf<Uint8Array | null>();
    expectTypeOf<SerializeResult['ok']>().toEqualTypeOf<boolean>();
  });

  it('refuses what is not a kind, or not an array', () => {
    // @ts-expect-error not a kind
    serialize('table8', table6);
    // @ts-expect-error one record is not an array of records
    serialize('table6Plan', table6[0]);
    expectTypeOf<RecordFor<'table6Actual'>>().toEqualTypeOf<Table6Record>();
  });
});
