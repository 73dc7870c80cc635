import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serializeUnknown, validate } from '../src/api.js';
import { DEFAULT_LIMITS, normalizeParseOptions } from '../src/options.js';
import { cellsOf, csvText, validRecord } from './helpers/table6.js';
import { ms932 } from './helpers/bytes.js';
import { expectWellFormed } from './helpers/well-formed.js';

type Loose = (input: unknown, options?: unknown) => unknown;
const looseParse = parse as unknown as Loose;
const looseValidate = validate as unknown as Loose;
const looseSerialize = serializeUnknown as unknown as (kind: unknown, records: unknown, options?: unknown) => unknown;

const VALID = ms932(csvText([cellsOf(validRecord())]));

describe('options: misuse throws a TypeError', () => {
  it.each([
    ['an unknown option name', { kinds: 'table6Plan' }],
    ['a serialize-only option', { kind: 'table6Plan', allowInvalid: true }],
    ['kind not a kind id', { kind: 'UPPLAN' }],
    ['kind not a string', { kind: 6 }],
    ['fileName not a string', { kind: 'table6Plan', fileName: 42 }],
    ['skipHeader not a boolean', { kind: 'table6Plan', skipHeader: 'true' }],
    ['includeValues not a boolean', { kind: 'table6Plan', includeValues: 1 }],
    ['requireUncertainFields not a boolean', { kind: 'table6Plan', requireUncertainFields: 'yes' }],
    ['an unknown locale', { kind: 'table6Plan', locale: 'fr' }],
    ['maxFileBytes not a number', { kind: 'table6Plan', maxFileBytes: '1000' }],
    ['maxFileBytes of 2 GiB', { kind: 'table6Plan', maxFileBytes: 2 ** 31 }],
    ['maxRecordBytes of 0', { kind: 'table6Plan', maxRecordBytes: 0 }],
    ['maxFieldBytes not an integer', { kind: 'table6Plan', maxFieldBytes: 1.5 }],
    ['maxRecords negative', { kind: 'table6Plan', maxRecords: -1 }],
    ['maxIssues NaN', { kind: 'table6Plan', maxIssues: Number.NaN }],
    ['maxIssues -Infinity', { kind: 'table6Plan', maxIssues: Number.NEGATIVE_INFINITY }],
    ['options as an array', ['table6Plan']],
    ['options as a string', 'table6Plan'],
  ])('parse and validate: %s', (_name, options) => {
    expect(() => looseParse(VALID, options)).toThrow(TypeError);
    expect(() => looseValidate(VALID, options)).toThrow(TypeError);
  });

  it.each([
    ['an unknown option name', { fileNames: 'x' }],
    ['fileName not a string', { fileName: null }],
    ['includeValues not a boolean', { includeValues: 'no' }],
    ['allowInvalid not a boolean', { allowInvalid: 0 }],
    ['variants of the wrong value', { variants: true }],
    ['unmappable of the wrong value', { unmappable: { replace: '?' } }],
  ])('serialize: %s', (_name, options) => {
    expect(() => looseSerialize('table6Plan', [validRecord()], options)).toThrow(TypeError);
  });

  it.each([
    ['a number', 42],
    ['null', null],
    ['a plain object', { length: 0 }],
    ['a number array', [0x32, 0x30]],
  ])('parse and validate: input given as %s', (_name, input) => {
    expect(() => looseParse(input, { kind: 'table6Plan' })).toThrow(TypeError);
    expect(() => looseValidate(input, { kind: 'table6Plan' })).toThrow(TypeError);
  });

  it('limits: defaults, Infinity for no limit, 0 issues listed', () => {
    expect(normalizeParseOptions({}).limits).toEqual(DEFAULT_LIMITS);
    expect(
      normalizeParseOptions({
        maxFileBytes: Number.POSITIVE_INFINITY,
        maxRecordBytes: Number.POSITIVE_INFINITY,
        maxFieldBytes: 10,
        maxRecords: Number.POSITIVE_INFINITY,
        maxIssues: 0,
      }).limits,
    ).toEqual({
      maxFileBytes: 2 ** 31 - 1,
      maxRecordBytes: 2 ** 31 - 1,
      maxFieldBytes: 10,
      maxRecords: Number.POSITIVE_INFINITY,
      maxIssues: 0,
      maxErrors: Number.POSITIVE_INFINITY,
    });
    expect(validate(VALID, { kind: 'table6Plan', maxIssues: 0, maxFileBytes: 2 ** 31 - 1 }).ok).toBe(true);
  });

  it('undefined and null options are accepted (no kind: an issue, not an exception)', () => {
    for (const options of [undefined, null]) {
      const r = looseParse(VALID, options) as ReturnType<typeof parse>;
      expect(r.issues.map((i) => i.code)).toEqual(['file.unknownKind']);
    }
  });
});

/** Bytes biased towards what matters to the reader: CSV syntax, CR/LF, MS932 lead bytes, 外字, UTF-8. */
const csvishBytes = fc
  .array(
    fc.oneof(
      fc.constantFrom(0x22, 0x2c, 0x0d, 0x0a, 0x30, 0x31, 0x32, 0x82, 0xa0, 0x80, 0xf0, 0x40, 0xef, 0xbb, 0xbf, 0xfd),
      fc.integer({ min: 0, max: 255 }),
      fc.constantFrom(...VALID.slice(0, 40)),
    ),
    { maxLength: 300 },
  )
  .map((a) => new Uint8Array(a));

describe('bad input never throws', () => {
  it('parse and validate return issues for any bytes, and agree', () => {
    fc.assert(
      fc.property(csvishBytes, fc.boolean(), fc.boolean(), (bytes, skipHeader, requireUncertainFields) => {
        const options = { kind: 'table6Plan' as const, skipHeader, requireUncertainFields };
        const p = parse(bytes, options);
        const v = validate(bytes, options);
        expect(v.issues).toEqual(p.issues);
        expectWellFormed(p, { records: p.recordCount, bytes: bytes.length });
        expect(p.records).toHaveLength(p.recordCount);
      }),
      { numRuns: 300 },
    );
  });

  it('parse returns issues for any string, with any file name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ maxLength: 80 }), (text, fileName) => {
        const r = parse(text, { fileName });
        expectWellFormed(r, { records: r.recordCount });
      }),
      { numRuns: 300 },
    );
  });

  it('serialize returns issues for any array of values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom('csvVersion', 'units', 'providerName', 'x'), fc.anything())), {
          maxLength: 5,
        }),
        (records) => {
          const r = serializeUnknown('table6Plan', records as Record<string, unknown>[], { allowInvalid: true });
          expectWellFormed(r, { records: records.length, columns: 25 });
        },
      ),
      { numRuns: 300 },
    );
  });
});
