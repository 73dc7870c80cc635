/**
 * The byte sources the streaming reader accepts, read as one async sequence of bounded pieces.
 * @module
 */

import { misuse } from '../errors.js';
/**
 * Bytes that arrive over time: a WHATWG `ReadableStream<Uint8Array>` (`file.stream()`, `response.body`),
 * any `AsyncIterable<Uint8Array>` (a Node `Readable` such as `fs.createReadStream(path)`), or an
 * `Iterable<Uint8Array>` (an array of chunks). Node `Buffer`s are `Uint8Array`s.
 */
export type ByteSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/** Largest piece handed to the reader at once: big chunks are read in pieces of this size (no copy). */
export const PIECE_BYTES = 64 * 1024;

function isReadableStream(v: object): v is ReadableStream<Uint8Array> {
  return typeof (v as { getReader?: unknown }).getReader === 'function';
}

function isAsyncIterable(v: object): v is AsyncIterable<Uint8Array> {
  return typeof (v as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}

function isIterable(v: object): v is Iterable<Uint8Array> {
  return typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

/** Whether `v` is a source {@link openSource} reads: a ReadableStream, an AsyncIterable or an Iterable (not bytes). */
export function isByteSource(v: unknown): v is ByteSource {
  if (v === null || typeof v !== 'object' || ArrayBuffer.isView(v) || v instanceof ArrayBuffer) return false;
  return isReadableStream(v) || isAsyncIterable(v) || isIterable(v);
}

/**
 * Checks a source (API misuse throws a TypeError at once) and returns a function that reads it: an async
 * generator of pieces of at most {@link PIECE_BYTES} bytes. Ending the generator early (`return()`, as
 * `break` in `for await` does) cancels a ReadableStream and ends an iterator (a Node stream is destroyed).
 */
/**
 * Set by the pieces generator: releases the source at once, even while a read is pending (cancels a
 * ReadableStream's reader, destroys a Node stream). For an iterable without such a means, it does nothing,
 * and the source is released only when its pending read settles.
 */
export interface SourceHandle {
  release: () => void;
}

export function openSource(source: unknown, fn: string): (handle?: SourceHandle) => AsyncGenerator<Uint8Array, void, undefined> {
  if (source === null || typeof source !== 'object' || ArrayBuffer.isView(source) || source instanceof ArrayBuffer) {
    misuse(
      'ERR_CAREPLAN_ARGUMENT',
      fn,
      'source must be a ReadableStream, an AsyncIterable or an Iterable of Uint8Array chunks ' +
        '(for bytes already in memory use parse/validate, or pass [bytes])',
    );
  }
  let chunks: (handle?: SourceHandle) => AsyncIterable<unknown> | Iterable<unknown>;
  const destroy = (): void => {
    const d = (source as { destroy?: unknown }).destroy;
    if (typeof d === 'function') d.call(source);
  };
  if (isReadableStream(source)) chunks = (handle) => readableChunks(source, handle);
  else if (isAsyncIterable(source)) {
    chunks = (handle) => {
      if (handle !== undefined) handle.release = destroy;
      return source;
    };
  } else if (isIterable(source)) chunks = () => source;
  else {
    misuse('ERR_CAREPLAN_ARGUMENT', fn, 'source must be a ReadableStream, an AsyncIterable or an Iterable of Uint8Array chunks');
  }
  return async function* pieces(handle?: SourceHandle) {
    for await (const chunk of chunks(handle)) {
      if (!(chunk instanceof Uint8Array)) {
        misuse('ERR_CAREPLAN_ARGUMENT', fn, `the source yielded ${describe(chunk)}, not a Uint8Array`);
      }
      const n = chunk.length;
      if (n <= PIECE_BYTES) {
        if (n > 0) yield chunk;
        continue;
      }
      for (let i = 0; i < n; i += PIECE_BYTES) yield chunk.subarray(i, Math.min(n, i + PIECE_BYTES));
    }
  };
}

function describe(v: unknown): string {
  if (typeof v === 'string') return 'a string (do not set an encoding on the stream)';
  if (v === null) return 'null';
  return typeof v === 'object' ? `a ${Object.prototype.toString.call(v).slice(8, -1)}` : `a ${typeof v}`;
}

/** The chunks of a ReadableStream, through a reader (async iteration of ReadableStream is not everywhere). */
async function* readableChunks(stream: ReadableStream<Uint8Array>, handle?: SourceHandle): AsyncGenerator<unknown, void, undefined> {
  const reader = stream.getReader();
  if (handle !== undefined) {
    handle.release = () => {
      reader.cancel().catch(() => undefined);
    };
  }
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        finished = true;
        return;
      }
      yield value;
    }
  } finally {
    if (finished) reader.releaseLock();
    else await reader.cancel().catch(() => undefined);
  }
}
