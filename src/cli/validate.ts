import { availableParallelism, cpus } from 'node:os';
import type { Profile, RuleOverrides } from '../issues/profiles.js';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { ValidateResult } from '../api.js';
import type { IssueCode } from '../issues/codes.js';
import type { IssueHint } from '../issues/hints.js';
import { issueHelp } from '../issues/help/index.js';
import { summary } from '../summary.js';
import type { Locale } from '../issues/locales/index.js';
import { IMAGE_PREFIX, KIND_INFO, type Kind } from '../kinds.js';
import { normalizeParseOptions } from '../options.js';
import type { CliReadLimits } from './args.js';
import { ReadSession } from '../parse/read.js';
import type { PoolCore } from '../pool/pool.js';
import type { BatchFileRead } from '../pool/files.js';
import type { UnitFileOutcome, UnitFileTask } from '../pool/protocol.js';
import { createUnitBatch, readUnitCsv } from '../units/validate-units.js';
import type { SendUnit, UnitFile, UnitsResult, Withdrawal } from '../units/types.js';
import { CliError, EXIT, InternalError } from './errors.js';
import { outputFile } from './json-commands.js';
import { issueLine, printable } from './format.js';
import { OutputClosed, type CliIo, type DirEntry } from './io.js';
import { skippedLine, type Skipped } from './messages.js';
import { messagesFor, type Messages } from './messages/index.js';
import { BufferedOut, writeJson } from './output.js';
import { fileSummary, validateReport } from '../report/data.js';
import { writeHtmlReport } from '../report/html.js';

/** Options of `careplan-csv validate` after argument parsing. */
export interface ValidateCommandOptions {
  readonly format: 'text' | 'json' | 'html';
  /** Write the report to this file instead of stdout (`-o`): written beside it and renamed when complete. */
  readonly out?: string;
  /** When the run started, as printed in the HTML report (absent: not printed). */
  readonly generatedAt?: string;
  /** The CLI's version, named at the foot of the HTML report. */
  readonly version?: string;
  readonly locale: Locale;
  readonly kind: Kind | undefined;
  readonly includeValues: boolean;
  /** The read limits given (`--max-file-bytes` …); the library's defaults for the others. */
  readonly limits?: CliReadLimits;
  readonly requireUncertainFields?: boolean;
  readonly skipHeader?: boolean;
  /** `--profile` (absent: the library's default). */
  readonly profile?: Profile;
  /** The config file's per-code overrides. */
  readonly rules?: RuleOverrides;
  /** `--check-jisx0213`. */
  readonly checkJisX0213?: boolean;
  /** Text output: errors only (no warning issues, no withdrawal lines, no units with warnings only). */
  readonly quiet?: boolean;
  /** Exit 1 when there are more warnings than this (files and units). */
  readonly maxWarnings?: number | null;
  /** Text output: a line with the remedy under each issue (`--explain`). */
  readonly explain?: boolean;
  /** Threads reading files (`--jobs`): this one and N − 1 workers; null or absent: see {@link defaultJobs}; 1: this thread only. */
  readonly jobs?: number | null;
  /** Report the files a send unit lacks (`--units`, `--no-units`; default 'auto': units of two files or more). */
  readonly units?: boolean | 'auto';
}

export { InternalError };

/** A progress line appears only after this long (ms), and is redrawn at most this often. */
const PROGRESS_AFTER_MS = 2000;
const PROGRESS_EVERY_MS = 250;

/**
 * Fewer CSV files than this are read in this thread whatever `--jobs` says: starting the workers (some
 * 30–60 ms) would cost more than they save.
 */
export const POOL_MIN_FILES = 32;

