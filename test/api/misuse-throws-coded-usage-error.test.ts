import { describe, expect, it } from 'vitest';
import {
  buildFileName,
  ByteSink,
  CareplanRangeError,
  CareplanUsageError,
  createUnitValidator,
  decodeRange,
  describeDifference,
  detectUtf8,
  encodeInto,
  encodeMs932,
  getLayout,
  isUsageError,
  matchingBlockers,
  normalizeEncodeOptions,
  parse,
  parseFileName,
  parseStream,
  reconcile,
  recordLines,
  serialize,
  serializeStream,
  tokenize,
  USAGE_ERROR_CODES,
  type UsageErrorCode,
  validate,
  validateStream,
  validateUnits,
} from '../../src/index.js';
import { mutatedFile } from '../../src/testing/index.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

// Every kind of API misuse throws one error class with a stable `code`, and its message has one prefix:
// `careplan-csv: <function>: …`. Out-of-range numbers of the byte-level API throw the RangeError twin.
type Loose = (...args: unknown[]) => unknown;
const loose = (f: unknown) => f as Loose;
const VALID = ms932(csvText([cellsOf(validRecord())]));
const noop = () => undefined;

function caught(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  throw new Error('did not throw');
}

async function rejected(f: () => Promise<unknown> | AsyncIterable<unknown>): Promise<unknown> {
  try {
    const r = f();
    if (Symbol.asyncIterator in r) for await (const _ of r);
    else await r;
  } catch (e) {
    return e;
  }
  throw new Error('did not reject');
}

function expectUsage(e: unknown, code: UsageErrorCode, fn: string): void {
  expect(e).toBeInstanceOf(CareplanUsageError);
  expect(e).toBeInstanceOf(TypeError);
  expect(isUsageError(e)).toBe(true);
  const u = e as CareplanUsageError;
  expect(u.code).toBe(code);
  expect(u.function).toBe(fn);
  expect(u.message.startsWith(`careplan-csv: ${fn}: `)).toBe(true);
}

