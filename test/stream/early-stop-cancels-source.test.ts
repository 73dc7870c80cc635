import { describe, expect, it } from 'vitest';
import { parseStream, validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const record = ms932(csvText([cellsOf(validRecord())]));

/** An endless ReadableStream of records that notes when it is cancelled. */
function endless(): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      controller.enqueue(record.slice());
    },
    cancel() {
      cancelled = true;
    },
  });
  return { stream, cancelled: () => cancelled };
}

describe('streaming reader: stopping early releases the source', () => {
  it('break out of a parseStream loop: the source is cancelled and result rejects', async () => {
    const { stream, cancelled } = endless();
    const s = parseStream(stream, { kind: 'table6Plan' });
    let n = 0;
    for await (const r of s) {
      expect(r.ok).toBe(true);
      if (++n === 3) break;
    }
    expect(cancelled()).toBe(true);
    await expect(s.result).rejects.toThrow(/not read to its end/);
  });

  it('a rejection nobody awaits is not unhandled (vitest fails the run on one)', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { stream } = endless();
      for await (const _ of parseStream(stream, { kind: 'table6Plan' })) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(unhandled).toEqual([]);
  });

  it('an async generator source is ended (its finally block runs)', async () => {
    let ended = false;
    const source = (async function* () {
      try {
        for (;;) yield record.slice();
      } finally {
        ended = true;
      }
    })();
    const r = await validateStream(source, { kind: 'table6Plan', maxRecords: 50 });
    expect(r.issues.map((i) => i.code)).toEqual(['limit.records']);
    expect(ended).toBe(true);
  });

  it('a limit stops an endless ReadableStream', async () => {
    const { stream, cancelled } = endless();
    const r = await validateStream(stream, { kind: 'table6Plan', maxFileBytes: 10_000 });
    expect(r.issues.map((i) => i.code)).toEqual(['limit.fileBytes']);
    expect(r.truncated).toBe(true);
    expect(cancelled()).toBe(true);
  });

  it('without a kind nothing is read beyond the first chunk', async () => {
    const { stream, cancelled } = endless();
    const r = await validateStream(stream, { fileName: 'unknown.csv' });
    expect(r.issues.map((i) => i.code)).toContain('file.unknownKind');
    expect(cancelled()).toBe(true);
  });
});