/**
 * Without `--jobs` (or `jobs` in the config file), a batch goes to several threads only from this many bytes
 * of CSV files (the sizes stat gives): below it, starting a worker and warming up its compiled code costs
 * more than it saves. Measured on 2 cores (`validate --format json DIR` of 12 KB 第6表 files, wall time,
 * medians of 5 alternating runs, `--jobs 1` against `--jobs 2`, this thread and one worker): 500 files
 * (6 MB) 0.26 s against 0.30, 2,000 files (25 MB) 0.51 against 0.53, 5,000 files (60 MB) 0.99 against 0.97;
 * 10,000 files (124 MB) are 1.2× faster on two threads.
 */
export const DEFAULT_POOL_MIN_BYTES = 32 * 2 ** 20;

/**
 * The number of threads that check a batch when `--jobs` is not given: the available cores when the batch
 * has at least {@link DEFAULT_POOL_MIN_BYTES} of CSV files (the sizes summed until they reach it; without
 * `io.stat`, 12 KB a file), else 1. @internal
 */
export function defaultJobs(csv: readonly string[], io: Pick<CliIo, 'stat'>, cores: number): number {
  if (cores <= 1 || csv.length < POOL_MIN_FILES) return 1;
  let bytes = 0;
  for (const path of csv) {
    let size = 12 * 1024;
    if (io.stat !== undefined) {
      try {
        size = io.stat(path).size;
      } catch {
        size = 0; // unreadable: reported when it is read
      }
    }
    bytes += size;
    if (bytes >= DEFAULT_POOL_MIN_BYTES) return cores;
  }
  return 1;
}
/** Files per task sent to a worker (fewer messages), and tasks sent ahead per worker while results are taken in order. */
const FILES_PER_TASK = 16;
const TASKS_AHEAD_PER_WORKER = 3;

/**
 * A task of `--jobs N`: {@link FILES_PER_TASK} files from `start` in the list, read on a worker (`outcomes`,
 * and `got` once its answer is in) or in this thread (`got` at once).
 */
interface Batch {
  readonly start: number;
  outcomes: Promise<readonly UnitFileOutcome[]> | null;
  got: readonly UnitFileOutcome[] | null;
  /** The worker's task failed: awaiting `outcomes` throws. */
  failed: boolean;
}

/** A CSV file name (any letter case) and a family-image file name, as directories are walked. */
const CSV_NAME = /\.csv$/i;
const IMAGE_NAME = /^UPKIHON_IMAGE_.*\.jpe?g$/i;

/** The files to read: CSV paths (given or found in directories) and family-image paths (presence only). */
interface Inputs {
  readonly csv: string[];
  readonly images: string[];
  /** A directory was walked (so its images are all there). */
  walked: boolean;
}

function errorCode(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e as Error).message;
}

/** Whether `path` (canonical) is `root` (canonical) or inside it. */
function inside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * Lists the inputs: a directory is walked (sorted, recursively) for CSV files and UPKIHON_IMAGE JPEGs.
 * Only regular files are taken; a picked name that is anything else (a FIFO, a device, a socket) is
 * skipped. Symbolic links are followed only within the directory given: a link to a file there is
 * read under the link's name, a link to a directory there is not followed (its target is walked where it
 * is), and a link leading out of the tree is skipped. A directory or link that cannot be read is
 * skipped. Every skipped entry is passed to `skip` (links and other entries whose name would not be
 * picked anyway are ignored). Paths given on the command line are read whatever they are.
 */