const CASES: readonly [name: string, code: UsageErrorCode, fn: string, call: () => unknown][] = [
  // options
  ['parse: options not an object', 'ERR_CAREPLAN_OPTIONS', 'parse', () => loose(parse)(VALID, 'table6Plan')],
  ['validate: an unknown option', 'ERR_CAREPLAN_UNKNOWN_OPTION', 'validate', () => loose(validate)(VALID, { kinds: 'table6Plan' })],
  ['parse: a boolean option of the wrong type', 'ERR_CAREPLAN_OPTION_VALUE', 'parse', () => loose(parse)(VALID, { skipHeader: 'yes' })],
  ['parse: a limit out of range', 'ERR_CAREPLAN_OPTION_VALUE', 'parse', () => loose(parse)(VALID, { maxFileBytes: 2 ** 31 })],
  ['parse: an unknown locale', 'ERR_CAREPLAN_OPTION_VALUE', 'parse', () => loose(parse)(VALID, { locale: 'fr' })],
  ['parse: an unknown kind', 'ERR_CAREPLAN_KIND', 'parse', () => loose(parse)(VALID, { kind: 'UPPLAN' })],
  ['serialize: an unknown option', 'ERR_CAREPLAN_UNKNOWN_OPTION', 'serialize', () => loose(serialize)('table6Plan', [], { skipHeader: true })],
  ['serialize: variants of the wrong value', 'ERR_CAREPLAN_OPTION_VALUE', 'serialize', () => loose(serialize)('table6Plan', [], { variants: true })],
  [
    'serialize: a replacement with CSV syntax',
    'ERR_CAREPLAN_OPTION_VALUE',
    'serialize',
    () => serialize('table6Plan', [], { unmappable: { replacement: ',' } }),
  ],
  [
    'serialize: a replacement outside MS932',
    'ERR_CAREPLAN_OPTION_VALUE',
    'serialize',
    () => serialize('table6Plan', [], { unmappable: { replacement: '😀' } }),
  ],
  [
    'serializeStream: chunkSize too small',
    'ERR_CAREPLAN_OPTION_VALUE',
    'serializeStream',
    () => serializeStream('table6Plan', [], { chunkSize: 10 }),
  ],
  ['validateUnits: fileName', 'ERR_CAREPLAN_UNKNOWN_OPTION', 'validateUnits', () => loose(validateUnits)([], { fileName: 'x' })],
  [
    'createUnitValidator: maxWithdrawals negative',
    'ERR_CAREPLAN_OPTION_VALUE',
    'createUnitValidator',
    () => createUnitValidator({ maxWithdrawals: -1 }),
  ],
  ['createUnitValidator: names not strings', 'ERR_CAREPLAN_OPTION_VALUE', 'createUnitValidator', () => loose(createUnitValidator)({ names: [1] })],
  ['reconcile: an unknown option', 'ERR_CAREPLAN_UNKNOWN_OPTION', 'reconcile', () => loose(reconcile)([], [], { scopes: 'all' })],
  ['reconcile: a compare key of no column', 'ERR_CAREPLAN_OPTION_VALUE', 'reconcile', () => loose(reconcile)([], [], { compare: ['insuredNumber'] })],
  ['recordLines: maxRecordBytes of 0', 'ERR_CAREPLAN_OPTION_VALUE', 'recordLines', () => recordLines(VALID, { maxRecordBytes: 0 })],
  [
    'normalizeEncodeOptions: unmappable of the wrong shape',
    'ERR_CAREPLAN_OPTION_VALUE',
    'normalizeEncodeOptions',
    () => loose(normalizeEncodeOptions)({ unmappable: 'skip' }),
  ],
  ['encodeMs932: options not an object', 'ERR_CAREPLAN_OPTIONS', 'encodeMs932', () => loose(encodeMs932)('x', 42)],
  ['tokenize: options not an object', 'ERR_CAREPLAN_OPTIONS', 'tokenize', () => loose(tokenize)(VALID, noop, noop, 42)],
  [
    'mutatedFile: an unknown mutation kind',
    'ERR_CAREPLAN_OPTION_VALUE',
    'mutatedFile',
    () => loose(mutatedFile)('table6Plan', { mutations: ['nope'] }),
  ],
  // arguments
  ['parse: input of the wrong type', 'ERR_CAREPLAN_ARGUMENT', 'parse', () => loose(parse)(42, { kind: 'table6Plan' })],
  ['validate: input of the wrong type', 'ERR_CAREPLAN_ARGUMENT', 'validate', () => loose(validate)(null, { kind: 'table6Plan' })],
  ['serialize: records not an array', 'ERR_CAREPLAN_ARGUMENT', 'serialize', () => loose(serialize)('table6Plan', 'records')],
  ['serializeStream: records not iterable', 'ERR_CAREPLAN_ARGUMENT', 'serializeStream', () => loose(serializeStream)('table6Plan', 42)],
  ['parseStream: a source of bytes in memory', 'ERR_CAREPLAN_ARGUMENT', 'parseStream', () => loose(parseStream)(VALID)],
  ['validateStream: a source of no kind', 'ERR_CAREPLAN_ARGUMENT', 'validateStream', () => loose(validateStream)(42)],
  ['validateUnits: files not iterable', 'ERR_CAREPLAN_ARGUMENT', 'validateUnits', () => loose(validateUnits)(42)],
  ['validateUnits: a file without a name', 'ERR_CAREPLAN_ARGUMENT', 'validateUnits', () => loose(validateUnits)([{ bytes: VALID }])],
  [
    'createUnitValidator: add a file that is not an object',
    'ERR_CAREPLAN_ARGUMENT',
    'createUnitValidator',
    () => loose(createUnitValidator().add)(null),
  ],
  ['reconcile: a side that is not records', 'ERR_CAREPLAN_ARGUMENT', 'reconcile', () => loose(reconcile)(42, [])],
  ['recordLines: input of the wrong type', 'ERR_CAREPLAN_ARGUMENT', 'recordLines', () => loose(recordLines)(42)],
  ['matchingBlockers: not a result', 'ERR_CAREPLAN_ARGUMENT', 'matchingBlockers', () => loose(matchingBlockers)(null)],
  ['describeDifference: an unknown locale', 'ERR_CAREPLAN_ARGUMENT', 'describeDifference', () => loose(describeDifference)({}, 'fr')],
  ['parseFileName: a name that is not a string', 'ERR_CAREPLAN_ARGUMENT', 'parseFileName', () => loose(parseFileName)(42)],
  ['detectUtf8: bytes not a Uint8Array', 'ERR_CAREPLAN_ARGUMENT', 'detectUtf8', () => loose(detectUtf8)('x')],
  ['decodeRange: bytes not a Uint8Array', 'ERR_CAREPLAN_ARGUMENT', 'decodeRange', () => loose(decodeRange)('x', 0, 0, null)],
  ['encodeMs932: text not a string', 'ERR_CAREPLAN_ARGUMENT', 'encodeMs932', () => loose(encodeMs932)(42)],
  ['encodeInto: options not normalized', 'ERR_CAREPLAN_ARGUMENT', 'encodeInto', () => loose(encodeInto)('x', new ByteSink(), {}, [])],
  ['tokenize: onRow not a function', 'ERR_CAREPLAN_ARGUMENT', 'tokenize', () => loose(tokenize)(VALID, null, noop)],
  // kinds
  ['serialize: an unknown kind', 'ERR_CAREPLAN_KIND', 'serialize', () => loose(serialize)('UPPLAN', [])],
  ['serializeStream: an unknown kind', 'ERR_CAREPLAN_KIND', 'serializeStream', () => loose(serializeStream)('UPPLAN', [])],
  ['getLayout: an unknown kind', 'ERR_CAREPLAN_KIND', 'getLayout', () => loose(getLayout)('UPPLAN', '202407')],
  ['reconcile: a side of another kind', 'ERR_CAREPLAN_KIND', 'reconcile', () => loose(reconcile)({ kind: 'table7', records: [] }, [])],
  // file names
  [
    'buildFileName: a wrong segment',
    'ERR_CAREPLAN_FILE_NAME_PARTS',
    'buildFileName',
    () => loose(buildFileName)({ kind: 'table6Plan', month: '2025' }),
  ],
];

