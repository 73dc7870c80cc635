/**
 * The validation pool's machinery (see index.ts for the public face): worker threads with a deadline per
 * task, a bounded queue, uploads streamed to a worker with backpressure, and the CLI's unit reads.
 * Internal to src/pool and src/cli.
 * @module
 */
import { availableParallelism, cpus } from 'node:os';
import { pathToFileURL } from 'node:url';
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { ParseInput, ValidateResult } from '../api.js';
import { CareplanUsageError, misuse, typeName } from '../errors.js';
import { normalizeParseOptions, type NormalizedParseOptions, type ParseOptions, type ReadLimits } from '../options.js';
import { isByteSource, openSource, type ByteSource, type SourceHandle } from '../stream/source.js';
import type { FromWorker, ToWorker, UnitFileOutcome, UnitFileTask } from './protocol.js';
import { type StopCode, stoppedResult } from './stopped.js';

export { stoppedResult };

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
   * The size a stream is expected to have (an HTTP Content-Length): a small upload is gathered in a
   * buffer made that size at once instead of grown. A wrong hint costs only a regrowth.
   */
  readonly expectedBytes?: number;
}

/** What {@link ValidationPool.validate} reads: bytes, text, or a stream. */
export type PoolInput = ParseInput | ByteSource;

/** A pool of validating workers (see {@link createValidationPool}). */
export interface ValidationPool {
  /**
   * Validates one file in a worker: the result equals `validate(bytes, options)` when the deadline is
   * not reached. A stream of at most 256 KiB is gathered here first, then handed over whole; a longer one
   * is streamed to a worker piece by piece as it arrives (at most 1 MiB on its way, the source is not
   * read faster than the worker reads), so memory does not follow the size of uploads. A stream that
   * stalls is stopped by the deadline or the signal, and released. Rejects only with
   * {@link PoolQueueFullError}, when the pool is closed, when the stream fails (the error it threw), or
   * for misuse (TypeError).
   */
  validate(input: PoolInput, options?: PoolTaskOptions): Promise<ValidateResult>;
  /**
   * Validates many files, at most as many at once as the pool has workers plus its queue allows, and gives
   * the results in the order of `items` (what the CLI's `validate --jobs` does, with the send-unit checks).
   * Each item is `{ input, options? }`, as the arguments of {@link validate}. Every item is checked before
   * any is sent: a misused one rejects the call with a TypeError naming it (`items[3]: …`), nothing started.
   * A busy worker is given up to four of them ahead (files of at most 256 KiB), so that it goes from one
   * file to the next without waiting for this thread; each one's deadline counts from this call.
   */
  validateMany(items: Iterable<{ readonly input: PoolInput; readonly options?: PoolTaskOptions }>): Promise<ValidateResult[]>;
  /**
   * Workers, busy ones, tasks waiting (not those of a batch already sent ahead to a busy worker), and
   * workers replaced after a deadline or a crash. A worker that has sent its answer counts as free at once,
   * even before the event of the answer has run on this thread.
   */
  readonly stats: { readonly size: number; readonly busy: number; readonly queued: number; readonly replaced: number };
  /** Stops the workers; tasks waiting or running reject. */
  close(): Promise<void>;
}

/** The pool with the CLI's own task: reading CSV files of a batch for the unit checks. @internal */
export interface PoolCore extends ValidationPool {
  /**
   * Reads the files in a worker (no deadline) as the CLI's `validate` reads them, and validates each with
   * `readUnitCsv(bytes, { ...options, fileName: path }, plan)`. Pass the same `options` object every time:
   * it is sent to each worker once.
   */
  readUnits(files: readonly UnitFileTask[], options: NormalizedParseOptions, maxFileBytes: number): Promise<readonly UnitFileOutcome[]>;
  /** As `validate(bytes, options)`, the bytes being the caller's own to give: moved to the worker, not copied. */
  validateOwned(bytes: Uint8Array, options: PoolTaskOptions): Promise<ValidateResult>;
  /**
   * Whether a worker is free and no task waits (a task given now would start at once); the answers the
   * workers have sent are taken first (see `poll`).
   */
  idle(): boolean;
}