function collectInputs(paths: readonly string[], io: CliIo, report: (s: Skipped) => void): Inputs {
  const inputs: Inputs = { csv: [], images: [], walked: false };
  let skipped = 0;
  const skip = (s: Skipped): void => {
    skipped++;
    report(s);
  };
  const walk = (dir: string, entries: readonly DirEntry[], root: string | null): void => {
    for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, e.name);
      const picked = CSV_NAME.test(e.name) || IMAGE_NAME.test(e.name);
      let type = e.type;
      if (type === 'symlink' && io.stat !== undefined) {
        let real: string | null = null;
        try {
          real = io.realPath?.(path) ?? null;
          type = io.stat(path).type;
        } catch (err) {
          if (picked) skip({ file: path, reason: 'unreadable', type: 'symlink', error: errorCode(err) });
          continue;
        }
        const within = root === null || real === null || inside(real, root);
        if (!within) {
          if (picked || type === 'directory') skip({ file: path, reason: 'linkOutside', type: 'symlink' });
          continue;
        }
        if (type === 'directory') continue; // walked where it is, inside the tree
      }
      if (type === 'directory') {
        let sub: readonly DirEntry[] | null;
        try {
          sub = io.listDir?.(path) ?? null;
        } catch (err) {
          skip({ file: path, reason: 'unreadable', type: 'directory', error: errorCode(err) });
          continue;
        }
        if (sub === null) skip({ file: path, reason: 'unreadable', type: 'directory', error: 'ENOTDIR' });
        else walk(path, sub, root);
        continue;
      }
      if (!picked) continue;
      if (type !== 'file') skip({ file: path, reason: 'notRegularFile', type });
      else if (CSV_NAME.test(e.name)) inputs.csv.push(path);
      else inputs.images.push(path);
    }
  };
  for (const p of paths) {
    let entries: readonly DirEntry[] | null;
    let root: string | null = null;
    try {
      entries = io.listDir?.(p) ?? null;
      if (entries !== null) root = io.realPath?.(p) ?? null;
    } catch (err) {
      skip({ file: p, reason: 'unreadable', error: errorCode(err) });
      continue;
    }
    if (entries !== null) {
      inputs.walked = true;
      const before = inputs.csv.length + inputs.images.length + skipped;
      walk(p, entries, root);
      // Nothing taken and nothing skipped under it (an empty or wrong directory): said, not passed as checked.
      if (inputs.csv.length + inputs.images.length + skipped === before) skip({ file: p, reason: 'noFiles', type: 'directory' });
    } else if (IMAGE_NAME.test(p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1))) inputs.images.push(p);
    else inputs.csv.push(p);
  }
  return inputs;
}

const EMPTY = new Uint8Array(0);

/** Validates a file as it is read, holding one piece at a time (the streaming reader, synchronously). */
function streamValidate(chunks: Iterable<Uint8Array>, options: ReturnType<typeof normalizeParseOptions>): ValidateResult {
  const session = new ReadSession(options, null);
  for (const piece of chunks) {
    if (session.done) break;
    session.write(piece);
    if (session.done) break;
  }
  return summary(session.end());
}

/** Shows `done / total files (files/s)` on a TTY once a batch has run for 2 s; clears it at the end. */
class Progress {
  private readonly started: number;
  private last = 0;
  private shown = false;

  constructor(
    private readonly io: CliIo,
    private readonly total: number,
    private readonly locale: Locale,
    private readonly enabled: boolean,
  ) {
    this.started = enabled && io.now !== undefined ? io.now() : 0;
  }

  tick(done: number): void {
    if (!this.enabled || this.io.now === undefined) return;
    const t = this.io.now();
    const elapsed = t - this.started;
    if (elapsed < PROGRESS_AFTER_MS || t - this.last < PROGRESS_EVERY_MS) return;
    this.last = t;
    this.shown = true;
    const rate = Math.round((done * 1000) / elapsed);
    const text = messagesFor(this.locale).progress({ done, total: this.total, rate });
    this.io.stderr(`\r${text}\u001b[K`);
  }

  end(): void {
    if (this.shown) this.io.stderr('\r\u001b[K');
  }
}

function unitLabel(u: SendUnit): string {
  return `[${u.id}]`;
}

function withdrawalLine(w: Withdrawal, o: ValidateCommandOptions, m: Messages): string {
  const what = KIND_INFO[w.withdraws].prefix;
  const cascade = w.cascade.map((k) => (k === 'familyImage' ? IMAGE_PREFIX : KIND_INFO[k].prefix)).join(', ');
  const month = w.key.month === null ? '' : ` ${w.key.month}`;
  const key = o.includeValues ? ` [${JSON.stringify(w.key)}]` : '';
  const where = `${printable(w.file)}${w.line === null ? '' : `:${w.line}`}:`;
  return m.withdrawal({ where, what, month, cascade, key });
}

