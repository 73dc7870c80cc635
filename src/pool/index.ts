/**
 * `careplan-csv/pool` (Node only): a pool of worker threads that validate files with a time limit per
 * task, for servers that check untrusted uploads. A worker that does not answer in time is terminated and
 * replaced, so one hostile file never holds a thread (or the event loop) for long.
 *
 * Built on `node:worker_threads` rather than a pool library: what a relay needs (a hard per-task deadline
 * that terminates and replaces the worker, a bounded queue with a clear rejection, bytes moved without a
 * copy) is about as much code as adapting tinypool or piscina to it, and keeps the package free of
 * runtime dependencies and of a worker file resolved by a third party from the built dist.
 *
 * @example
 * ```ts
 * import { createValidationPool } from 'careplan-csv/pool';
 * const pool = createValidationPool({ size: 2, deadlineMs: 2000, limits: { maxFileBytes: 32 * 2 ** 20 } });
 * const result = await pool.validate(request, { fileName });   // a Node stream, ReadableStream or bytes
 * await pool.close();
 * ```
 * @module
 */
import { availableParallelism, cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { summary, type ParseInput, type ValidateResult } from '../api.js';
import { misuse } from '../errors.js';
import { normalizeParseOptions, type ParseOptions, type ReadLimits } from '../options.js';
import { ReadSession } from '../parse/read.js';
import { openSource, type ByteSource, type SourceHandle } from '../stream/source.js';

export type { ValidateResult } from '../api.js';
export type { ByteSource } from '../stream/source.js';

/** Options of {@link createValidationPool}. */
export interface ValidationPoolOptions {
  /** Worker threads (default: the number of CPUs, at least 1). */
  readonly size?: number;
  /**
   * Most milliseconds per task, from the call (reading the upload included); default 2000. The worker
   * stops reading itself at the deadline (`limit.deadline`); one that does not answer soon after is
   * terminated and replaced, and the task gets the same result.
   */
  readonly deadlineMs?: number;
  /** Limits applied to every task (a task's own options override them). */
  readonly limits?: ReadLimits;
  /** Most tasks waiting for a worker (default 64 per worker); past it, `validate` rejects with {@link PoolQueueFullError}. */
  readonly maxQueue?: number;
  /** How long past its deadline a worker may take to answer before it is terminated (default 250 ms). */
  readonly graceMs?: number;
}

/** Options of one task: those of `validate` (`deadlineMs` overrides the pool's), and a size hint. */
export interface PoolTaskOptions extends ParseOptions {
  /**
   * The size a stream is expected to have (an HTTP Content-Length): the buffer it is read into is made
   * that size at once (at most `maxFileBytes` + 1) instead of grown. A wrong hint costs only a regrowth.
   */
  readonly expectedBytes?: number;
}

/** What {@link ValidationPool.validate} reads: bytes, text, or a stream (read into memory up to `maxFileBytes`). */
export type PoolInput = ParseInput | ByteSource;

/** A pool of validating workers (see {@link createValidationPool}). */
export interface ValidationPool {
  /**
   * Validates one file in a worker: the result equals `validate(bytes, options)` when the deadline is
   * not reached. A stream is read here first, up to `maxFileBytes` (a stream that stalls is stopped by
   * the deadline or the signal, and released). Rejects only with {@link PoolQueueFullError}, when the pool
   * is closed, or for misuse (TypeError).
   */
  validate(input: PoolInput, options?: PoolTaskOptions): Promise<ValidateResult>;
  /**
   * Validates many files, at most as many at once as the pool has workers plus its queue allows, and gives
   * the results in the order of `items` (the CLI's `validate --jobs`).
   */
  validateMany(items: Iterable<{ readonly input: PoolInput; readonly options?: PoolTaskOptions }>): Promise<ValidateResult[]>;
  /** Workers, busy ones, tasks waiting, and workers replaced after a deadline or a crash. */
  readonly stats: { readonly size: number; readonly busy: number; readonly queued: number; readonly replaced: number };
  /** Stops the workers; tasks waiting or running reject. */
  close(): Promise<void>;
}

/** `validate` was called with the queue full: answer "busy" (HTTP 503) and let the client retry. */
export class PoolQueueFullError extends Error {
  readonly code = 'ERR_CAREPLAN_POOL_QUEUE_FULL';
  constructor(readonly maxQueue: number) {
    super(`careplan-csv: the validation pool's queue is full (${maxQueue} tasks waiting)`);
    this.name = 'PoolQueueFullError';
  }
}

interface Task {
  readonly id: number;
  readonly bytes: Uint8Array | string;
  /** The bytes are the pool's own copy (read from a stream): moved to the worker, not copied. */
  readonly own: boolean;
  readonly options: ParseOptions;
  readonly deadlineAt: number;
  readonly signal: AbortSignal | null;
  readonly resolve: (r: ValidateResult) => void;
  readonly reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  task: Task | null;
  timer: ReturnType<typeof setTimeout> | null;
  onAbort: (() => void) | null;
}

/** The worker file next to this module in dist (ESM: pool-worker.js, CJS: pool-worker.cjs). */
function workerUrl(): URL {
  if (typeof __filename === 'string') return new URL('./pool-worker.cjs', pathToFileURL(__filename));
  return new URL('./pool-worker.js', import.meta.url);
}

function positiveInt(v: unknown, name: string, fallback: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    misuse('ERR_CAREPLAN_OPTION_VALUE', 'createValidationPool', `option "${name}" must be a positive integer`);
  }
  return v;
}

