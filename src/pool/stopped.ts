/**
 * The result of a pool task stopped at its start (a deadline passed, a signal aborted): shared by the pool,
 * serve and the workers (internal to src/pool and src/cli).
 * @module
 */
import type { ValidateResult } from '../api.js';
import { normalizeParseOptions, type ParseOptions } from '../options.js';
import { ReadSession } from '../parse/read.js';
import { summary } from '../summary.js';

/** What stops a task before its worker has read it all. */
export type StopCode = 'limit.aborted' | 'limit.deadline';

/** The result of a task stopped before (or without) an answer from its worker: `code` at the start. */
export function stoppedResult(options: ParseOptions, code: StopCode): ValidateResult {
  const { signal: _, ...rest } = options;
  const session = new ReadSession(normalizeParseOptions(rest), null);
  session.stopNow(code);
  return summary(session.end());
}
