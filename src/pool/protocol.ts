/**
 * The messages between the validation pool and its workers (internal to src/pool).
 * @module
 */
import type { ValidateResult } from '../api.js';
import type { NormalizedParseOptions, ParseOptions } from '../options.js';
import type { UnitRead, UnitReadPlan } from '../units/validate-units.js';

/**
 * To a worker. Every message names its task; a worker reads its tasks one at a time, in the order sent (a
 * batch task may be sent while the one before it is still being read).
 */
export type ToWorker =
  /**
   * Validates whole bytes (or text) as `validate` does; with `deadlineAt` (`Date.now()` time: a batch task,
   * which may be sent ahead, see pool.ts), `options.deadlineMs` is the time left until then when the worker
   * starts it, and the task is stopped at once when none is left.
   */
  | {
      readonly type: 'bytes';
      readonly id: number;
      readonly bytes: Uint8Array | string;
      readonly options: ParseOptions;
      readonly deadlineAt?: number;
    }
  /**
   * Reads CSV files of a batch from disk and validates them for the unit checks (the CLI's `validate
   * --jobs`), as `UnitValidator.add` does. `options` (without the file name) is sent once per worker:
   * null means the last one sent.
   */
  | {
      readonly type: 'units';
      readonly id: number;
      readonly files: readonly UnitFileTask[];
      readonly options: NormalizedParseOptions | null;
      readonly maxFileBytes: number;
    }
  /** Starts a file that comes in pieces (`chunk`… then `end`), read as `validateStream` reads it. */
  | { readonly type: 'open'; readonly id: number; readonly options: ParseOptions }
  /** A piece of the file (its buffer moved, not copied): answered with an `ack` once read. */
  | { readonly type: 'chunk'; readonly id: number; readonly bytes: Uint8Array }
  /** The file has ended: answered with the result. */
  | { readonly type: 'end'; readonly id: number }
  /** Stop reading now (a deadline or an abort while the file was still coming): answered with the result. */
  | { readonly type: 'stop'; readonly id: number; readonly code: 'limit.aborted' | 'limit.deadline' }
  /** The upload failed: forget the file, answer `cancelled`. */
  | { readonly type: 'cancel'; readonly id: number };

/** One file of a `units` task: its path, and how to read it (null: only read, not validated: an image name). */
export interface UnitFileTask {
  readonly path: string;
  readonly plan: UnitReadPlan | null;
}

/** What became of one file of a `units` task. */
export type UnitFileOutcome =
  | { readonly read: UnitRead }
  /** Read, not validated (its plan was null). */
  | { readonly read: null }
  /** To be read piece by piece by the caller (larger than `maxFileBytes`, or not a regular file). */
  | 'stream'
  | { readonly unreadable: string };

/** From a worker. */
export type FromWorker =
  | { readonly id: number; readonly result: ValidateResult; readonly unit?: undefined }
  | { readonly id: number; readonly units: readonly UnitFileOutcome[]; readonly result?: undefined }
  /** The piece of `bytes` bytes was read; `done`: the reader needs no more (a limit, fail-fast). */
  | { readonly id: number; readonly ack: number }
  | { readonly id: number; readonly cancelled: true }
  | { readonly id: number; readonly error: string };
