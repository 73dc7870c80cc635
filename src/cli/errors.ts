import type { Locale } from '../issues/locales/index.js';
import { messagesFor, type ErrorMessageId, type ErrorParams, type Messages } from './messages/index.js';

/**
 * The exit codes of every command, the one table (documented in README, "Exit codes"):
 * - 0 `ok`: no error (warnings allowed, up to `--max-warnings`);
 * - 1 `invalid`: a file or send unit has an error, `diff` found differences, or more warnings than `--max-warnings`;
 * - 2 `usage`: a usage error (unknown command or flag, bad value, bad config file) or an I/O problem
 *   (a file or directory that could not be read or written, an entry skipped, files `diff` cannot match);
 * - 3 `internal`: an unexpected exception, a bug (please report it).
 */
export const EXIT = { ok: 0, invalid: 1, usage: 2, internal: 3 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** The stable codes of CLI errors: `usage` and `io` end with exit 2, `internal` with exit 3. */
export type CliErrorCode = 'usage' | 'io';

/**
 * A CLI error: a stable code, a message id of the message tables (src/cli/messages/) and its parameters.
 * The message is rendered when printed, in the locale known by then (an error in the arguments can come
 * before `--locale` was read).
 */
export class CliError<K extends ErrorMessageId = ErrorMessageId> extends Error {
  constructor(
    readonly code: CliErrorCode,
    readonly id: K,
    readonly params: ErrorParams<K>,
  ) {
    super(`${code}: ${id}`);
  }

  /** The message in `locale` (one or more lines, names not yet escaped). */
  render(locale: Locale): string {
    return renderMessage(messagesFor(locale), this.id, this.params);
  }
}

/** A usage error: wrong command, flag or value; printed with the command's usage line (exit 2). */
export function usageError<K extends ErrorMessageId>(id: K, params: ErrorParams<K>): CliError<K> {
  return new CliError('usage', id, params);
}

/** An I/O error: a file that cannot be read or written, input that is not what the command reads (exit 2). */
export function ioError<K extends ErrorMessageId>(id: K, params: ErrorParams<K>): CliError<K> {
  return new CliError('io', id, params);
}

export function renderMessage<K extends ErrorMessageId>(m: Messages, id: K, params: ErrorParams<K>): string {
  return (m[id] as (p: ErrorParams<K>) => string)(params);
}

/** An unexpected exception (a bug) while handling a file: exit code 3, one line naming the file. */
export class InternalError extends Error {
  constructor(
    readonly file: string | null,
    readonly error: unknown,
  ) {
    super('internal error');
  }
}

/** The error code of a failed read or write (`ENOENT`, `EACCES`, …), or the message when there is none. */
export function errnoCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}
