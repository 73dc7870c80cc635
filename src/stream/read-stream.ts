/**
 * The streaming reader: `validateStream` and `parseStream` read a file as it arrives, with memory that
 * does not grow with its size, and give exactly what `validate` and `parse` give for the same bytes.
 * @module
 */
import type { ValidateResult } from '../api.js';
import { misuse } from '../errors.js';
import { summary } from '../summary.js';
import type { Issue } from '../issues/types.js';
import { normalizeParseOptions, type NormalizedParseOptions, type ParseOptions } from '../options.js';
import { ReadSession } from '../parse/read.js';
import type { RecordFor, SupportedKind, ValidRecordFor } from '../schemas/layouts.js';
import { openSource, type ByteSource, type SourceHandle } from './source.js';

export type { ByteSource } from './source.js';

/** What every record delivered by {@link parseStream} carries besides the record itself. */
export interface StreamedRecordBase<K extends SupportedKind> {
  /** The kind of the file (from the options or the file name): check it to narrow {@link StreamedRecord}. */
  readonly kind: K;
  /** 1-based record number: `issue.record` of the issues about it. */
  readonly recordNumber: number;
  /** 1-based physical line where the record starts. */
  readonly line: number;
  /** Byte offset in the file where the record starts. */
  readonly byteOffset: number;
  /**
   * The issues found in this record as it was read (field checks, record rules, its CSV and encoding
   * faults). The checks that need more of the file come later, in `result`: the one-version and
   * one-month rules on a later record, and the whole-file rules at the end (e.g. a missing grand
   * total). Issues past `maxIssues` are not listed (but {@link ok} still counts them).
   */
  readonly issues: readonly Issue[];
  /** True when the record had no error as it was read (see {@link issues}); its record is then validated. */
  readonly ok: boolean;
}

/**
 * One record delivered by {@link parseStream}, with where it is and what was found in it; discriminated
 * by `kind` and by `ok`: with `ok` true the record passed its checks and has the validated type
 * ({@link ValidRecordFor}), else it is as read (strings, {@link RecordFor}).
 */
export type StreamedRecord<K extends SupportedKind = SupportedKind> = K extends SupportedKind
  ?
      | (StreamedRecordBase<K> & { readonly ok: true /** The record, validated. */; readonly record: ValidRecordFor<K> })
      | (StreamedRecordBase<K> & { readonly ok: false /** The record, as `parse` gives it in `records`. */; readonly record: RecordFor<K> })
  : never;

/**
 * The records of a file being read, as an async iterable (single use), with the outcome in
 * {@link RecordStream.result}. Records are read as they are consumed: the source is read only as fast
 * as the loop takes records, and at most one piece of it (64 KiB) is read ahead.
 */
export interface RecordStream<K extends SupportedKind = SupportedKind> extends AsyncIterable<StreamedRecord<K>> {
  /**
   * The outcome, equal to `validate(wholeFile, options)`: every issue, counts, kind, version. Settles once
   * the iteration has ended (nothing is read until the records are iterated: to check a file without its
   * records, use {@link validateStream}). Rejects when the source fails (the same error is thrown into the
   * loop), and when the loop stops before the end (`break`): the file was not read to its end then. A
   * rejection nobody awaits is not reported as unhandled.
   */
  readonly result: Promise<ValidateResult>;
}

/**
 * Checks a file as it arrives, without holding it: the streaming form of `validate`, with the same
 * result for the same bytes, however they are cut into chunks. Memory stays bounded whatever the size
 * of the file: the unfinished record (at most `maxRecordBytes`, 1 MiB by default) and one 64 KiB piece,
 * plus what the file-level checks keep and the issues listed (at most `maxIssues`). Reading stops, and
 * the source is cancelled, as soon as nothing more can be learnt (no kind, a UTF-8 file) or a limit says
 * so (`maxFileBytes`, `maxRecords`).
 *
 * One difference from `validate` is possible, in what is read rather than in the result: whether a file
 * is UTF-8 can only be known at its end when it is valid UTF-8 throughout (pure ASCII, say). The reader
 * holds back up to 1 MiB to decide; a longer file still undecided by then is read as MS932, and if it
 * ends up being UTF-8 the result is `validate`'s (`encoding.utf8` only). A file with MS932 Japanese text
 * is decided at its first double-byte character.
 *
 * @example Node
 * ```ts
 * // fs: Node's file-system module
 * const r = await validateStream(fs.createReadStream(path), { fileName: path });
 * ```
 * @example Browser
 * ```ts
 * const r = await validateStream(file.stream(), { fileName: file.name });
 * ```
 * @returns The result; it rejects only when the source fails (an I/O error, a chunk that is not a
 *   Uint8Array).
 * @throws TypeError for a source that is not a stream or iterable, or a bad option (API misuse).
 */
export function validateStream(source: ByteSource, options?: ParseOptions): Promise<ValidateResult> {
  const o = normalizeParseOptions(options, 'validateStream');
  const pieces = openSource(source, 'validateStream');
  return (async () => {
    const session = new ReadSession(o, null);
    // Entered even when there is nothing to read (no kind), so that leaving it releases the source.
    for await (const piece of watched(pieces, session, o)) {
      if (session.done) break;
      session.write(piece);
      if (session.done) break;
    }
    return summary(session.end());
  })();
}

