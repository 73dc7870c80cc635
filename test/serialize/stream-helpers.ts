import type { SerializeStream, SerializeStreamResult } from '../../src/serialize/stream.js';

/** Reads a serializeStream to the end: its chunks, their concatenation, and the result. */
export async function drain(s: SerializeStream): Promise<{ chunks: Uint8Array[]; bytes: Uint8Array; result: SerializeStreamResult }> {
  const chunks: Uint8Array[] = [];
  for await (const c of s) chunks.push(c);
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let p = 0;
  for (const c of chunks) {
    bytes.set(c, p);
    p += c.length;
  }
  return { chunks, bytes, result: await s.result };
}

/** The records as an async source that yields to the event loop between records. */
export async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}
