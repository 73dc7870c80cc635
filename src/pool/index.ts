/**
 * `careplan-csv/pool` (Node only): a pool of worker threads that validate files with a time limit per
 * task, for servers that check untrusted uploads. A worker that does not answer in time is terminated and
 * replaced, so one hostile file never holds a thread (or the event loop) for long. A long upload is
 * streamed to its worker as it arrives, with backpressure, so memory does not follow the size of uploads.
 *
 * Built on `node:worker_threads` rather than a pool library: what a relay needs (a hard per-task deadline
 * that terminates and replaces the worker, a bounded queue with a clear rejection, bytes moved without a
 * copy, an upload streamed to the worker that holds it) is about as much code as adapting tinypool or
 * piscina to it, and keeps the package free of runtime dependencies and of a worker file resolved by a
 * third party from the built dist. The CLI's `validate --jobs` runs on the same pool.
 *
 * @example
 * ```ts
 * import { createValidationPool } from 'careplan-csv/pool';
 * declare const request: AsyncIterable<Uint8Array>;
 * declare const fileName: string;
 * const pool = createValidationPool({ size: 2, deadlineMs: 2000, limits: { maxFileBytes: 32 * 2 ** 20 } });
 * const result = await pool.validate(request, { fileName });   // a Node stream, ReadableStream or bytes
 * await pool.close();
 * ```
 * @module
 */
import { createPool, type ValidationPool, type ValidationPoolOptions } from './pool.js';

export type { ValidateResult } from '../api.js';
export type { ByteSource } from '../stream/source.js';
export { PoolQueueFullError, type PoolInput, type PoolTaskOptions, type ValidationPool, type ValidationPoolOptions } from './pool.js';

/**
 * Creates a pool of worker threads that validate files (see the module comment). Throws a TypeError for
 * a bad option.
 */
export function createValidationPool(options: ValidationPoolOptions = {}): ValidationPool {
  const core = createPool(options);
  return {
    validate: core.validate,
    validateMany: core.validateMany,
    get stats() {
      return core.stats;
    },
    close: core.close,
  };
}
