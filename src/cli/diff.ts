import { basename } from 'node:path';
import { parse, type ParseResult } from '../api.js';
import { kindFromFileName } from '../filename/index.js';
import type { Locale } from '../issues/locales/index.js';
import type { Issue } from '../issues/types.js';
import { describeDifference, describeSummary, matchingBlockers, reconcile, type Difference, type ReconcileResult } from '../reconcile/index.js';
import { errnoCode, EXIT, ioError } from './errors.js';
import { issueLine, printable } from './format.js';
import { OutputClosed, type CliIo } from './io.js';
import { messagesFor, type Messages } from './messages/index.js';

/** Options of `careplan-csv diff` after argument parsing. */
export interface DiffCommandOptions {
  readonly format: 'text' | 'json';
  readonly locale: Locale;
  readonly allProviders: boolean;
  readonly includeValues: boolean;
}

interface Side {
  readonly role: 'plan' | 'actual';
  readonly file: string;
  readonly result: ParseResult;
  readonly blockers: readonly Issue[];
}

function at(file: string, line: number | null): string {
  return printable(line === null ? file : `${file}:${line}`);
}

/** `PLAN:LINE ACTUAL:LINE: type description` (only the side(s) the difference has). */
function differenceLine(d: Difference, planFile: string, actualFile: string, locale: Locale): string {
  const where: string[] = [];
  if (d.plan !== null) where.push(at(planFile, d.plan.line));
  if (d.actual !== null) where.push(at(actualFile, d.actual.line));
  return `${where.join(' ')}: ${d.type} ${describeDifference(d, locale)}`;
}

function readSide(io: CliIo, role: 'plan' | 'actual', file: string, locale: Locale, includeValues: boolean): Side {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    throw ioError('cannotRead', { file, error: errnoCode(e) });
  }
  const name = basename(file);
  const named = kindFromFileName(name);
  if (named !== null && named !== 'table6Plan' && named !== 'table6Actual') {
    throw ioError('diffNotTable6', { file, kind: named });
  }
  // A name that tells no kind: PLAN is read as UPPLAN, ACTUAL as UPJSK (the name only gets a warning).
  const kind = named ?? (role === 'plan' ? 'table6Plan' : 'table6Actual');
  // Every issue is listed: an unlisted error in a matching column would make the comparison wrong.
  const result = parse(bytes, { kind, fileName: name, locale, includeValues, maxIssues: Infinity });
  return { role, file, result, blockers: matchingBlockers(result) };
}

function fileInfo(s: Side) {
  return {
    file: s.file,
    kind: s.result.kind,
    version: s.result.version,
    records: s.result.recordCount,
    errors: s.result.errorCount,
    warnings: s.result.warningCount,
  };
}

function months(r: ParseResult): Set<string> {
  return new Set(r.records.map((x) => String((x as { targetMonth?: unknown }).targetMonth ?? '')));
}

function notes(plan: Side, actual: Side, m: Messages): string[] {
  const out: string[] = [];
  for (const s of [plan, actual]) {
    const n = s.result.errorCount;
    if (n > 0) out.push(`careplan-csv: ${m.diffNoteErrors({ file: s.file, n })}`);
  }
  const pm = [...months(plan.result)];
  const am = [...months(actual.result)];
  if (pm.length > 0 && am.length > 0 && !pm.some((x) => am.includes(x))) {
    out.push(`careplan-csv: ${m.diffNoteMonths({ plan: plan.file, planMonths: pm.join(', '), actual: actual.file, actualMonths: am.join(', ') })}`);
  }
  return out;
}

/** The parse result with the line of each record, as `parse` kept them. */
function withLines(s: Side): ParseResult & { lines: number[] } {
  return { ...s.result, lines: Array.from(s.result.recordLines) };
}

/**
 * `careplan-csv diff PLAN ACTUAL`: reconciles a 第6表 予定 file with a 実績 file. Returns the exit code:
 * 0 no difference, 1 differences, 2 I/O problems or a file with errors that prevent matching.
 */
export function runDiff(planFile: string, actualFile: string, o: DiffCommandOptions, io: CliIo): number {
  const { format, locale, includeValues } = o;
  const m = messagesFor(locale);
  const plan = readSide(io, 'plan', planFile, locale, includeValues);
  const actual = readSide(io, 'actual', actualFile, locale, includeValues);

  const blocked = [plan, actual].filter((s) => s.blockers.length > 0);
  if (blocked.length > 0) {
    const message = blocked.map((s) => m.diffBlocked({ file: s.file, n: s.blockers.length }));
    if (format === 'json') {
      const side = (s: Side) => ({ ...fileInfo(s), blocking: s.blockers.map((i) => ({ ...i, file: s.file })) });
      io.stdout(
        `${JSON.stringify({ plan: side(plan), actual: side(actual), comparable: false, error: message.join('; '), differences: null }, null, 2)}\n`,
      );
    } else {
      for (const s of blocked) for (const i of s.blockers) io.stderr(`${issueLine(s.file, i)}\n`);
    }
    for (const x of message) io.stderr(`careplan-csv: ${printable(x)}\n`);
    return EXIT.usage;
  }

  for (const n of notes(plan, actual, m)) io.stderr(`${printable(n)}\n`);
  const result: ReconcileResult = reconcile(withLines(plan), withLines(actual), { scope: o.allProviders ? 'all' : 'actualProviders', includeValues });
  const code = result.same ? EXIT.ok : EXIT.invalid;
  try {
    if (format === 'json') {
      const out = { plan: fileInfo(plan), actual: fileInfo(actual), comparable: true, ...result };
      io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      for (const d of result.differences) io.stdout(`${differenceLine(d, plan.file, actual.file, locale)}\n`);
      io.stdout(`${describeSummary(result, locale)}\n`);
    }
  } catch (e) {
    // The reader has gone (`| head`): stop quietly, with the exit code of the comparison.
    if (e instanceof OutputClosed) return code;
    throw e;
  }
  return code;
}