describe('API misuse: one error class with a stable code, one message prefix', () => {
  it.each(CASES)('%s → %s', (_name, code, fn, call) => {
    expectUsage(caught(call), code, fn);
  });

  it('a stream iterated twice: ERR_CAREPLAN_STATE', () => {
    const s = serializeStream('table6Plan', []);
    s[Symbol.asyncIterator]();
    expectUsage(
      caught(() => s[Symbol.asyncIterator]()),
      'ERR_CAREPLAN_STATE',
      'serializeStream',
    );
    const p = parseStream([VALID], { kind: 'table6Plan' });
    p[Symbol.asyncIterator]();
    expectUsage(
      caught(() => p[Symbol.asyncIterator]()),
      'ERR_CAREPLAN_STATE',
      'parseStream',
    );
  });

  it('a source that yields something other than bytes rejects with ERR_CAREPLAN_ARGUMENT', async () => {
    expectUsage(
      await rejected(() => validateStream(['202407,' as unknown as Uint8Array], { kind: 'table6Plan' })),
      'ERR_CAREPLAN_ARGUMENT',
      'validateStream',
    );
    expectUsage(
      await rejected(() => parseStream(['202407,' as unknown as Uint8Array], { kind: 'table6Plan' })),
      'ERR_CAREPLAN_ARGUMENT',
      'parseStream',
    );
  });

  it('out-of-range numbers of the byte-level API: a RangeError with ERR_CAREPLAN_RANGE', () => {
    for (const [fn, call] of [
      ['decodeRange', () => decodeRange(VALID, 0, VALID.length + 1, null)],
      ['tokenize', () => tokenize(VALID, noop, noop, { start: -1 })],
      ['ByteSink', () => new ByteSink(-1)],
      ['ByteSink.truncate', () => new ByteSink().truncate(3)],
      ['ByteSink.writeAscii', () => new ByteSink().writeAscii('é')],
    ] as const) {
      const e = caught(call);
      expect(e).toBeInstanceOf(CareplanRangeError);
      expect(e).toBeInstanceOf(RangeError);
      expect(isUsageError(e)).toBe(true);
      expect((e as CareplanRangeError).code).toBe('ERR_CAREPLAN_RANGE');
      expect((e as Error).message.startsWith(`careplan-csv: ${fn}: `)).toBe(true);
    }
  });

  it('every code of the table is thrown by some case, and only codes of the table are', () => {
    const thrown = new Set<string>([...CASES.map((c) => c[1]), 'ERR_CAREPLAN_STATE', 'ERR_CAREPLAN_RANGE']);
    expect([...thrown].sort()).toEqual(Object.keys(USAGE_ERROR_CODES).sort());
  });

  it('bad input is no misuse: nothing is thrown for bytes, records or names that are wrong', () => {
    expect(() => parse(new Uint8Array([0x22, 0xff, 0x0a]), { kind: 'table6Plan' })).not.toThrow();
    expect(() => serialize('table6Plan', [null, 42, { csvVersion: 7 }] as never)).not.toThrow();
    expect(() => parseFileName('nonsense')).not.toThrow();
  });
});
