import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseStream, validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const record = ms932(csvText([cellsOf(validRecord())]));

/** A ReadableStream that gives `n` records, then stalls (a slow client), and notes when it is cancelled. */
function stalling(n: number): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (sent++ < n) controller.enqueue(record.slice());
        else return new Promise<void>(() => undefined); // never more
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, cancelled: () => cancelled };
}

describe('streaming reader: an abort or the deadline while waiting for the source', () => {
  it('validateStream settles with limit.aborted and cancels a stalled ReadableStream', async () => {
    const { stream, cancelled } = stalling(3);
    const ac = new AbortController();
    const p = validateStream(stream, { kind: 'table6Plan', signal: ac.signal });
    setTimeout(() => ac.abort(), 20);
    const r = await p;
    expect(r.issues.map((i) => i.code)).toEqual(['limit.aborted']);
    expect([r.recordCount, r.truncated, r.ok]).toEqual([3, true, false]);
    expect(r.issues[0]!.byteOffset).toBe(3 * record.length);
    expect(cancelled()).toBe(true);
  });

  it('validateStream settles with limit.deadline on a stalled source', async () => {
    const { stream, cancelled } = stalling(1);
    const r = await validateStream(stream, { kind: 'table6Plan', deadlineMs: 30 });
    expect(r.issues.map((i) => [i.code, i.params])).toEqual([['limit.deadline', { expected: 30 }]]);
    expect(r.recordCount).toBe(1);
    expect(cancelled()).toBe(true);
  });

  it('a stalled Node stream is destroyed', async () => {
    const node = new Readable({ read() {} });
    node.push(record);
    const r = await validateStream(node, { kind: 'table6Plan', deadlineMs: 30 });
    expect(r.issues.map((i) => i.code)).toEqual(['limit.deadline']);
    expect(node.destroyed).toBe(true);
  });

  it('parseStream ends its loop and resolves result with limit.aborted', async () => {
    const { stream, cancelled } = stalling(2);
    const ac = new AbortController();
    const s = parseStream(stream, { kind: 'table6Plan', signal: ac.signal });
    let n = 0;
    for await (const _ of s) if (++n === 2) setTimeout(() => ac.abort(), 10);
    const r = await s.result;
    expect(n).toBe(2);
    expect(r.issues.map((i) => i.code)).toEqual(['limit.aborted']);
    expect(r.truncated).toBe(true);
    expect(cancelled()).toBe(true);
  });

  it('an already aborted signal reads nothing', async () => {
    const { stream, cancelled } = stalling(5);
    const r = await validateStream(stream, { kind: 'table6Plan', signal: AbortSignal.abort() });
    expect([r.recordCount, r.issues.map((i) => i.code)]).toEqual([0, ['limit.aborted']]);
    expect(cancelled()).toBe(true);
  });
});