/** The result of a task stopped before (or without) an answer from its worker: `code` at the start. */
function stoppedResult(options: ParseOptions, code: 'limit.aborted' | 'limit.deadline'): ValidateResult {
  const { signal: _, ...rest } = options;
  const session = new ReadSession(normalizeParseOptions(rest), null);
  session.stopNow(code);
  return summary(session.end());
}

/** Reads a stream into one buffer, up to one byte past `maxFileBytes`, within the deadline and the signal. */
async function readAll(
  source: ByteSource,
  expectedBytes: number,
  maxFileBytes: number,
  deadlineAt: number,
  signal: AbortSignal | null,
): Promise<Uint8Array | 'limit.aborted' | 'limit.deadline'> {
  const pieces = openSource(source, 'pool.validate');
  const handle: SourceHandle = { release: () => undefined };
  const it = pieces(handle);
  let wake: (code: 'limit.aborted' | 'limit.deadline') => void = () => undefined;
  const stop = new Promise<'limit.aborted' | 'limit.deadline'>((resolve) => {
    wake = resolve;
  });
  const onAbort = (): void => wake('limit.aborted');
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted === true) onAbort();
  const timer = setTimeout(() => wake('limit.deadline'), Math.max(0, deadlineAt - Date.now()));
  // One buffer, grown by doubling: each piece is copied once (the source may reuse its buffer), and the
  // buffer is then moved to the worker without a copy.
  const cap = maxFileBytes + 1;
  let buf = new Uint8Array(Math.min(cap, expectedBytes > 0 ? expectedBytes : 64 * 1024));
  let total = 0;
  let finished = false;
  try {
    while (total < cap) {
      const next = it.next();
      const step = await Promise.race([next, stop]);
      if (typeof step === 'string') {
        finished = true;
        next.catch(() => undefined);
        handle.release();
        it.return(undefined).catch(() => undefined);
        return step;
      }
      if (step.done === true) {
        finished = true;
        break;
      }
      const piece = step.value.length <= cap - total ? step.value : step.value.subarray(0, cap - total);
      if (total + piece.length > buf.length) {
        const grown = new Uint8Array(Math.min(cap, Math.max(total + piece.length, buf.length * 2)));
        grown.set(buf.subarray(0, total));
        buf = grown;
      }
      buf.set(piece, total);
      total += piece.length;
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    if (!finished) await it.return(undefined);
  }
  return buf.subarray(0, total);
}