function printText(
  out: (text: string) => void,
  result: UnitsResult,
  reports: readonly UnitFile[],
  skipped: readonly Skipped[],
  o: ValidateCommandOptions,
): void {
  const m = messagesFor(o.locale);
  const shown = (i: { severity: string }): boolean => !o.quiet || i.severity === 'error';
  // --explain: the remedy of the code under each issue.
  // The probable cause (issue.hint), when one is known, then with --explain the remedy of the code.
  const hint = (i: { readonly code: IssueCode; readonly hint?: IssueHint }): string =>
    (i.hint === undefined ? '' : `  ${m.hintLine({ message: i.hint.message, repairable: i.hint.repairable })}\n`) +
    (o.explain === true ? `  ${m.explainRemedy()} ${issueHelp(i.code, o.locale).remedy}\n` : '');
  for (const u of result.units) {
    for (const f of u.files) for (const i of f.result.issues) if (shown(i)) out(`${issueLine(f.file, i)}\n${hint(i)}`);
    for (const i of u.issues) if (shown(i)) out(`${issueLine(i.file ?? unitLabel(u), i)}\n${hint(i)}`);
  }
  for (const f of result.ungrouped) for (const i of f.result.issues) if (shown(i)) out(`${issueLine(f.file, i)}\n${hint(i)}`);
  if (!o.quiet) for (const u of result.units) for (const w of u.withdrawals) out(`${withdrawalLine(w, o, m)}\n`);
  for (const u of result.units) {
    if (u.verdict === 'valid' || (o.quiet && u.verdict !== 'invalid')) continue;
    const combination = u.combination === null ? '?' : (m.combination[u.combination] ?? u.combination);
    const line = m.unitVerdict({
      label: unitLabel(u),
      combination,
      invalid: u.verdict === 'invalid',
      errors: u.errorCount,
      warnings: u.warningCount,
    });
    out(`${line}\n`);
  }
  const s = fileSummary(reports, skipped);
  const invalidUnits = result.units.filter((u) => u.verdict === 'invalid').length;
  const warningUnits = result.units.filter((u) => u.verdict === 'warnings').length;
  out(`${m.filesSummary(s)}\n`);
  // The units' own issues (between files): the files' issues are in the line above.
  let unitErrors = 0;
  let unitWarnings = 0;
  for (const u of result.units) {
    for (const i of u.issues) {
      if (i.severity === 'error') unitErrors++;
      else if (i.severity === 'warning') unitWarnings++;
    }
  }
  out(`${m.unitsSummary({ units: result.units.length, invalid: invalidUnits, warnings: warningUnits, unitErrors, unitWarnings })}\n`);
  if (skipped.length > 0) out(`${m.skippedSummary({ n: skipped.length, checked: reports.length })}\n`);
}

/**
 * `careplan-csv validate DIR|FILE...`: validates every file (directories are walked for `.CSV`/`.csv`
 * files and UPKIHON_IMAGE JPEGs, whose presence is checked), groups them into send units and checks
 * the units. A family image named in 利用者基本情報 but absent is reported only when a directory was
 * walked or images were named (a list of CSV files alone says nothing about the images).
 *
 * A file is read whole only when it is a regular file within `maxFileBytes`; a larger one, or a path
 * given that is not a regular file (a pipe), is read piece by piece (bounded memory; its records take
 * no part in the link checks, and a file over the limit gets `limit.fileBytes`). Entries that are not
 * read (see `collectInputs`) are reported on stderr and in `skipped`.
 *
 * Text output prints the issues unit by unit (files in unit order, then the unit's own issues with
 * `(→ other file:line)`), what delete files withdraw, the units that are not valid, and two summary
 * lines (a third when entries were skipped); JSON output is `{files, summary, units, unitSummary,
 * skipped}` (`files` and `summary` as before units existed), written piece by piece. Exit 1 when a file
 * or a unit has an error, 2 when an entry was skipped or could not be read; an exception while handling
 * a file is thrown as an {@link InternalError} naming it.
 *
 * `--jobs N` (default: the available cores for a batch of {@link DEFAULT_POOL_MIN_BYTES} or more, else 1): with
 * an `io` that has {@link CliIo.workers} and at least {@link POOL_MIN_FILES} CSV files, the files are read and
 * validated on N threads, this one and N − 1 workers (see `readOnWorkers`), and the exit code comes as a
 * promise; the output is that of `--jobs 1`.
 */
