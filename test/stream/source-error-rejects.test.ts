import { describe, expect, it } from 'vitest';
import { parseStream, validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const record = ms932(csvText([cellsOf(validRecord())]));
const failing = async function* () {
  yield record;
  yield record;
  throw new Error('disk on fire');
};

describe('streaming reader: a failing source is an error of the source, not an issue', () => {
  it('validateStream rejects with the source error', async () => {
    await expect(validateStream(failing(), { kind: 'table6Plan' })).rejects.toThrow('disk on fire');
  });

  it('parseStream delivers the records read, then throws into the loop; result rejects too', async () => {
    const s = parseStream(failing(), { kind: 'table6Plan' });
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const r of s) seen.push(r.recordNumber);
      })(),
    ).rejects.toThrow('disk on fire');
    expect(seen).toEqual([1, 2]);
    await expect(s.result).rejects.toThrow('disk on fire');
  });

  it('an errored ReadableStream', async () => {
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(record);
        controller.error(new Error('network reset'));
      },
    });
    await expect(validateStream(stream, { kind: 'table6Plan' })).rejects.toThrow('network reset');
  });
});
