import { basename } from 'node:path';
import { parse, type ParseResult } from '../api.js';
import { kindFromFileName } from '../filename/index.js';
import { KIND_INFO } from '../kinds.js';
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

type Table6Kind = 'table6Plan' | 'table6Actual';

/** The bytes of a file, with the 第6表 kind its name says (null: the name tells no kind). */
interface Input {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly named: Table6Kind | null;
}

function readInput(io: CliIo, file: string): Input {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    throw ioError('cannotRead', { file, error: errnoCode(e) });
  }
  const named = kindFromFileName(basename(file));
  if (named !== null && named !== 'table6Plan' && named !== 'table6Actual') {
    throw ioError('diffNotTable6', { file, kind: named });
  }
  return { file, bytes, named };
}

function readSide(input: Input, kind: Table6Kind, locale: Locale, includeValues: boolean): Side {
  // Every issue is listed: an unlisted error in a matching column would make the comparison wrong.
  const result = parse(input.bytes, { kind, fileName: basename(input.file), locale, includeValues, maxIssues: Infinity });
  return { role: kind === 'table6Plan' ? 'plan' : 'actual', file: input.file, result, blockers: matchingBlockers(result) };
}

/**
 * What a 第6表 file's content says it is, from its 作成年月日 and 対象年月 (the two files share one layout):
 * 実績 is made after its month (it reports what was delivered), 予定 before or during it. Null when the
 * records say nothing (no valid dates) or disagree.
 */
export function kindFromContent(r: ParseResult): Table6Kind | null {
  let kind: Table6Kind | null = null;
  for (const x of r.records) {
    const { createdDate, targetMonth } = x as { createdDate?: unknown; targetMonth?: unknown };
    if (typeof createdDate !== 'string' || typeof targetMonth !== 'string' || !/^\d{8}$/.test(createdDate) || !/^\d{6}$/.test(targetMonth)) continue;
    const k: Table6Kind = createdDate.slice(0, 6) > targetMonth ? 'table6Actual' : 'table6Plan';
    if (kind !== null && kind !== k) return null;
    kind = k;
  }
  return kind;
}

const other = (k: Table6Kind): Table6Kind => (k === 'table6Plan' ? 'table6Actual' : 'table6Plan');

/**
 * Reads the two files and tells which is 予定 and which 実績, in either order: by their names (UPPLAN,
 * UPJSK), else one name decides for both, else by their content ({@link kindFromContent}); when that
 * does not tell them apart, the order given (PLAN ACTUAL) stands, with a note. Two files named as the
 * same kind are refused (exit 2).
 */
function readSides(io: CliIo, first: string, second: string, m: Messages, locale: Locale, includeValues: boolean): { plan: Side; actual: Side } {
  const a = readInput(io, first);
  const b = readInput(io, second);
  if (a.named !== null && a.named === b.named) throw ioError('diffSameKind', { first, second, kind: KIND_INFO[a.named].prefix });
  const named = a.named ?? (b.named === null ? null : other(b.named));
  if (named !== null) {
    const sa = readSide(a, named, locale, includeValues);
    const sb = readSide(b, other(named), locale, includeValues);
    return named === 'table6Plan' ? { plan: sa, actual: sb } : { plan: sb, actual: sa };
  }
  // Neither name tells: read in the order given, then let the content decide.
  let sa = readSide(a, 'table6Plan', locale, includeValues);
  let sb = readSide(b, 'table6Actual', locale, includeValues);
  const ka = kindFromContent(sa.result);
  const kb = kindFromContent(sb.result);
  // The content is a clue, not a name: files it cannot tell apart are compared in the order given.
  if (ka === kb) {
    io.stderr(`careplan-csv: ${printable(m.diffNoteOrder({ plan: first, actual: second }))}\n`);
    return { plan: sa, actual: sb };
  }
  if (ka === 'table6Actual' || kb === 'table6Plan') {
    sa = readSide(a, 'table6Actual', locale, includeValues);
    sb = readSide(b, 'table6Plan', locale, includeValues);
    return { plan: sb, actual: sa };
  }
  return { plan: sa, actual: sb };
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
 * `careplan-csv diff FILE FILE`: reconciles a 第6表 予定 file with a 実績 file, given in either order (see
 * `readSides`). Returns the exit code: 0 no difference, 1 differences, 2 I/O problems, two files of one
 * kind, or a file with errors that prevent matching.
 */
export function runDiff(first: string, second: string, o: DiffCommandOptions, io: CliIo): number {
  const { format, locale, includeValues } = o;
  const m = messagesFor(locale);
  const { plan, actual } = readSides(io, first, second, m, locale, includeValues);

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
