import { describe, expect, it } from 'vitest';
import { parseStream, validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';
import { collect } from './harness.js';

type Loose = (source: unknown, options?: unknown) => unknown;
const looseValidate = validateStream as unknown as Loose;
const looseParse = parseStream as unknown as Loose;
const bytes = ms932(csvText([cellsOf(validRecord())]));

describe('streaming reader: misuse throws, at once', () => {
  it.each([
    ['bytes (use validate, or [bytes])', bytes],
    ['an ArrayBuffer', bytes.buffer],
    ['a string', 'a,b'],
    ['a number', 42],
    ['null', null],
    ['a plain object', { length: 1 }],
  ])('a source that is %s', (_name, source) => {
    expect(() => looseValidate(source, { kind: 'table6Plan' })).toThrow(TypeError);
    expect(() => looseParse(source, { kind: 'table6Plan' })).toThrow(TypeError);
  });

  it.each([
    ['an unknown option', { kind: 'table6Plan', chunkSize: 10 }],
    ['a limit of the wrong type', { kind: 'table6Plan', maxRecords: '10' }],
    ['a limit out of range', { kind: 'table6Plan', maxRecordBytes: 0 }],
  ])('%s', (_name, options) => {
    expect(() => looseValidate([bytes], options)).toThrow(TypeError);
    expect(() => looseParse([bytes], options)).toThrow(TypeError);
  });

  it('a chunk that is not a Uint8Array rejects with a TypeError (a stream with an encoding set)', async () => {
    await expect(validateStream(['202407,' as unknown as Uint8Array], { kind: 'table6Plan' })).rejects.toThrow(/string/);
    const s = parseStream([bytes, [1, 2] as unknown as Uint8Array], { kind: 'table6Plan' });
    await expect(collect(s)).rejects.toThrow(TypeError);
    await expect(s.result).rejects.toThrow(TypeError);
  });

  it('a parseStream can be iterated once', async () => {
    const s = parseStream([bytes], { kind: 'table6Plan' });
    s[Symbol.asyncIterator]();
    expect(() => s[Symbol.asyncIterator]()).toThrow(TypeError);
  });
});
