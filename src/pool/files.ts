/**
 * Reading a file of a batch as the CLI's `validate` does, on whichever thread: shared by the CLI (in
 * this thread) and the pool's workers (`validate --jobs`), so that both see the same thing.
 * @module
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, readSync, type Stats, statSync } from 'node:fs';

/** What a directory entry or a path is (`symlink` only from a directory listing: it does not follow links). */
export type EntryType = 'file' | 'directory' | 'symlink' | 'fifo' | 'socket' | 'characterDevice' | 'blockDevice' | 'other';

export function typeOf(
  s: Pick<Stats, 'isFile' | 'isDirectory' | 'isSymbolicLink' | 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>,
): EntryType {
  if (s.isFile()) return 'file';
  if (s.isDirectory()) return 'directory';
  if (s.isSymbolicLink()) return 'symlink';
  if (s.isFIFO()) return 'fifo';
  if (s.isSocket()) return 'socket';
  if (s.isCharacterDevice()) return 'characterDevice';
  if (s.isBlockDevice()) return 'blockDevice';
  return 'other';
}

/** Reads a whole file, refusing anything but a regular file (a FIFO would block, a device never end). */
export function readRegularFile(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const s = fstatSync(fd);
    if (!s.isFile()) {
      throw Object.assign(new Error(`not a regular file (${typeOf(s)})`), { code: 'ENOTREG' });
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The errno code of a failure to read (its message when it has none). */
export function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** A file of a batch: its bytes, `stream` (to be read piece by piece), or why it cannot be read (errno code). */
export type BatchFileRead = { readonly bytes: Uint8Array } | 'stream' | { readonly unreadable: string };

/**
 * Reads the `size` bytes fstat gave (one read for a small file; fewer if it shrank since): the file as it
 * was sized, without readFileSync's second fstat and its read to the end.
 */
function readSized(fd: number, size: number): Uint8Array {
  const bytes = Buffer.allocUnsafeSlow(size); // its own memory, as readFileSync gives
  let at = 0;
  while (at < size) {
    const n = readSync(fd, bytes, at, size - at, at);
    if (n === 0) break;
    at += n;
  }
  return at === size ? bytes : bytes.subarray(0, at);
}

/**
 * Opened without blocking: should the path have become a FIFO since it was looked at, the open does not wait
 * for a writer (the file is then handed back to be streamed). O_NONBLOCK does nothing to a regular file.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** How a file of a batch with these stats is read other than whole (null: whole, it is a regular file within the limit). */
function notWhole(st: Stats, maxFileBytes: number): BatchFileRead | null {
  const type = typeOf(st);
  if (type === 'directory') return { unreadable: 'EISDIR' };
  if (type !== 'file' || st.size > maxFileBytes) return 'stream';
  return null;
}

/**
 * A CSV file of a batch as `validate` takes it: whole when it is a regular file within `maxFileBytes`;
 * `stream` when it must be read piece by piece (larger, or not a regular file: a pipe); `unreadable` with
 * the error code otherwise (a directory given as a file is `EISDIR`).
 *
 * The path is looked at (stat) before it is opened: a pipe is never opened here. Opening a FIFO and closing
 * it again loses what a writer has already sent (the pipe is emptied when its last reader and writer are
 * gone, and a writer still writing gets SIGPIPE), and the reader that then streams it waits for ever for a
 * writer that has gone. What is opened then decides again (fstat), so that a file replaced in between (as an
 * atomic rename does) is read, or not, as itself: at its own size (fewer bytes if it shrank meanwhile).
 */
export function readBatchFile(path: string, maxFileBytes: number): BatchFileRead {
  try {
    const looked = notWhole(statSync(path), maxFileBytes);
    if (looked !== null) return looked;
  } catch (e) {
    return { unreadable: errorCode(e) };
  }
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    return { unreadable: errorCode(e) };
  }
  try {
    const f = fstatSync(fd);
    return notWhole(f, maxFileBytes) ?? { bytes: readSized(fd, f.size) };
  } catch (e) {
    return { unreadable: errorCode(e) };
  } finally {
    closeSync(fd);
  }
}
