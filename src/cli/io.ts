import {
  closeSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { type BatchFileRead, readBatchFile, readRegularFile, typeOf, type EntryType } from '../pool/files.js';
import { createPool, type PoolCore } from '../pool/pool.js';

export type { EntryType } from '../pool/files.js';

/** One entry of a directory. */
export interface DirEntry {
  readonly name: string;
  readonly type: EntryType;
}

/** Thrown by {@link CliIo.stdout} once stdout is closed (EPIPE: `careplan-csv … | head`): the command stops writing. */
export class OutputClosed extends Error {
  constructor() {
    super('stdout is closed');
  }
}

/** Where the CLI reads and writes; injectable for tests. The optional members fall back to `readFile` alone. */
export interface CliIo {
  /** Writes to stdout; throws {@link OutputClosed} when the reader has gone. */
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Uint8Array;
  readonly writeFile: (path: string, bytes: Uint8Array) => void;
  /**
   * The entries of a directory (links not followed), or null when the path is not a directory (then it
   * is read as a file). Throws (an errno error) when the directory cannot be read.
   */
  readonly listDir?: (path: string) => readonly DirEntry[] | null;
  /** Type and size of what a path leads to (links followed). Throws when it cannot be reached. */
  readonly stat?: (path: string) => { readonly type: EntryType; readonly size: number };
  /** The canonical absolute path (links resolved). Throws when it cannot be resolved (a dangling link). */
  readonly realPath?: (path: string) => string;
  /**
   * Reads a CSV file of a batch whole when it is a regular file within `maxFileBytes` (one open and one
   * fstat), else says it must be read piece by piece (`stream`) or why it cannot be read. Absent:
   * `stat`, then `readFile` or `readChunks`.
   */
  readonly readWithin?: (path: string, maxFileBytes: number) => BatchFileRead;
  /** Reads a file piece by piece (a file too large to hold, or one that is not a regular file). */
  readonly readChunks?: (path: string) => Iterable<Uint8Array>;
  /** Whether stderr is a terminal (progress lines are shown only then). */
  readonly stderrIsTTY?: boolean;
  /** A clock in milliseconds, for progress lines. */
  readonly now?: () => number;
  /** The environment (LC_ALL, LC_MESSAGES, LANG give the locale); absent: none (Japanese). */
  readonly env?: { readonly [name: string]: string | undefined };
  /** The working directory, where the config file is looked for (then upward); absent: no config file unless `--config`. */
  readonly cwd?: () => string;
  /**
   * Opens a file to be written piece by piece: nothing appears under `path` until `commit` (written to a
   * temporary file beside it, then renamed); `abort` removes what was written. Absent: the pieces are
   * gathered and written with `writeFile` at the end.
   */
  readonly openWrite?: (path: string) => FileWriter;
  /**
   * Starts `size` worker threads that read files for `validate --jobs` (the validation pool, no deadline).
   * Absent: every file is read in this thread, whatever `--jobs` says.
   */
  readonly workers?: (size: number) => PoolCore;
}

/** A file being written (see {@link CliIo.openWrite}). */
export interface FileWriter {
  readonly write: (bytes: Uint8Array) => void;
  readonly commit: () => void;
  readonly abort: () => void;
}

/** Size of the pieces {@link CliIo.readChunks} reads. */
const CHUNK_BYTES = 64 * 1024;

function* fileChunks(path: string): Generator<Uint8Array, void, undefined> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      // A new buffer each time: the reader may keep a piece it was given.
      const buf = new Uint8Array(CHUNK_BYTES);
      const n = readSync(fd, buf, 0, CHUNK_BYTES, null);
      if (n === 0) return;
      yield n === CHUNK_BYTES ? buf : buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/** Writes to process.stdout; after EPIPE (the reader closed the pipe) throws {@link OutputClosed}. */
function writeStdout(text: string): void {
  const out = process.stdout;
  if (out.errored === null || out.errored === undefined) out.write(text);
  // The write error is known at once (the 'error' event comes later, and is handled in cli.ts).
  const err = out.errored as NodeJS.ErrnoException | null | undefined;
  if (err !== null && err !== undefined) {
    if (err.code === 'EPIPE') throw new OutputClosed();
    throw err;
  }
}

/** Writes to `PATH.partial-PID`, renamed to `PATH` on commit (a failed run leaves no half file under PATH). */
function openWrite(path: string): FileWriter {
  const tmp = `${path}.partial-${process.pid}`;
  const fd = openSync(tmp, 'w');
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (bytes) => {
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    },
    commit: () => {
      close();
      renameSync(tmp, path);
    },
    abort: () => {
      close();
      try {
        unlinkSync(tmp);
      } catch {
        // already gone
      }
    },
  };
}

export const nodeIo: CliIo = {
  stdout: writeStdout,
  stderr: (t) => process.stderr.write(t),
  readFile: readRegularFile,
  readWithin: readBatchFile,
  writeFile: (p, b) => writeFileSync(p, b),
  listDir: (p) => {
    let s: Stats;
    try {
      s = statSync(p);
    } catch (e) {
      // Nothing there: read as a file, which reports the error. Anything else (ENAMETOOLONG, EACCES…) is thrown.
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw e;
    }
    if (!s.isDirectory()) return null;
    return readdirSync(p, { withFileTypes: true }).map((e) => ({ name: e.name, type: typeOf(e) }));
  },
  stat: (p) => {
    const s = statSync(p);
    return { type: typeOf(s), size: s.size };
  },
  realPath: (p) => realpathSync(p),
  readChunks: fileChunks,
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => performance.now(),
  env: process.env,
  cwd: () => process.cwd(),
  openWrite,
  workers: (size) => createPool({ size, deadlineMs: Number.POSITIVE_INFINITY }),
};