/**
 * Reads a file as it arrives and delivers its records one by one, each with the issues found in it: the
 * streaming form of `parse`. The records, and `result`, are exactly those of `parse(wholeFile, options)`
 * however the bytes are cut into chunks (for the one exception, a file only known to be UTF-8 at its
 * end, see {@link validateStream}: its records are delivered before `result` says `encoding.utf8`).
 * Memory stays bounded as with {@link validateStream}: records are not kept once delivered.
 *
 * @example
 * ```ts
 * const stream = parseStream(fs.createReadStream(path), { fileName: path, kind: 'table6Plan' });
 * for await (const { record, recordNumber, ok } of stream) {
 *   if (ok) await db.insert(record); else quarantine.push(recordNumber);
 * }
 * const result = await stream.result;   // every issue, including the whole-file checks
 * if (!result.ok) console.error(result.issues);
 * ```
 * @throws TypeError for a source that is not a stream or iterable, or a bad option (API misuse).
 */
export function parseStream<K extends SupportedKind>(source: ByteSource, options: ParseOptions & { readonly kind: K }): RecordStream<K>;
export function parseStream(source: ByteSource, options?: ParseOptions): RecordStream;
export function parseStream(source: ByteSource, options?: ParseOptions): RecordStream {
  const o = normalizeParseOptions(options, 'parseStream');
  const pieces = openSource(source, 'parseStream');
  let settle!: { resolve: (r: ValidateResult) => void; reject: (e: unknown) => void };
  const result = new Promise<ValidateResult>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // A consumer that never looks at `result` must not see an unhandled rejection.
  result.catch(() => undefined);
  let started = false;
  return {
    result,
    [Symbol.asyncIterator](): AsyncIterator<StreamedRecord> {
      if (started) misuse('ERR_CAREPLAN_STATE', 'parseStream', 'a parseStream can be iterated only once');
      started = true;
      return records(pieces, o, settle);
    },
  };
}

const NO_ISSUES: readonly Issue[] = Object.freeze([]);

const STOP = Symbol('stop');
const noop = (): void => undefined;
/** Longest timer delay (a longer one fires at once). */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * The pieces of the source, as long as the signal and the deadline allow: while waiting for the next
 * chunk, an abort or the deadline stops the session at once ({@link ReadSession.stopNow}), releases the
 * source (see {@link SourceHandle}) and ends the sequence. Without a signal or a deadline it is the pieces
 * themselves. Leaving early (`break`) releases the source as before.
 */
async function* watched(
  pieces: (handle?: SourceHandle) => AsyncGenerator<Uint8Array, void, undefined>,
  session: ReadSession,
  o: NormalizedParseOptions,
): AsyncGenerator<Uint8Array, void, undefined> {
  const signal = o.signal;
  if (signal === null && o.deadlineMs === null) {
    yield* pieces();
    return;
  }
  let wake: () => void = noop;
  const stopped = new Promise<typeof STOP>((resolve) => {
    wake = () => resolve(STOP);
  });
  signal?.addEventListener('abort', wake, { once: true });
  if (signal?.aborted === true) wake();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const left = session.msLeft;
  if (left <= MAX_DELAY) timer = setTimeout(wake, Math.max(0, left));
  const handle: SourceHandle = { release: noop };
  const it = pieces(handle);
  let finished = false;
  try {
    for (;;) {
      const next = it.next();
      const step = await Promise.race([next, stopped]);
      if (step === STOP) {
        finished = true;
        next.catch(noop);
        session.stopNow();
        handle.release();
        it.return(undefined).catch(noop);
        return;
      }
      if (step.done === true) {
        finished = true;
        return;
      }
      yield step.value;
    }
  } finally {
    signal?.removeEventListener('abort', wake);
    if (timer !== undefined) clearTimeout(timer);
    if (!finished) await it.return(undefined);
  }
}

async function* records(
  pieces: (handle?: SourceHandle) => AsyncGenerator<Uint8Array, void, undefined>,
  o: NormalizedParseOptions,
  settle: { resolve: (r: ValidateResult) => void; reject: (e: unknown) => void },
): AsyncGenerator<StreamedRecord, void, undefined> {
  let queue: StreamedRecord[] = [];
  let settled = false;
  const session: ReadSession = new ReadSession(o, (record, recordNumber, line, byteOffset, issuesFrom, errorsBefore) => {
    const collector = session.issues;
    const listed = collector.issues;
    let issues = NO_ISSUES;
    if (listed.length > issuesFrom) issues = listed.slice(issuesFrom).filter((i) => i.record === recordNumber);
    queue.push({
      kind: session.kind as SupportedKind,
      record: record as RecordFor<SupportedKind>,
      recordNumber,
      line,
      byteOffset,
      issues,
      ok: collector.errorCount === errorsBefore,
    } as StreamedRecord);
  });
  try {
    // Entered even when there is nothing to read (no kind), so that leaving it releases the source.
    for await (const piece of watched(pieces, session, o)) {
      if (session.done) break;
      session.write(piece);
      if (queue.length > 0) {
        const ready = queue;
        queue = [];
        for (const r of ready) yield r;
      }
      if (session.done) break;
    }
    const outcome = session.end();
    settled = true;
    settle.resolve(summary(outcome));
    for (const r of queue) yield r;
  } catch (e) {
    settled = true;
    settle.reject(e);
    throw e;
  } finally {
    if (!settled) settle.reject(new Error('careplan-csv: parseStream was not read to its end'));
  }
}
