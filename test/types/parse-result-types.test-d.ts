// The types `parse` and `validate` give: with a kind, a result of that kind; without, a result
// discriminated by `kind` (checking it narrows `records`) and by `ok` (validated record types only then).
import { describe, expectTypeOf, it } from 'vitest';
import {
  parse,
  validate,
  type AnyParseResult,
  type CsvVersion,
  type Issue,
  type JsonFile,
  type Kind,
  type ParseInput,
  type ParseResult,
  type ParseResultWithoutKind,
  type Plan1Record,
  type Table6Record,
  type ValidPlan1Record,
  type ValidTable6Record,
  type ValidateResult,
} from '../../src/index.js';

declare const bytes: Uint8Array;

describe('parse', () => {
  it('with a kind: a ParseResult of that kind; records as read, validated once ok is checked', () => {
    const r = parse(bytes, { kind: 'table6Plan' });
    expectTypeOf(r).toEqualTypeOf<ParseResult<'table6Plan'>>();
    expectTypeOf(r.kind).toEqualTypeOf<'table6Plan'>();
    expectTypeOf(r.records).toEqualTypeOf<ValidTable6Record[] | Table6Record[]>();
    if (r.ok) {
      expectTypeOf(r.records).toEqualTypeOf<ValidTable6Record[]>();
      expectTypeOf(r.records[0]!.over30Days).toEqualTypeOf<'0' | '1'>();
    } else {
      expectTypeOf(r.records).toEqualTypeOf<Table6Record[]>();
      expectTypeOf(r.records[0]!.over30Days).toEqualTypeOf<string>();
    }
    const p = parse(bytes, { kind: 'plan1' });
    if (p.ok) expectTypeOf(p.records).toEqualTypeOf<ValidPlan1Record[]>();
  });

  it('with a kind of a wider type: one result per kind', () => {
    const kind = 'plan1' as 'plan1' | 'table6Plan';
    const r = parse(bytes, { kind });
    expectTypeOf(r).toEqualTypeOf<ParseResult<'plan1'> | ParseResult<'table6Plan'>>();
    if (r.kind === 'plan1') expectTypeOf(r.records).toEqualTypeOf<ValidPlan1Record[] | Plan1Record[]>();
  });

  it('with a file name: discriminated by kind (the README example compiles)', () => {
    const r = parse(bytes, { fileName: 'UPPLAN_202505_1310000002_11_1370000001_43_20250605100000.CSV' });
    expectTypeOf(r).toEqualTypeOf<AnyParseResult>();
    expectTypeOf(r.kind).toEqualTypeOf<Kind | null>();
    // @ts-expect-error not every kind's records have serviceDate: check the kind first
    r.records[0]?.serviceDate;
    if (r.kind === 'table6Plan') {
      for (const rec of r.records) expectTypeOf(rec.serviceDate).toEqualTypeOf<string>();
      expectTypeOf(r.records).toEqualTypeOf<ValidTable6Record[] | Table6Record[]>();
    }
    if (r.kind === null) expectTypeOf(r).toEqualTypeOf<ParseResultWithoutKind>();
    expectTypeOf(parse(bytes)).toEqualTypeOf<AnyParseResult>();
  });

  it('a ParseResult is a ValidateResult plus records', () => {
    expectTypeOf<ParseResult<'plan2'>>().toExtend<ValidateResult>();
    expectTypeOf<AnyParseResult>().toExtend<ValidateResult>();
    expectTypeOf<ParseResult['kind']>().toEqualTypeOf<Kind>();
  });

  it('reads bytes, an ArrayBuffer or text, and nothing else', () => {
    expectTypeOf<ParseInput>().toEqualTypeOf<Uint8Array | ArrayBuffer | string>();
    // @ts-expect-error a number is not an input
    parse(42);
    // @ts-expect-error not a kind
    parse(bytes, { kind: 'table8' });
  });
});

describe('JsonFile (the to-json output)', () => {
  it('is discriminated by kind', () => {
    const doc = JSON.parse('{}') as JsonFile;
    // @ts-expect-error not every kind's records have serviceDate: check the kind first
    doc.records[0]?.serviceDate;
    if (doc.kind === 'table6Plan') expectTypeOf(doc.records).toEqualTypeOf<Table6Record[]>();
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