/** `validate` was called with the queue full: answer "busy" (HTTP 503) and let the client retry. */
export class PoolQueueFullError extends Error {
  readonly code = 'ERR_CAREPLAN_POOL_QUEUE_FULL';
  constructor(readonly maxQueue: number) {
    super(`careplan-csv: the validation pool's queue is full (${maxQueue} tasks waiting)`);
    this.name = 'PoolQueueFullError';
  }
}

/**
 * Most batch tasks sent to a worker ahead of the one it reads (see `Slot.ahead`): enough to keep it busy
 * while this thread waits for a turn on a core its workers keep busy.
 */
const MAX_AHEAD = 4;

/** A stream up to this size is gathered and handed over whole; a longer one is streamed to a worker. */
export const GATHER_BYTES = 256 * 1024;
/** Most bytes of one stream sent to its worker and not yet read there (backpressure). */
export const WINDOW_BYTES = 1024 * 1024;

/** A stream being read: its pieces come one by one; `stop` settles when the deadline or the signal says so. */
interface Upload {
  readonly it: AsyncGenerator<Uint8Array, void, undefined>;
  readonly handle: SourceHandle;
  readonly stop: Promise<StopCode>;
  /** Pieces read and not yet sent (the first 256 KiB, read before a worker was free). */
  readonly held: Uint8Array[];
  /** Bytes sent and not yet acknowledged by the worker. */
  inFlight: number;
  /** Wakes the sender when the worker acknowledges a piece. */
  wake: (() => void) | null;
  /** Set once the task has its answer (or failed): the sender stops. */
  over: boolean;
  /** Set when the deadline or the signal has said stop. */
  stopped: boolean;
  readonly dispose: () => void;
}

interface Task {
  readonly id: number;
  readonly message: ToWorker;
  readonly transfer: ArrayBuffer[];
  readonly options: ParseOptions;
  readonly deadlineAt: number;
  readonly signal: AbortSignal | null;
  /** A stream to send after `message` (an `open`), or null. */
  readonly upload: Upload | null;
  /**
   * A short task of a batch, which may be sent to a worker still busy with another one, so that the worker
   * goes on without waiting for this thread between the two (see {@link Slot.ahead}): a `readUnits` task
   * (no deadline, no signal: waiting changes nothing but when it runs), or a `validateMany` file of at most
   * {@link GATHER_BYTES} (a few milliseconds of reading, so that a task sent ahead never waits long behind
   * another while a different worker is free).
   */
  readonly batch: boolean;
  readonly resolve: (r: FromWorker) => void;
  readonly reject: (e: unknown) => void;
}

interface Slot {
  worker: Worker;
  /**
   * Where the worker answers (not its own port): the pool reads it at once when it looks for a free worker
   * ({@link receiveMessageOnPort}), so a worker that has answered is free again even while this thread is
   * busy and the answer's event has not run yet.
   */
  port: MessagePort;
  task: Task | null;
  /**
   * Batch tasks already sent to the worker behind `task` (also a batch task), at most {@link MAX_AHEAD},
   * which it reads one after the other: without them, the worker would sit idle after each task for as
   * long as this thread takes to hear the answer and send the next one (29 % of a worker's time on 10,000
   * small files, measured). The first becomes `task` when `task` is answered; when the worker is replaced
   * they go back to the head of the queue.
   */
  ahead: Task[];
  timer: ReturnType<typeof setTimeout> | null;
  onAbort: (() => void) | null;
  /** A cancelled upload's task: the slot is free once the worker says so (or its timer cuts it). */
  draining: boolean;
  /** The options of `units` tasks last sent to this worker. */
  unitOptions: NormalizedParseOptions | null;
}

