// The types of the streaming API: parseStream narrows by `options.kind` like parse; validateStream and
// serializeStream give their outcome in a promise.
import { describe, expectTypeOf, it } from 'vitest';
import {
  parseStream,
  serializeStream,
  serializeStreamUnknown,
  validateStream,
  type ByteSource,
  type RecordFor,
  type RecordStream,
  type SerializeStream,
  type SerializeStreamResult,
  type StreamedRecord,
  type SupportedKind,
  type Table6RecordInput,
  type Table7Record,
  type Table7RecordInput,
  type ValidRecordFor,
  type ValidTable7Record,
  type ValidateResult,
} from '../../src/index.js';

declare const source: ByteSource;
declare const rows: AsyncIterable<Table7Record>;

describe('parseStream', () => {
  it('with a kind: a RecordStream of that kind', async () => {
    const s = parseStream(source, { kind: 'table7' });
    expectTypeOf(s).toEqualTypeOf<RecordStream<'table7'>>();
    for await (const r of s) {
      expectTypeOf(r).toEqualTypeOf<StreamedRecord<'table7'>>();
      expectTypeOf(r.kind).toEqualTypeOf<'table7'>();
      expectTypeOf(r.record).toEqualTypeOf<ValidTable7Record | Table7Record>();
      if (r.ok) expectTypeOf(r.record).toEqualTypeOf<ValidTable7Record>();
      else expectTypeOf(r.record).toEqualTypeOf<Table7Record>();
    }
    expectTypeOf(s.result).toEqualTypeOf<Promise<ValidateResult>>();
  });

  it('without a kind: each record is discriminated by kind (and ok)', async () => {
    const s = parseStream(source, { fileName: 'UPPLAN_202505_1310000002_11_1370000001_43_20250605100000.CSV' });
    expectTypeOf(s).toEqualTypeOf<RecordStream>();
    expectTypeOf<StreamedRecord['kind']>().toEqualTypeOf<SupportedKind>();
    for await (const r of s) {
      // @ts-expect-error not every kind's records have serviceDate: check the kind first
      r.record.serviceDate;
      if (r.kind === 'table6Plan') expectTypeOf(r.record.serviceDate).toEqualTypeOf<string>();
      if (r.kind === 'table7' && r.ok) expectTypeOf(r.record).toEqualTypeOf<ValidTable7Record>();
    }
    expectTypeOf<StreamedRecord<'plan1'>['record']>().toEqualTypeOf<ValidRecordFor<'plan1'> | RecordFor<'plan1'>>();
  });

  it('reads a web stream, an async iterable or an iterable of byte chunks', () => {
    expectTypeOf<ReadableStream<Uint8Array>>().toExtend<ByteSource>();
    expectTypeOf<AsyncIterable<Uint8Array>>().toExtend<ByteSource>();
    expectTypeOf<Uint8Array[]>().toExtend<ByteSource>();
    expectTypeOf<string[]>().not.toExtend<ByteSource>();
  });
});

describe('validateStream', () => {
  it('gives a promise of the ValidateResult', () => {
    expectTypeOf(validateStream(source, { kind: 'plan1' })).toEqualTypeOf<Promise<ValidateResult>>();
  });
});

describe('serializeStream', () => {
  it('takes an iterable or an async iterable of records, gives chunks and a promise of the outcome', async () => {
    const out = serializeStream('table7', rows, { chunkSize: 4096 });
    expectTypeOf(out).toEqualTypeOf<SerializeStream>();
    for await (const chunk of out) expectTypeOf(chunk).toEqualTypeOf<Uint8Array>();
    expectTypeOf(out.result).toEqualTypeOf<Promise<SerializeStreamResult>>();
    // @ts-expect-error not a kind
    serializeStream('table8', rows);
  });

  it('types the records by kind; untyped records take serializeStreamUnknown', () => {
    const one = {} as Table7RecordInput;
    // @ts-expect-error serviceCod is not a key of 第7表
    serializeStream('table7', [{ ...one, serviceCod: '112211' }]);
    // @ts-expect-error units is a string (digits), not a number
    serializeStream('table7', [{ ...one, units: 396 }]);
    // @ts-expect-error a record of another kind
    serializeStream('table7', [{} as Table6RecordInput]);
    // @ts-expect-error a partial record: the required keys are missing
    serializeStream('table7', [{ serviceCode: '112211' }]);
    expectTypeOf(serializeStreamUnknown('table7', [{ serviceCode: '112211' }])).toEqualTypeOf<SerializeStream>();
    expectTypeOf(serializeStreamUnknown('table7', JSON.parse('[]') as unknown[])).toEqualTypeOf<SerializeStream>();
  });
});
