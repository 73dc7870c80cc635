/**
 * The worker of the validation pool: validates the bytes it is given, in-process, and posts the result.
 * Built as dist/pool-worker.js and dist/pool-worker.cjs (next to dist/pool.*).
 * @module
 */
import { parentPort } from 'node:worker_threads';
import { validate } from '../api.js';
import type { ParseOptions } from '../options.js';

/** A task, as the pool posts it. @internal */
export interface PoolTask {
  readonly id: number;
  readonly bytes: Uint8Array | string;
  readonly options: ParseOptions;
}

parentPort?.on('message', (task: PoolTask) => {
  let reply: { id: number; result?: unknown; error?: string };
  try {
    reply = { id: task.id, result: validate(task.bytes, task.options) };
  } catch (e) {
    // Misuse is checked before a task is posted: anything here is a bug, reported without the input.
    reply = { id: task.id, error: e instanceof Error ? `${e.name}: ${e.message}` : 'unknown error' };
  }
  parentPort?.postMessage(reply);
});
