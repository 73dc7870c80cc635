// The types `parse` and `validate` give, as they are today. Without `options.kind`, `parse` does not narrow:
// its records are the union of every kind's record type (tighten these tests when it narrows by kind).
import { describe, expectTypeOf, it } from 'vitest';
import {
  parse,
  validate,
  type CsvVersion,
  type Issue,
  type Kind,
  type ParseInput,
  type ParseResult,
  type Plan1Record,
  type RecordFor,
  type SupportedKind,
  type Table6Record,
  type ValidateResult,
} from '../../src/index.js';

declare const bytes: Uint8Array;

describe('parse', () => {
  it('with a kind: a ParseResult of that kind, records of its record type', () => {
    const r = parse(bytes, { kind: 'table6Plan' });
    expectTypeOf(r).toEqualTypeOf<ParseResult<'table6Plan'>>();
    expectTypeOf(r.records).toEqualTypeOf<Table6Record[]>();
    expectTypeOf(parse(bytes, { kind: 'plan1' }).records).toEqualTypeOf<Plan1Record[]>();
  });

  it('with a kind of a wider type: the records of those kinds', () => {
    const kind = 'plan1' as 'plan1' | 'table6Plan';
    expectTypeOf(parse(bytes, { kind }).records).toEqualTypeOf<(Plan1Record | Table6Record)[]>();
  });

  it('without a kind (today): the records of every kind', () => {
    const r = parse(bytes);
    expectTypeOf(r).toEqualTypeOf<ParseResult>();
    expectTypeOf(r).toEqualTypeOf<ParseResult<SupportedKind>>();
    expectTypeOf(r.records).toEqualTypeOf<RecordFor<SupportedKind>[]>();
    expectTypeOf(parse(bytes, { fileName: 'UPPLAN_202505_1310000002_11_1370000001_43_20250605100000.CSV' })).toEqualTypeOf<ParseResult>();
  });

  it('a ParseResult is a ValidateResult plus records', () => {
    expectTypeOf<ParseResult<'plan2'>>().toExtend<ValidateResult>();
    expectTypeOf<ParseResult['kind']>().toEqualTypeOf<Kind | null>();
  });

  it('reads bytes, an ArrayBuffer or text, and nothing else', () => {
    expectTypeOf(parse).parameter(0).toEqualTypeOf<ParseInput>();
    expectTypeOf<ParseInput>().toEqualTypeOf<Uint8Array | ArrayBuffer | string>();
    // @ts-expect-error a number is not an input
    parse(42);
    // @ts-expect-error not a kind
    parse(bytes, { kind: 'table8' });
  });
});

describe('validate', () => {
  it('gives a ValidateResult, without records', () => {
    const r = validate('text', { kind: 'plan1' });
    expectTypeOf(r).toEqualTypeOf<ValidateResult>();
    expectTypeOf(r).not.toHaveProperty('records');
    expectTypeOf(r.kind).toEqualTypeOf<Kind | null>();
    expectTypeOf(r.version).toEqualTypeOf<CsvVersion | null>();
    expectTypeOf(r.issues).toEqualTypeOf<readonly Issue[]>();
    expectTypeOf(r.ok).toEqualTypeOf<boolean>();
    expectTypeOf(r.truncated).toEqualTypeOf<boolean>();
  });
});
