import type { Issue } from '../issues/types.js';
import { misuse } from '../errors.js';
import { normalizeSerializeStreamOptions, requireKind, type SerializeOptions } from '../options.js';
import type { RecordInputFor, SupportedKind } from '../schemas/layouts.js';
import { RecordWriter } from './serialize.js';

/** Options of {@link serializeStream}: those of `serialize`, plus the chunk size. */
export interface SerializeStreamOptions extends SerializeOptions {
  /**
   * Bytes per emitted chunk (about: a chunk ends after the record that reaches it). Default 65,536; at least
   * 1,024. Memory use is about two chunks (one is held back until the next is full) plus one record,
   * whatever the number of records.
   */
  readonly chunkSize?: number;
}

/** What {@link serializeStream} found once every record was written. */
export interface SerializeStreamResult {
  /**
   * True when every byte of the file was emitted. False when a character could not be encoded, or (unless
   * `allowInvalid`) an error was found: the chunks emitted before that are a prefix of the file only, and
   * must be discarded (write to a temporary file and rename it only when `complete`).
   */
  readonly complete: boolean;
  /** Bytes emitted. */
  readonly byteLength: number;
  readonly recordCount: number;
  /** Every issue, of all records (the writer goes on checking after it has stopped emitting). */
  readonly issues: readonly Issue[];
  readonly ok: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
}

/**
 * The bytes of a file being written, as an async iterable of chunks (single use), with the outcome in
 * {@link SerializeStream.result}. Works with Node's `Readable.from(stream)` and `pipeline`, and with
 * `for await`.
 */
export interface SerializeStream extends AsyncIterable<Uint8Array> {
  /**
   * Resolves when the iteration has ended (the consumer drives the writer: nothing is written until the
   * chunks are read). A consumer that stops early (`break`, a failed `pipeline`) ends it too, with
   * `complete: false`. Rejects only when the record source itself throws.
   */
  readonly result: Promise<SerializeStreamResult>;
}

/**
 * Writes records as a canonical MS932 CSV file in chunks, with memory that does not grow with the number of
 * records: the streaming form of `serialize`, with the same bytes, checks and issues (byte offsets and lines
 * are those of the whole file). `records` may be an array, any iterable, or an async iterable (a database
 * cursor, a Node object-mode stream).
 *
 * Nothing invalid is emitted silently: once an error is found (unless `allowInvalid`) or a character cannot
 * be encoded, no further chunk is emitted, the remaining records are still checked, and
 * `result.complete` is false. The last chunk is held back until the checks of the whole file (one version,
 * one month, the file rules) have passed, so a complete-looking output always means `complete: true`.
 *
 * @example
 * ```ts
 * // Node: Readable and pipeline are Node's (stream, stream/promises)
 * const out = serializeStream('table6Plan', cursor, { fileName });
 * await pipeline(Readable.from(out), fs.createWriteStream(tmp));
 * const r = await out.result;
 * if (r.complete) fs.renameSync(tmp, fileName); else console.error(r.issues);
 * ```
 * The records are typed by kind ({@link RecordInputFor}), as for `serialize`: a misspelt key or a number for a
 * string is a compile-time error. Records of unknown type go through {@link serializeStreamUnknown}.
 * @throws TypeError for a wrong kind, records that are not iterable, or a bad option (API misuse).
 */
export function serializeStream<K extends SupportedKind>(
  kind: K,
  records: Iterable<RecordInputFor<K>> | AsyncIterable<RecordInputFor<K>>,
  options?: SerializeStreamOptions,
): SerializeStream {
  return serializeStreamUnknown(kind, records, options);
}

/**
 * {@link serializeStream} for records whose type is not known at compile time (JSON Lines from elsewhere, a
 * database driver's untyped rows): every key and value is checked at run time and reported as issues in
 * `result`, never thrown, exactly as `serializeUnknown` does for a whole array. Only API misuse throws.
 */
export function serializeStreamUnknown(
  kind: SupportedKind,
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options?: SerializeStreamOptions,
): SerializeStream {
  requireKind('serializeStream', kind);
  const sync = isIterable(records);
  if (!sync && !isAsyncIterable(records)) misuse('ERR_CAREPLAN_ARGUMENT', 'serializeStream', 'records must be an iterable or an async iterable');
  const o = normalizeSerializeStreamOptions(options);
  const chunkSize = o.chunkSize;

  let settle!: { resolve: (r: SerializeStreamResult) => void; reject: (e: unknown) => void };
  const result = new Promise<SerializeStreamResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A consumer that never looks at `result` must not see an unhandled rejection.
  result.catch(() => undefined);
  let started = false;

  let settled = false;
  const finish = (writer: RecordWriter, complete: boolean, emitted: number): void => {
    settled = true;
    const issues = writer.issues;
    settle.resolve({
      complete,
      byteLength: emitted,
      recordCount: writer.records,
      issues: issues.issues,
      ok: issues.errorCount === 0,
      errorCount: issues.errorCount,
      warningCount: issues.warningCount,
    });
  };

  async function* run(): AsyncGenerator<Uint8Array, void, undefined> {
    const writer = new RecordWriter(kind, o, chunkSize + 4096);
    let emitting = true;
    let emitted = 0;
    let held: Uint8Array | null = null;
    const stopIfInvalid = (): void => {
      if (emitting && (!writer.encodable || (writer.issues.errorCount > 0 && !o.allowInvalid))) {
        emitting = false;
        held = null;
      }
    };
    /** After a record: the chunk to emit now, if one is full (the newest is held back, the previous goes out). */
    const afterRecord = (): Uint8Array | null => {
      stopIfInvalid();
      if (!emitting) {
        writer.drop();
        return null;
      }
      if (writer.sink.pos < chunkSize) return null;
      const out = held;
      held = writer.take();
      return out;
    };
    try {
      if (sync) {
        for (const rec of records as Iterable<unknown>) {
          writer.write(rec);
          const out = afterRecord();
          if (out !== null) {
            emitted += out.length;
            yield out;
          }
        }
      } else {
        for await (const rec of records as AsyncIterable<unknown>) {
          writer.write(rec);
          const out = afterRecord();
          if (out !== null) {
            emitted += out.length;
            yield out;
          }
        }
      }
      writer.finish();
      stopIfInvalid();
      if (emitting) {
        const tail = writer.take();
        const last = held as Uint8Array | null;
        if (last !== null) {
          emitted += last.length;
          yield last;
        }
        if (tail.length > 0) {
          emitted += tail.length;
          yield tail;
        }
      }
      finish(writer, emitting, emitted);
    } catch (e) {
      settled = true;
      settle.reject(e);
      throw e;
    } finally {
      // The consumer stopped before the end (return() on the iterator): the file is not complete.
      if (!settled) finish(writer, false, emitted);
    }
  }

  return {
    result,
    [Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
      if (started) misuse('ERR_CAREPLAN_STATE', 'serializeStream', 'a serializeStream can be iterated only once');
      started = true;
      return run();
    },
  };
}

function isIterable(v: unknown): v is Iterable<unknown> {
  return v !== null && typeof v === 'object' && typeof (v as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
}

function isAsyncIterable(v: unknown): v is AsyncIterable<unknown> {
  return v !== null && typeof v === 'object' && typeof (v as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === 'function';
}