/**
 * Creates a pool of worker threads that validate files (see the module comment). Throws a TypeError for
 * a bad option.
 */
export function createValidationPool(options: ValidationPoolOptions = {}): ValidationPool {
  const parallel = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;
  const size = positiveInt(options.size, 'size', Math.max(1, parallel));
  const poolDeadline = options.deadlineMs ?? 2000;
  if (typeof poolDeadline !== 'number' || !(poolDeadline > 0)) {
    misuse('ERR_CAREPLAN_OPTION_VALUE', 'createValidationPool', 'option "deadlineMs" must be a positive number, or Infinity');
  }
  const maxQueue = positiveInt(options.maxQueue, 'maxQueue', 64 * size);
  const graceMs = options.graceMs ?? 250;
  if (typeof graceMs !== 'number' || !(graceMs >= 0) || !Number.isFinite(graceMs)) {
    misuse('ERR_CAREPLAN_OPTION_VALUE', 'createValidationPool', 'option "graceMs" must be a number of milliseconds');
  }
  const limits: ReadLimits = { ...options.limits };
  normalizeParseOptions(limits); // misuse throws here, not per task
  const url = workerUrl();
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let replaced = 0;
  let closed = false;

  /** A new slot: a worker with its listeners. */
  function spawn(): Slot {
    const slot: Slot = { worker: new Worker(url), task: null, timer: null, onAbort: null };
    attach(slot);
    return slot;
  }

  /** Forgets the slot's task and its timer and listener. */
  function settle(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    if (slot.onAbort !== null) slot.task?.signal?.removeEventListener('abort', slot.onAbort);
    slot.timer = null;
    slot.onAbort = null;
    slot.task = null;
    slot.worker.unref(); // an idle pool does not keep the process alive
  }

  /** Terminates the slot's worker and puts a new one in its place. */
  function replace(slot: Slot): void {
    const old = slot.worker;
    old.removeAllListeners('message');
    old.removeAllListeners('error');
    old.on('error', () => undefined);
    void old.terminate();
    replaced++;
    if (closed) return;
    slot.worker = new Worker(url);
    attach(slot);
  }

  /** Listens to the slot's worker: its answers, and its crash (the task fails, the worker is replaced). */
  function attach(slot: Slot): void {
    slot.worker.on('message', (reply: { id: number; result?: ValidateResult; error?: string }) => {
      const task = slot.task;
      if (task === null || task.id !== reply.id) return;
      settle(slot);
      if (reply.error !== undefined) task.reject(new Error(`careplan-csv: the validation worker failed: ${reply.error}`));
      else task.resolve(reply.result as ValidateResult);
      pump();
    });
    slot.worker.on('error', () => {
      const task = slot.task;
      settle(slot);
      replace(slot);
      task?.reject(new Error('careplan-csv: the validation worker stopped unexpectedly'));
      pump();
    });
    slot.worker.unref();
  }

  /** Stops the running task of `slot` with `code`: its worker is terminated and replaced. */
  function cut(slot: Slot, code: 'limit.aborted' | 'limit.deadline'): void {
    const task = slot.task;
    if (task === null) return;
    settle(slot);
    replace(slot);
    task.resolve(stoppedResult(task.options, code));
    pump();
  }

  function run(slot: Slot, task: Task): void {
    slot.task = task;
    slot.worker.ref(); // a task waited for keeps the process alive
    const left = task.deadlineAt - Date.now();
    if (left <= 0) {
      slot.task = null;
      task.resolve(stoppedResult(task.options, 'limit.deadline'));
      return;
    }
    if (task.deadlineAt !== Number.POSITIVE_INFINITY) slot.timer = setTimeout(() => cut(slot, 'limit.deadline'), left + graceMs);
    if (task.signal !== null) {
      slot.onAbort = () => cut(slot, 'limit.aborted');
      task.signal.addEventListener('abort', slot.onAbort, { once: true });
    }
    const deadlineMs = task.deadlineAt === Number.POSITIVE_INFINITY ? undefined : left;
    const { signal: _, ...rest } = task.options;
    const posted = deadlineMs === undefined ? rest : { ...rest, deadlineMs };
    // The pool's own bytes are moved (the caller's are copied by postMessage).
    slot.worker.postMessage(
      { id: task.id, bytes: task.bytes, options: posted },
      task.own && typeof task.bytes !== 'string' ? [task.bytes.buffer as ArrayBuffer] : [],
    );
  }

  function pump(): void {
    for (const slot of slots) {
      if (queue.length === 0) return;
      if (slot.task !== null) continue;
      run(slot, queue.shift() as Task);
    }
  }

  for (let i = 0; i < size; i++) slots.push(spawn());

  async function validate(input: PoolInput, taskOptions: PoolTaskOptions = {}): Promise<ValidateResult> {
    if (closed) misuse('ERR_CAREPLAN_STATE', 'pool.validate', 'the validation pool is closed');
    const { expectedBytes, ...parseOptions } = taskOptions;
    if (expectedBytes !== undefined && !(Number.isSafeInteger(expectedBytes) && expectedBytes >= 0)) {
      misuse('ERR_CAREPLAN_OPTION_VALUE', 'pool.validate', 'option "expectedBytes" must be a whole number');
    }
    const merged: ParseOptions = { ...limits, ...parseOptions };
    const o = normalizeParseOptions(merged); // misuse throws a TypeError
    const started = Date.now();
    const deadlineMs = o.deadlineMs ?? (parseOptions.deadlineMs === undefined ? poolDeadline : Number.POSITIVE_INFINITY);
    const deadlineAt = deadlineMs === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : started + deadlineMs;
    if (queue.length >= maxQueue) throw new PoolQueueFullError(maxQueue);
    let bytes: Uint8Array | string;
    let own = false;
    if (input instanceof Uint8Array) bytes = input;
    else if (input instanceof ArrayBuffer) bytes = new Uint8Array(input);
    else if (typeof input === 'string')
      bytes = input; // encoded to MS932 in the worker, as `validate` does
    else {
      const read = await readAll(input, expectedBytes ?? 0, o.limits.maxFileBytes, deadlineAt, o.signal);
      if (typeof read === 'string') return stoppedResult(merged, read);
      bytes = read;
      own = true;
    }
    if (closed) misuse('ERR_CAREPLAN_STATE', 'pool.validate', 'the validation pool is closed');
    if (o.signal?.aborted === true) return stoppedResult(merged, 'limit.aborted');
    return new Promise<ValidateResult>((resolve, reject) => {
      const task: Task = { id: nextId++, bytes, own, options: merged, deadlineAt, signal: o.signal, resolve, reject };
      const idle = slots.find((s) => s.task === null);
      if (idle !== undefined) run(idle, task);
      else if (queue.length >= maxQueue) reject(new PoolQueueFullError(maxQueue));
      else queue.push(task);
    });
  }

  return {
    validate,
    async validateMany(items) {
      const list = [...items];
      const results: ValidateResult[] = new Array(list.length);
      let next = 0;
      const lanes = Math.min(list.length, size * 2);
      await Promise.all(
        Array.from({ length: lanes }, async () => {
          while (next < list.length) {
            const i = next++;
            const item = list[i] as { input: PoolInput; options?: PoolTaskOptions };
            results[i] = await validate(item.input, item.options);
          }
        }),
      );
      return results;
    },
    get stats() {
      return { size, busy: slots.filter((s) => s.task !== null).length, queued: queue.length, replaced };
    },
    async close() {
      closed = true;
      const error = new Error('careplan-csv: the validation pool was closed');
      for (const t of queue.splice(0)) t.reject(error);
      await Promise.all(
        slots.map(async (slot) => {
          const task = slot.task;
          settle(slot);
          task?.reject(error);
          slot.worker.removeAllListeners('error');
          slot.worker.on('error', () => undefined);
          await slot.worker.terminate();
        }),
      );
    },
  };
}