/**
 * Most MiB of a worker's young generation. V8 grows it up to 48 MiB per thread under a high allocation
 * rate; the validator's garbage dies young, so a smaller one costs no time (measured: slightly less CPU per
 * task) and keeps the memory of a busy pool, and of serve under hostile load, well under its ceiling.
 */
const WORKER_YOUNG_MB = 16;

function newWorker(url: URL): { worker: Worker; port: MessagePort } {
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(url, {
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    workerData: { replies: port2 },
    transferList: [port2],
  });
  return { worker, port: port1 };
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

/** A task whose input and options were checked (see `prepare` in {@link createValidationPool}). */
interface Prepared {
  readonly input: PoolInput;
  readonly expectedBytes: number | undefined;
  /** The caller's reading options, without `expectedBytes`. */
  readonly parseOptions: ParseOptions;
  /** The pool's limits, then the caller's options. */
  readonly merged: ParseOptions;
  readonly o: NormalizedParseOptions;
}

/** Whether `v` is something {@link ValidationPool.validate} reads: bytes, text, or a source of chunks. */
function isPoolInput(v: unknown): v is PoolInput {
  return v instanceof Uint8Array || v instanceof ArrayBuffer || typeof v === 'string' || isByteSource(v);
}

/** Starts reading a stream: its pieces, and a promise that settles at the deadline or on abort. */
function openUpload(source: ByteSource, deadlineAt: number, signal: AbortSignal | null): Upload {
  const handle: SourceHandle = { release: () => undefined };
  const it = openSource(source, 'pool.validate')(handle);
  let wake: (code: StopCode) => void = () => undefined;
  const stop = new Promise<StopCode>((resolve) => {
    wake = resolve;
  });
  const onAbort = (): void => wake('limit.aborted');
  signal?.addEventListener('abort', onAbort, { once: true });
  if (signal?.aborted === true) onAbort();
  const timer = deadlineAt === Number.POSITIVE_INFINITY ? null : setTimeout(() => wake('limit.deadline'), Math.max(0, deadlineAt - Date.now()));
  const u: Upload = {
    it,
    handle,
    stop,
    held: [],
    inFlight: 0,
    wake: null,
    over: false,
    stopped: false,
    dispose: () => {
      if (timer !== null) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    },
  };
  // A sender waiting for the worker to catch up hears the deadline and the signal too.
  void stop.then(() => {
    u.stopped = true;
    const w = u.wake;
    u.wake = null;
    w?.();
  });
  return u;
}

/** Stops reading a stream and releases it (a pending read is dropped). */
function release(u: Upload): void {
  u.over = true;
  u.dispose();
  u.handle.release();
  u.it.return(undefined).catch(() => undefined);
  const w = u.wake;
  u.wake = null;
  w?.();
}

/**
 * Gathers a stream's first pieces, up to {@link GATHER_BYTES} + one piece: `whole` when it ended by
 * then (one buffer, to be moved to a worker), `more` when it goes on (the pieces are in `held`), or the
 * code that stopped it.
 */
async function gather(u: Upload, expectedBytes: number): Promise<{ whole: Uint8Array } | 'more' | StopCode> {
  let buf = new Uint8Array(Math.min(GATHER_BYTES, expectedBytes > 0 ? expectedBytes : 16 * 1024));
  let total = 0;
  while (total <= GATHER_BYTES) {
    const next = u.it.next();
    const step = await Promise.race([next, u.stop]);
    if (typeof step === 'string') {
      next.catch(() => undefined);
      release(u);
      return step;
    }
    if (step.done === true) {
      u.dispose();
      return { whole: buf.subarray(0, total) };
    }
    const piece = step.value;
    if (total + piece.length > GATHER_BYTES) {
      // Longer than what is gathered: streamed from here, from the gathered bytes on.
      if (total > 0) u.held.push(buf.slice(0, total));
      u.held.push(new Uint8Array(piece)); // a copy (a Buffer's slice would share its memory)
      return 'more';
    }
    if (total + piece.length > buf.length) {
      const grown = new Uint8Array(Math.min(GATHER_BYTES, Math.max(total + piece.length, buf.length * 2)));
      grown.set(buf.subarray(0, total));
      buf = grown;
    }
    // Copied: the source may reuse its buffer, and the gathered one is moved to the worker.
    buf.set(piece, total);
    total += piece.length;
  }
  return 'more';
}

/**
 * Creates a pool of worker threads that validate files (see the module comment of index.ts). Throws a
 * TypeError for a bad option.
 */
export function createPool(options: ValidationPoolOptions = {}): PoolCore {
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
    const slot: Slot = { ...newWorker(url), task: null, ahead: [], timer: null, onAbort: null, draining: false, unitOptions: null };
    attach(slot);
    return slot;
  }

  /** Forgets the slot's task and its timer and listener. */
  function settle(slot: Slot): void {
    if (slot.timer !== null) clearTimeout(slot.timer);
    if (slot.onAbort !== null) slot.task?.signal?.removeEventListener('abort', slot.onAbort);
    const upload = slot.task?.upload;
    if (upload !== null && upload !== undefined && !upload.over) release(upload);
    slot.timer = null;
    slot.onAbort = null;
    slot.task = null;
    slot.draining = false;
    slot.worker.unref(); // an idle pool does not keep the process alive
    slot.port.unref();
  }

  /** Terminates the slot's worker and puts a new one in its place. */
  function replace(slot: Slot): void {
    const old = slot.worker;
    old.removeAllListeners('error');
    old.on('error', () => undefined);
    void old.terminate();
    slot.port.removeAllListeners('message');
    slot.port.close();
    replaced++;
    // The tasks sent ahead to the old worker are run again, first.
    queue.unshift(...slot.ahead.splice(0));
    if (closed) return;
    Object.assign(slot, newWorker(url));
    slot.unitOptions = null;
    attach(slot);
  }

  /** Listens to the slot's worker: its answers, and its crash (the task fails, the worker is replaced). */
  function attach(slot: Slot): void {
    slot.port.on('message', (reply: FromWorker) => answer(slot, reply));
    slot.worker.on('error', () => {
      // Answers the worker sent before it failed are taken first: only the task it failed on is lost.
      drain(slot);
      const task = slot.task;
      const draining = slot.draining;
      settle(slot);
      replace(slot);
      if (!draining) task?.reject(new Error('careplan-csv: the validation worker stopped unexpectedly'));
      pump();
    });
    slot.worker.unref();
    slot.port.unref();
  }

  /** A message from the slot's worker: an acknowledged piece, or the task's answer (the slot is free). */
  function answer(slot: Slot, reply: FromWorker): void {
    const task = slot.task;
    if (task === null || task.id !== reply.id) return;
    if ('ack' in reply) {
      const u = task.upload;
      if (u === null) return;
      u.inFlight -= reply.ack;
      const w = u.wake;
      u.wake = null;
      w?.();
      return;
    }
    const draining = slot.draining;
    settle(slot);
    const ahead = slot.ahead.shift();
    if (ahead !== undefined) start(slot, ahead, true); // the worker is reading it already
    pump();
    if (draining) return; // the caller has had its answer (the upload failed)
    if ('error' in reply) task.reject(new Error(`careplan-csv: the validation worker failed: ${reply.error}`));
    else if ('cancelled' in reply) task.reject(new Error('careplan-csv: the task was cancelled'));
    else task.resolve(reply);
  }

  /**
   * Takes the answers the busy workers have already sent, now, without waiting for their events: when this
   * thread is busy (serve reading many requests in one turn of the event loop), a worker that has finished
   * would otherwise look busy until the turn ends, and sit idle meanwhile.
   */
  function poll(): void {
    for (const slot of slots) drain(slot);
  }

  /** Takes the answers the slot's worker has sent, now. */
  function drain(slot: Slot): void {
    while (slot.task !== null) {
      const m = receiveMessageOnPort(slot.port);
      if (m === undefined) return;
      answer(slot, m.message as FromWorker);
    }
  }

  /** Stops the running task of `slot` with `code`: its worker is terminated and replaced. */
  function cut(slot: Slot, code: StopCode): void {
    // An answer sent just before the cut is taken (with tasks sent ahead, it may be followed by others').
    const before = slot.task;
    drain(slot);
    if (slot.task !== before) return;
    const task = slot.task;
    if (task === null) return;
    const draining = slot.draining;
    settle(slot);
    replace(slot);
    if (!draining) task.resolve({ id: task.id, result: stoppedResult(task.options, code) });
    pump();
  }

  /** Sends a stream to the slot's worker as it arrives, at most {@link WINDOW_BYTES} ahead of the worker. */
  async function send(slot: Slot, task: Task, u: Upload): Promise<void> {
    const post = (m: ToWorker, transfer: ArrayBuffer[] = []): void => {
      if (slot.task === task && !u.over) slot.worker.postMessage(m, transfer);
    };
    const ship = (piece: Uint8Array): void => {
      // A piece of our own (copied from the source, whose buffer may be shared or reused) is moved.
      u.inFlight += piece.length;
      post({ type: 'chunk', id: task.id, bytes: piece }, [piece.buffer as ArrayBuffer]);
    };
    try {
      for (const piece of u.held.splice(0)) ship(piece);
      for (;;) {
        // Backpressure: the source is not read while the worker is a window behind (or until the stop).
        while (u.inFlight > WINDOW_BYTES && !u.over && !u.stopped) await new Promise<void>((resolve) => (u.wake = resolve));
        if (u.over) return;
        const next = u.it.next();
        const step = await Promise.race([next, u.stop]);
        if (u.over) {
          next.catch(() => undefined);
          return;
        }
        if (typeof step === 'string') {
          // A deadline or an abort while the upload was coming: the worker stops and answers with what
          // it read (its timer cuts it if it does not answer in time).
          next.catch(() => undefined);
          post({ type: 'stop', id: task.id, code: step });
          release(u);
          if (step === 'limit.aborted' && slot.task === task) {
            if (slot.timer !== null) clearTimeout(slot.timer);
            slot.timer = setTimeout(() => cut(slot, 'limit.aborted'), graceMs);
          }
          return;
        }
        if (step.done === true) {
          post({ type: 'end', id: task.id });
          u.over = true;
          u.dispose();
          return;
        }
        ship(new Uint8Array(step.value)); // a copy: moved to the worker
      }
    } catch (e) {
      // The upload failed (cut short, a bad chunk): the caller hears it now; the worker forgets the file
      // and the slot is free once it says so.
      if (slot.task !== task || u.over) return;
      post({ type: 'cancel', id: task.id });
      release(u);
      slot.draining = true;
      task.reject(e);
    }
  }

  function run(slot: Slot, task: Task): void {
    if (!start(slot, task, false)) return;
    slot.worker.postMessage(messageFor(slot, task), task.transfer);
    if (task.upload !== null) void send(slot, task, task.upload);
  }

  /**
   * Makes `task` the slot's running task (its deadline's timer, its signal's listener). A task not yet
   * `posted` to the worker is settled at once when its deadline has passed or its signal has aborted (false:
   * nothing to send). One sent ahead (`posted`) stays the running task until the worker answers it (its
   * answers come in order): past its deadline the worker stops it at once (or the timer cuts it); aborted
   * while it waited, the caller has its answer now (not when the signal fired: the task has no listener
   * while it waits, as in the queue) and the worker, which reads it all the same (at most 256 KiB), answers
   * later to no effect.
   */
  function start(slot: Slot, task: Task, posted: boolean): boolean {
    slot.task = task;
    slot.worker.ref(); // a task waited for keeps the process alive
    slot.port.ref();
    const left = task.deadlineAt - Date.now();
    if (!posted && (left <= 0 || task.signal?.aborted === true)) {
      settle(slot);
      task.resolve({ id: task.id, result: stoppedResult(task.options, left <= 0 ? 'limit.deadline' : 'limit.aborted') });
      return false;
    }
    if (task.deadlineAt !== Number.POSITIVE_INFINITY) slot.timer = setTimeout(() => cut(slot, 'limit.deadline'), Math.max(0, left) + graceMs);
    if (task.signal?.aborted === true) {
      task.resolve({ id: task.id, result: stoppedResult(task.options, 'limit.aborted') });
      return true;
    }
    if (task.signal !== null) {
      // A stream still coming is stopped by its sender (the worker answers with what it read); once it has
      // all been sent, or for bytes, the worker is terminated and replaced.
      const upload = task.upload;
      slot.onAbort = () => {
        if (upload === null || upload.over) cut(slot, 'limit.aborted');
      };
      task.signal.addEventListener('abort', slot.onAbort, { once: true });
    }
    return true;
  }

  /** The message that starts `task` on the slot's worker. */
  function messageFor(slot: Slot, task: Task): ToWorker {
    let message = task.message;
    if (message.type === 'units' && message.options !== null) {
      // Sent once per worker (the CLI gives the same options object for every task).
      if (slot.unitOptions === message.options) message = { ...message, options: null };
      else slot.unitOptions = message.options;
    }
    if ((message.type === 'bytes' || message.type === 'open') && task.deadlineAt !== Number.POSITIVE_INFINITY) {
      // The worker stops reading itself at the deadline, counted from the call: from when it starts, and
      // for a batch task sent ahead, which it starts later, from the time it has left then.
      message =
        message.type === 'bytes' && task.batch
          ? { ...message, deadlineAt: task.deadlineAt }
          : { ...message, options: { ...message.options, deadlineMs: Math.max(1, task.deadlineAt - Date.now()) } };
    }
    return message;
  }

  /**
   * Sends a batch task to the worker of a slot busy with another one, to be read right after it. Its bytes
   * are copied, not moved: if the worker is replaced first, the task is sent again.
   */
  function sendAhead(slot: Slot, task: Task): void {
    if (task.deadlineAt <= Date.now() || task.signal?.aborted === true) {
      task.resolve({ id: task.id, result: stoppedResult(task.options, task.deadlineAt <= Date.now() ? 'limit.deadline' : 'limit.aborted') });
      return;
    }
    slot.ahead.push(task);
    slot.worker.postMessage(messageFor(slot, task));
  }

  function pump(): void {
    for (const slot of slots) {
      // A task settled at once (its deadline passed, its signal aborted) leaves the slot free for the next.
      while (slot.task === null && queue.length > 0) run(slot, queue.shift() as Task);
    }
    if (queue.length === 0) return;
    // Then batch tasks ahead for the workers busy with a batch task, one each in turn.
    for (let depth = 1; depth <= MAX_AHEAD; depth++) {
      for (const slot of slots) {
        const next = queue[0];
        if (next === undefined || !next.batch) return;
        if (slot.task?.batch === true && slot.ahead.length < depth && !slot.draining) sendAhead(slot, queue.shift() as Task);
      }
    }
  }

  for (let i = 0; i < size; i++) slots.push(spawn());

  /** Runs a task on a free worker, or queues it (rejects when the queue is full). */
  function submit(
    message: ToWorker,
    transfer: ArrayBuffer[],
    options: ParseOptions,
    deadlineAt: number,
    signal: AbortSignal | null,
    upload: Upload | null,
    batch = false,
  ): Promise<FromWorker> {
    return new Promise<FromWorker>((resolve, reject) => {
      const task: Task = { id: message.id, message, transfer, options, deadlineAt, signal, upload, batch, resolve, reject };
      poll();
      const idle = slots.find((s) => s.task === null);
      if (idle !== undefined) run(idle, task);
      else if (queue.length >= maxQueue) {
        if (upload !== null) release(upload);
        reject(new PoolQueueFullError(maxQueue));
      } else {
        queue.push(task);
        if (batch) pump(); // sent ahead to a worker busy with a batch task, if one has room
      }
    });
  }

  /**
   * Checks a task's input and options before anything is sent: misuse throws at once (a TypeError with a
   * code), naming `fn`.
   */
  function prepare(input: unknown, taskOptions: unknown, fn: string): Prepared {
    if (closed) misuse('ERR_CAREPLAN_STATE', fn, 'the validation pool is closed');
    if (!isPoolInput(input)) {
      misuse(
        'ERR_CAREPLAN_ARGUMENT',
        fn,
        `the input must be a Uint8Array, an ArrayBuffer, a string, a ReadableStream, or an AsyncIterable or Iterable of Uint8Array chunks, got ${typeName(input)}`,
      );
    }
    // null is no options, as for in-process `validate`.
    if (taskOptions !== undefined && taskOptions !== null && (typeof taskOptions !== 'object' || Array.isArray(taskOptions))) {
      misuse('ERR_CAREPLAN_OPTIONS', fn, `options must be an object, got ${typeName(taskOptions)}`);
    }
    const { expectedBytes, ...parseOptions } = (taskOptions ?? {}) as PoolTaskOptions;
    if (expectedBytes !== undefined && !(Number.isSafeInteger(expectedBytes) && expectedBytes >= 0)) {
      misuse('ERR_CAREPLAN_OPTION_VALUE', fn, 'option "expectedBytes" must be a whole number');
    }
    const merged: ParseOptions = { ...limits, ...parseOptions };
    return { input, expectedBytes, parseOptions, merged, o: normalizeParseOptions(merged, fn) };
  }

  /** Item `i` of `validateMany`, checked as `prepare` does; a misuse names the item (`items[3]: …`). */
  function prepareItem(item: unknown, i: number): Prepared {
    const fn = 'pool.validateMany';
    if (item === null || typeof item !== 'object' || !('input' in item)) {
      misuse(
        'ERR_CAREPLAN_ARGUMENT',
        fn,
        `items[${i}] must be an object { input, options? }, got ${item === null || typeof item !== 'object' ? typeName(item) : 'an object without "input"'}`,
      );
    }
    const { input, options } = item as { input: unknown; options?: unknown };
    try {
      return prepare(input, options, fn);
    } catch (e) {
      if (!(e instanceof CareplanUsageError)) throw e;
      const head = `careplan-csv: ${fn}: `;
      misuse(e.code, fn, `items[${i}]: ${e.message.startsWith(head) ? e.message.slice(head.length) : e.message}`);
    }
  }

  async function validate(task: Prepared, owned = false, batch = false): Promise<ValidateResult> {
    if (closed) misuse('ERR_CAREPLAN_STATE', 'pool.validate', 'the validation pool is closed');
    const { input, expectedBytes, parseOptions, merged, o } = task;
    const started = Date.now();
    const deadlineMs = o.deadlineMs ?? (parseOptions.deadlineMs === undefined ? poolDeadline : Number.POSITIVE_INFINITY);
    const deadlineAt = deadlineMs === Number.POSITIVE_INFINITY ? Number.POSITIVE_INFINITY : started + deadlineMs;
    if (queue.length >= maxQueue) throw new PoolQueueFullError(maxQueue);
    const { signal: _, ...posted } = merged;
    const id = nextId++;
    let reply: FromWorker;
    if (input instanceof Uint8Array || input instanceof ArrayBuffer || typeof input === 'string') {
      // The caller's bytes are copied by postMessage (moved when they are ours to give: `owned`); text is
      // encoded to MS932 in the worker, as `validate` does.
      const bytes = input instanceof ArrayBuffer ? new Uint8Array(input) : input;
      const transfer = owned && bytes instanceof Uint8Array ? [bytes.buffer as ArrayBuffer] : [];
      const small = (typeof bytes === 'string' ? 2 * bytes.length : bytes.byteLength) <= GATHER_BYTES;
      reply = await submit({ type: 'bytes', id, bytes, options: posted }, transfer, merged, deadlineAt, o.signal, null, batch && small);
    } else {
      const upload = openUpload(input, deadlineAt, o.signal);
      let first: Awaited<ReturnType<typeof gather>>;
      try {
        first = await gather(upload, expectedBytes ?? 0);
      } catch (e) {
        release(upload);
        throw e;
      }
      if (first === 'limit.aborted' || first === 'limit.deadline') return stoppedResult(merged, first);
      if (closed) {
        release(upload);
        misuse('ERR_CAREPLAN_STATE', 'pool.validate', 'the validation pool is closed');
      }
      if (o.signal?.aborted === true) {
        release(upload);
        return stoppedResult(merged, 'limit.aborted');
      }
      if (first === 'more') {
        // Streamed: the worker reads it as validateStream does, as it comes.
        reply = await submit({ type: 'open', id, options: posted }, [], merged, deadlineAt, o.signal, upload);
      } else {
        // Small enough to have been gathered whole: our own buffer, moved to the worker.
        const bytes = first.whole;
        reply = await submit({ type: 'bytes', id, bytes, options: posted }, [bytes.buffer as ArrayBuffer], merged, deadlineAt, o.signal, null, batch);
      }
    }
    return (reply as { result: ValidateResult }).result;
  }

  return {
    // An async function: misuse rejects (as it always has), it does not throw.
    validate: async (input, taskOptions) => validate(prepare(input, taskOptions, 'pool.validate')),
    validateOwned: async (bytes, taskOptions) => validate(prepare(bytes, taskOptions, 'pool.validate'), true),
    idle: () => {
      poll();
      return queue.length === 0 && slots.some((s) => s.task === null);
    },
    async readUnits(files, options, maxFileBytes) {
      if (closed) misuse('ERR_CAREPLAN_STATE', 'pool.validate', 'the validation pool is closed');
      const message: ToWorker = { type: 'units', id: nextId++, files, options, maxFileBytes };
      const reply = await submit(message, [], {}, Number.POSITIVE_INFINITY, null, null, true);
      return (reply as { units: readonly UnitFileOutcome[] }).units;
    },
    async validateMany(items) {
      if (closed) misuse('ERR_CAREPLAN_STATE', 'pool.validateMany', 'the validation pool is closed');
      if (items === null || typeof items !== 'object' || typeof (items as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function') {
        misuse('ERR_CAREPLAN_ARGUMENT', 'pool.validateMany', `items must be an iterable of { input, options? }, got ${typeName(items)}`);
      }
      // Every item is checked before any is sent: a misused item rejects the call with nothing started.
      const list = Array.from(items as Iterable<unknown>, (item, i) => prepareItem(item, i));
      const results: ValidateResult[] = new Array(list.length);
      let next = 0;
      // Enough at once for each worker's task and those sent ahead of it.
      const lanes = Math.min(list.length, size * (MAX_AHEAD + 2));
      await Promise.all(
        Array.from({ length: lanes }, async () => {
          while (next < list.length) {
            const i = next++;
            results[i] = await validate(list[i] as Prepared, false, true);
          }
        }),
      );
      return results;
    },
    get stats() {
      poll();
      return { size, busy: slots.filter((s) => s.task !== null).length, queued: queue.length, replaced };
    },
    async close() {
      closed = true;
      const error = new Error('careplan-csv: the validation pool was closed');
      for (const t of queue.splice(0)) {
        if (t.upload !== null) release(t.upload);
        t.reject(error);
      }
      await Promise.all(
        slots.map(async (slot) => {
          const task = slot.task;
          const draining = slot.draining;
          settle(slot);
          if (!draining) task?.reject(error);
          for (const t of slot.ahead.splice(0)) t.reject(error);
          slot.worker.removeAllListeners('error');
          slot.worker.on('error', () => undefined);
          slot.port.removeAllListeners('message');
          slot.port.close();
          await slot.worker.terminate();
        }),
      );
    },
  };
}
