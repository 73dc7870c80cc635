import { basename, join } from 'node:path';
import type { Locale } from '../issues/locales/index.js';
import type { Kind } from '../kinds.js';
import type { SubstitutionPolicy } from '../encoding/substitution.js';
import type { Profile, RuleOverrides } from '../issues/profiles.js';
import type { ReadLimits } from '../options.js';
import { repair, type RepairChange, type RepairResult } from '../repair/repair.js';
import { EXIT, errnoCode, ioError, usageError } from './errors.js';
import { issueLine, printable } from './format.js';
import type { CliIo } from './io.js';
import { messagesFor } from './messages/index.js';

export interface FixOptions {
  /** Where to write: a file for a file, a directory (that exists) for a directory. Null only with `dryRun`. */
  readonly out: string | null;
  readonly dryRun: boolean;
  /** Print each change (values only with `includeValues`). */
  readonly diff: boolean;
  readonly locale: Locale;
  readonly kind: Kind | undefined;
  readonly includeValues: boolean;
  readonly requireUncertainFields: boolean;
  readonly skipHeader: boolean;
  readonly limits: ReadLimits;
  readonly quiet: boolean;
  /** `--profile`, the config file's `rules`, `--check-jisx0213`: how the result is validated. */
  readonly reading: { readonly profile?: Profile; readonly rules?: RuleOverrides; readonly checkJisX0213: boolean };
  /** `--substitute`: characters MS932 lacks written as their usual substitutes (`'jisx0213'`), or not. */
  readonly substitute: SubstitutionPolicy;
}

/** One change as a line: `FILE:LINE:COLUMN 項目名 what [old → new]`. */
function changeLine(file: string, c: RepairChange, locale: Locale): string {
  const m = messagesFor(locale);
  let at = file;
  if (c.line !== null) at += `:${c.line}${c.column === null ? '' : `:${c.column}`}`;
  const parts = [`${at}:`, c.kind];
  if (c.fieldJa !== null) parts.push(c.fieldJa);
  parts.push(m.fixChange({ kind: c.kind, count: c.count }));
  if (c.from !== undefined && c.to !== undefined) parts.push(`[${JSON.stringify(c.from)} → ${JSON.stringify(c.to)}]`);
  return printable(parts.join(' '));
}

/** The files to mend: the `.CSV` regular files of a directory (sorted), or the one file given. */
function inputsOf(io: CliIo, path: string): { readonly dir: boolean; readonly files: readonly string[] } {
  let entries: ReturnType<NonNullable<CliIo['listDir']>> | null;
  try {
    entries = io.listDir?.(path) ?? null;
  } catch (e) {
    throw ioError('cannotRead', { file: path, error: errnoCode(e) });
  }
  if (entries === null) return { dir: false, files: [path] };
  const files = entries.filter((e) => e.type === 'file' && /\.csv$/i.test(e.name)).map((e) => e.name);
  // An empty or wrong directory: said (exit 2), not passed as fixed.
  if (files.length === 0) throw ioError('noCsvToFix', { file: path });
  return { dir: true, files: files.sort() };
}

/**
 * `careplan-csv fix FILE -o OUT` (or `fix DIR -o OUTDIR`): mends what has one reading (see `repair`) and
 * writes the canonical file; `--dry-run` writes nothing, `--diff` prints each change. Exit 0 when no file
 * has an error left, 1 when one has (or could not be rewritten), 2 on usage or I/O problems.
 */
export function runFix(path: string, o: FixOptions, io: CliIo): number {
  if (o.out === null && !o.dryRun) throw usageError('needsOutFix', {});
  const m = messagesFor(o.locale);
  const { dir, files } = inputsOf(io, path);
  let exit: number = EXIT.ok;
  for (const name of files) {
    const file = dir ? join(path, name) : path;
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(file);
    } catch (e) {
      throw ioError('cannotRead', { file, error: errnoCode(e) });
    }
    const r: RepairResult = repair(bytes, {
      fileName: basename(file),
      locale: o.locale,
      includeValues: o.includeValues,
      requireUncertainFields: o.requireUncertainFields,
      skipHeader: o.skipHeader,
      ...o.limits,
      ...(o.reading.profile === undefined ? {} : { profile: o.reading.profile }),
      ...(o.reading.rules === undefined ? {} : { rules: o.reading.rules }),
      checkJisX0213: o.reading.checkJisX0213,
      substitute: o.substitute,
      ...(o.kind === undefined ? {} : { kind: o.kind }),
    });
    if (o.diff) for (const c of r.changes) io.stdout(`${changeLine(file, c, o.locale)}\n`);
    for (const i of r.issues) if (!o.quiet || i.severity === 'error') io.stderr(`${issueLine(file, i)}\n`);
    if (r.bytes === null) {
      io.stdout(`${printable(m.fixNotWritten({ file, errors: r.errorCount }))}\n`);
      exit = EXIT.invalid;
      continue;
    }
    const target = o.out === null ? null : dir ? join(o.out, name) : o.out;
    if (target !== null && !o.dryRun) {
      try {
        io.writeFile(target, r.bytes);
      } catch (e) {
        throw ioError('cannotWrite', { file: target, error: errnoCode(e) });
      }
    }
    io.stdout(`${printable(m.fixSummary({ file, target: o.dryRun ? null : target, changes: r.changes.length, errors: r.errorCount }))}\n`);
    if (r.errorCount > 0) exit = EXIT.invalid;
  }
  return exit;
}
