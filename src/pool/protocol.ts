/**
 * The messages between the validation pool and its workers (internal to src/pool).
 * @module
 */
import type { ValidateResult } from '../api.js';
import type { NormalizedParseOptions, ParseOptions } from '../options.js';
import type { UnitRead, UnitReadPlan } from '../units/validate-units.js';

/** To a worker. Every message names its task; a worker runs one task at a time. */
export type ToWorker =
  /** Validates whole bytes (or text) as `validate` does. */
  | { readonly type: 'bytes'; readonly id: number; readonly bytes: Uint8Array | string; readonly options: ParseOptions }
  /** Reads a CSV file for the unit checks (the CLI's `validate --jobs`), as `UnitValidator.add` does. */
  | {
      readonly type: 'unit';
      readonly id: number;
      readonly bytes: Uint8Array;
      readonly options: NormalizedParseOptions;
      readonly plan: UnitReadPlan;
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

/** From a worker. */
export type FromWorker =
  | { readonly id: number; readonly result: ValidateResult; readonly unit?: undefined }
  | { readonly id: number; readonly unit: UnitRead; readonly result?: undefined }
  /** The piece of `bytes` bytes was read; `done`: the reader needs no more (a limit, fail-fast). */
  | { readonly id: number; readonly ack: number }
  | { readonly id: number; readonly cancelled: true }
  | { readonly id: number; readonly error: string };
