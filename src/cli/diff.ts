import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, type ParseResult } from '../api.js';
import { kindFromFileName } from '../filename/index.js';
import { isLocale, type Locale } from '../issues/locales/index.js';
import type { Issue } from '../issues/types.js';
import { describeDifference, describeSummary, matchingBlockers, reconcile, recordLines, type Difference, type ReconcileResult } from '../reconcile/index.js';
import { issueLine, printable } from './format.js';
import { OutputClosed, type CliIo } from './io.js';

/** Exit codes of `diff`: 0 no difference, 1 differences, 2 usage, I/O, or files that cannot be matched. */
const EXIT = { same: 0, differ: 1, usage: 2 } as const;

/** Help of the `diff` command (also printed after a usage error). */
export const DIFF_HELP = `Usage: careplan-csv diff [--format text|json] [--locale ja|en] [--all-providers] [--include-values] PLAN ACTUAL

Compares a 第6表 予定 file (UPPLAN) with a 実績 file (UPJSK), per user-month, and prints one line per
difference: missing (planned, not delivered), extra (delivered, not planned), changed (columns differ).
Only the providers and service types present in ACTUAL are compared (a UPJSK file comes from one
provider); --all-providers compares every plan row. 被保険者番号 and free text are printed only with
--include-values. Exit 0 when there is no difference, 1 when there are, 2 on usage or I/O problems or
when a file has errors that prevent matching (run validate on it).
`;

class DiffUsageError extends Error {}

interface Side {
  readonly role: 'plan' | 'actual';
  readonly file: string;
  readonly bytes: Uint8Array;
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
    throw new DiffIoError(`cannot read ${printable(file)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  const name = basename(file);
  const named = kindFromFileName(name);
  if (named !== null && named !== 'table6Plan' && named !== 'table6Actual') {
    throw new DiffUsageError(`${printable(file)} is not a 第6表 file (UPPLAN or UPJSK): its name says ${named}`);
  }
  // A name that tells no kind: PLAN is read as UPPLAN, ACTUAL as UPJSK (the name only gets a warning).
  const kind = named ?? (role === 'plan' ? 'table6Plan' : 'table6Actual');
  // Every issue is listed: an unlisted error in a matching column would make the comparison wrong.
  const result = parse(bytes, { kind, fileName: name, locale, includeValues, maxIssues: Infinity });
  return { role, file, bytes, result, blockers: matchingBlockers(result) };
}

class DiffIoError extends Error {}

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

function notes(plan: Side, actual: Side, locale: Locale): string[] {
  const out: string[] = [];
  for (const s of [plan, actual]) {
    const n = s.result.errorCount;
    if (n > 0) {
      out.push(
        locale === 'ja'
          ? `careplan-csv: 注意: ${s.file} に照合列以外のエラーが ${n} 件あります（validate で確認してください）`
          : `careplan-csv: note: ${s.file} has ${n} error(s) outside the matching columns (run validate)`,
      );
    }
  }
  const pm = [...months(plan.result)];
  const am = [...months(actual.result)];
  if (pm.length > 0 && am.length > 0 && !pm.some((m) => am.includes(m))) {
    out.push(
      locale === 'ja'
        ? `careplan-csv: 注意: 対象年月が異なります（${plan.file}: ${pm.join(', ')}、${actual.file}: ${am.join(', ')}）`
        : `careplan-csv: note: the files are for different months (${plan.file}: ${pm.join(', ')}; ${actual.file}: ${am.join(', ')})`,
    );
  }
  return out;
}

/** The parse result with the line of each record (left out, so records are named by number, if they disagree). */
function withLines(s: Side): ParseResult & { lines?: number[] } {
  const lines = recordLines(s.bytes);
  return lines.length === s.result.records.length ? { ...s.result, lines } : s.result;
}

function run(args: readonly string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      locale: { type: 'string' },
      'all-providers': { type: 'boolean', default: false },
      'include-values': { type: 'boolean', default: false },
    },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new DiffUsageError(`--format must be text or json (got ${format})`);
  const locale = values.locale ?? 'ja';
  if (!isLocale(locale)) throw new DiffUsageError(`--locale must be ja or en (got ${locale})`);
  if (positionals.length !== 2) throw new DiffUsageError('diff needs exactly two files: PLAN ACTUAL');
  const includeValues = values['include-values'];
  const plan = readSide(io, 'plan', positionals[0] as string, locale, includeValues);
  const actual = readSide(io, 'actual', positionals[1] as string, locale, includeValues);

  const blocked = [plan, actual].filter((s) => s.blockers.length > 0);
  if (blocked.length > 0) {
    const message = blocked.map((s) =>
      locale === 'ja'
        ? `${s.file} に照合を妨げるエラーが ${s.blockers.length} 件あるため比較できません`
        : `cannot compare: ${s.file} has ${s.blockers.length} error(s) that prevent matching`,
    );
    if (format === 'json') {
      const side = (s: Side) => ({ ...fileInfo(s), blocking: s.blockers.map((i) => ({ ...i, file: s.file })) });
      io.stdout(`${JSON.stringify({ plan: side(plan), actual: side(actual), comparable: false, error: message.join('; '), differences: null }, null, 2)}\n`);
    } else {
      for (const s of blocked) for (const i of s.blockers) io.stderr(`${issueLine(s.file, i)}\n`);
    }
    for (const m of message) io.stderr(`careplan-csv: ${printable(m)}\n`);
    return EXIT.usage;
  }

  for (const n of notes(plan, actual, locale)) io.stderr(`${printable(n)}\n`);
  const result: ReconcileResult = reconcile(
    withLines(plan),
    withLines(actual),
    { scope: values['all-providers'] ? 'all' : 'actualProviders', includeValues },
  );
  const code = result.same ? EXIT.same : EXIT.differ;
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

/**
 * `careplan-csv diff PLAN ACTUAL`: reconciles a 第6表 予定 file with a 実績 file. Returns the exit code:
 * 0 no difference, 1 differences, 2 usage or I/O problems or a file with errors that prevent matching.
 */
export function cmdDiff(args: readonly string[], io: CliIo): number {
  try {
    return run(args, io);
  } catch (e) {
    if (e instanceof DiffUsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`careplan-csv: ${printable((e as Error).message)}\n\n${DIFF_HELP}`);
      return EXIT.usage;
    }
    if (e instanceof DiffIoError) {
      io.stderr(`careplan-csv: ${printable(e.message)}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