export function runValidate(paths: readonly string[], o: ValidateCommandOptions, io: CliIo): number | Promise<number> {
  const skipped: Skipped[] = [];
  const skip = (s: Skipped): void => {
    skipped.push(s);
    io.stderr(`${skippedLine(s, o.locale)}\n`);
  };
  const inputs = collectInputs(paths, io, skip);
  const limits = o.limits ?? {};
  const base = {
    locale: o.locale,
    includeValues: o.includeValues,
    requireUncertainFields: o.requireUncertainFields === true,
    ...(o.skipHeader === undefined ? {} : { skipHeader: o.skipHeader }),
    ...(o.profile === undefined ? {} : { profile: o.profile }),
    ...(o.rules === undefined ? {} : { rules: o.rules }),
    checkJisX0213: o.checkJisX0213 === true,
    ...limits,
    ...(o.kind === undefined ? {} : { kind: o.kind }),
  };
  const maxFileBytes = normalizeParseOptions(base).limits.maxFileBytes;
  const jobs = o.jobs ?? defaultJobs(inputs.csv, io, typeof availableParallelism === 'function' ? availableParallelism() : cpus().length);
  // The workers start now: they load while the names are planned below and the first files are read.
  const pool = jobs > 1 && io.workers !== undefined && inputs.csv.length >= POOL_MIN_FILES ? io.workers(jobs - 1) : null;
  let validator: ReturnType<typeof createUnitBatch>;
  try {
    validator = createUnitBatch({
      // A missing family image is reported when images can be in the input: a directory, or images named.
      checkImages: inputs.walked || inputs.images.length > 0,
      checkMembers: o.units ?? 'auto',
      // Every name is known before any file is read: files with nothing to link to are read once only.
      names: [...inputs.csv, ...inputs.images],
      ...base,
    });
  } catch (e) {
    void pool?.close();
    throw e;
  }
  const progress = new Progress(io, inputs.csv.length, o.locale, o.format === 'text' && io.stderrIsTTY === true);
  // The files' own reports, in the order given (and found): CSV files, then images whose name is no spec name.
  const reports: UnitFile[] = [];
  let current: string | null = null;

  /** Keeps a file's own report. */
  const report = (f: UnitFile): void => {
    reports.push(f);
  };

  /** Reads one CSV file (null: skipped, reported): whole, or validated piece by piece when too large or no regular file. */
  /**
   * How to read a CSV file: whole, piece by piece (`stream`: over the limit, or not a regular file: a pipe),
   * or not at all (why). One open with `readWithin`; otherwise the size first, then the bytes.
   */
  const sizeUp = (path: string): BatchFileRead => {
    if (io.readWithin !== undefined && io.readChunks !== undefined) return io.readWithin(path, maxFileBytes);
    try {
      const st = io.stat?.(path);
      if (st !== undefined && st.type === 'directory') return { unreadable: 'EISDIR' };
      if (st !== undefined && io.readChunks !== undefined && (st.type !== 'file' || st.size > maxFileBytes)) return 'stream';
      return { bytes: io.readFile(path) };
    } catch (e) {
      return { unreadable: errorCode(e) };
    }
  };

  /** Validates a file piece by piece, never whole (null: it could not be read, reported). */
  const streamOne = (path: string): { parsed: ValidateResult } | null => {
    try {
      // An io that cannot read in pieces gives the whole file as one piece (the same result).
      const pieces = io.readChunks?.(path) ?? [io.readFile(path)];
      return { parsed: streamValidate(pieces, normalizeParseOptions({ ...base, fileName: path })) };
    } catch (e) {
      skip({ file: path, reason: 'unreadable', error: errorCode(e) });
      return null;
    }
  };

  /** Reads one CSV file (null: skipped, reported): whole, or validated piece by piece. */
  const readOne = (path: string): { bytes: Uint8Array } | { parsed: ValidateResult } | null => {
    const f = sizeUp(path);
    if (f === 'stream') return streamOne(path);
    if ('unreadable' in f) {
      skip({ file: path, reason: 'unreadable', error: f.unreadable });
      return null;
    }
    return f;
  };

  if (pool !== null) {
    return (
      readOnWorkers(pool, jobs)
        .catch((e: unknown) => {
          if (e instanceof InternalError || e instanceof OutputClosed || e instanceof CliError) throw e;
          throw new InternalError(current, e);
        })
        // Not awaited: the workers are idle and unref'd, their ending need not hold the report back.
        .finally(() => void pool.close())
        .then(conclude)
    );
  }
  try {
    for (const path of inputs.csv) {
      current = path;
      const input = readOne(path);
      if (input === null) continue;
      report(validator.add({ name: path, ...input }));
      progress.tick(reports.length);
    }
  } catch (e) {
    if (e instanceof InternalError || e instanceof OutputClosed || e instanceof CliError) throw e;
    throw new InternalError(current, e);
  }
  return conclude();

  /**
   * `--jobs N`: tasks of {@link FILES_PER_TASK} files, in order, go to the N − 1 workers (up to
   * {@link TASKS_AHEAD_PER_WORKER} each ahead of the one whose answer is taken next); while that answer is not
   * in, this thread reads the next task itself. Each file's result comes with the key values the unit checks
   * need (nothing is read twice); results are taken in the order of the files, so the output is that of one
   * thread. Files read piece by piece are validated here, as with one thread. A task that fails (a worker
   * stopped) fails the run at once, naming the task's first file.
   */
  async function readOnWorkers(pool: PoolCore, jobs: number): Promise<void> {
    const csv = inputs.csv;
    const ahead = (jobs - 1) * TASKS_AHEAD_PER_WORKER;
    const batches: Batch[] = [];
    let onWorkers = 0;
    let sent = 0;
    const take = (): UnitFileTask[] => {
      const files = csv.slice(sent, sent + FILES_PER_TASK).map((path) => ({ path, plan: validator.readPlan(path) }));
      sent += files.length;
      return files;
    };
    const send = (): void => {
      const b: Batch = { start: sent, outcomes: null, got: null, failed: false };
      const outcomes = pool.readUnits(take(), validator.readOptions, maxFileBytes);
      b.outcomes = outcomes;
      outcomes.then(
        (got) => {
          b.got = got;
        },
        () => {
          b.failed = true; // awaited in turn (at once when it is the next to take); not unhandled
        },
      );
      batches.push(b);
      onWorkers++;
    };
    /** Reads a task in this thread, as a worker does: this thread is one of the `jobs`. */
    const readHere = (): void => {
      const start = sent;
      const got = take().map((f): UnitFileOutcome => {
        current = f.path;
        const file = sizeUp(f.path);
        if (file === 'stream' || 'unreadable' in file) return file;
        return { read: f.plan === null ? null : readUnitCsv(file.bytes, { ...validator.readOptions, fileName: f.path }, f.plan) };
      });
      batches.push({ start, outcomes: null, got, failed: false });
    };
    while (sent < csv.length && onWorkers < ahead) send();
    while (batches.length > 0) {
      const head = batches[0] as Batch;
      if (head.got === null && !head.failed && sent < csv.length) {
        // The workers' next answer is not in: read the next task here meanwhile, then let their answers in.
        readHere();
        await new Promise<void>((resolve) => setImmediate(resolve));
        continue;
      }
      batches.shift();
      let got = head.got;
      if (head.outcomes !== null) {
        current = csv[head.start] as string; // the task's first file names a failure
        got = await head.outcomes;
        onWorkers--;
      }
      while (sent < csv.length && onWorkers < ahead) send();
      const outcomes = got as readonly UnitFileOutcome[];
      for (let i = 0; i < outcomes.length; i++) {
        const path = csv[head.start + i] as string;
        current = path;
        const f = outcomes[i] as UnitFileOutcome;
        let file: UnitFile;
        if (f === 'stream') {
          const input = streamOne(path); // read piece by piece here, as with one thread
          if (input === null) continue;
          file = validator.add({ name: path, ...input });
        } else if ('unreadable' in f) {
          skip({ file: path, reason: 'unreadable', error: f.unreadable });
          continue;
        } else if (f.read === null) file = validator.add({ name: path, bytes: EMPTY });
        else file = validator.addRead(path, f.read);
        report(file);
        progress.tick(reports.length);
      }
    }
  }

  /** The images, the unit checks and the output, once every CSV file is in. */
  function conclude(): number {
    try {
      progress.end();
      current = null;
      const images = inputs.images.map((path) => {
        current = path;
        // Only presence counts for a family image (its bytes are not read). A name the walk took for one
        // that the library does not accept (`upkihon_image_….jpg`) is read as an empty file: issues, no throw.
        return validator.add({ name: path, bytes: EMPTY });
      });
      current = null;
      const result = validator.finish();
      const ungrouped = new Set(result.ungrouped);
      for (const f of images) if (ungrouped.has(f)) report(f);
      // The files' warnings, and those between the files of a unit (a unit's count includes its files').
      const warnings =
        fileSummary(reports, skipped).warnings + result.units.reduce((n, u) => n + u.issues.filter((i) => i.severity === 'warning').length, 0);
      const tooManyWarnings = o.maxWarnings !== undefined && o.maxWarnings !== null && warnings > o.maxWarnings;
      const code = skipped.length > 0 ? EXIT.usage : result.ok && !tooManyWarnings ? EXIT.ok : EXIT.invalid;

      // -o FILE: written beside it and renamed once complete (a failed run leaves nothing under FILE).
      const file = o.out === undefined ? null : outputFile(io, o.out);
      const encoder = new TextEncoder();
      const out = new BufferedOut(file === null ? io.stdout : (text) => file.write(encoder.encode(text)));
      try {
        if (o.format === 'text') {
          printText(out.write, result, reports, skipped, o);
        } else {
          const doc = validateReport(result, { files: reports, skipped, includeValues: o.includeValues });
          if (o.format === 'json') {
            writeJson(doc, out.write);
            out.write('\n');
          } else {
            writeHtmlReport(doc, out.write, {
              locale: o.locale,
              ...(o.generatedAt === undefined ? {} : { generatedAt: o.generatedAt }),
              generator: o.version === undefined ? 'careplan-csv' : `careplan-csv ${o.version}`,
            });
          }
        }
        out.flush();
        file?.commit();
        if (tooManyWarnings) io.stderr(`careplan-csv: ${messagesFor(o.locale).tooManyWarnings({ count: warnings, max: o.maxWarnings as number })}\n`);
      } catch (e) {
        // The reader has gone (`| head`): stop quietly, with the exit code of the checks.
        if (e instanceof OutputClosed) return code;
        file?.abort();
        throw e;
      }
      return code;
    } catch (e) {
      if (e instanceof InternalError || e instanceof OutputClosed || e instanceof CliError) throw e;
      throw new InternalError(current, e);
    }
  }
}
