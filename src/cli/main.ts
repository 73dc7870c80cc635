import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, serialize } from '../api.js';
import { isLocale, type Locale } from '../issues/locales/index.js';
import { isKind, KINDS, type Kind } from '../kinds.js';
import { normalizeParseOptions, type ReadLimits } from '../options.js';
import { cmdDiff } from './diff.js';
import { EXIT, issueLine, printable } from './format.js';
import { OutputClosed, type CliIo } from './io.js';
import { BufferedOut, writeJson } from './output.js';
import { jsonErrorPosition } from './json-position.js';
import { internalErrorLine, notJsonLine } from './messages.js';
import { runServe } from './serve.js';
import { InternalError, runValidate } from './validate.js';

export { nodeIo, OutputClosed, type CliIo, type DirEntry, type EntryType } from './io.js';

/** Exit codes: 0 no error, 1 a file has an error, 2 usage or I/O problem, 3 internal error (a bug). */
export { EXIT };

const HELP = `careplan-csv — ケアプランデータ連携標準仕様 CSV files (strict MS932)

Usage:
  careplan-csv validate [--format text|json] [--locale ja|en] [--kind KIND] [--include-values] [LIMITS] DIR|FILE...
  careplan-csv to-json [--kind KIND] [--locale ja|en] [LIMITS] FILE
  careplan-csv from-json [--locale ja|en] [--allow-invalid] JSON -o OUT
  careplan-csv diff [--format text|json] [--locale ja|en] [--all-providers] [--include-values] PLAN ACTUAL
  careplan-csv serve [--port N] [--host H] [--workers N] [--deadline-ms N] [--max-body-bytes N] [--idle-ms N] …
  careplan-csv --version | --help

validate   checks files, and the send units they form (same ファイル連番, sender and receiver: combination,
           links by key, 第6表 ↔ 第7表, family images, what delete files withdraw); directories are walked
           for .CSV files and UPKIHON_IMAGE JPEGs (regular files only; symbolic links are followed only
           within the directory given). Entries not read are reported and counted.
           Text output: FILE:LINE:COLUMN: severity code 項目名 message [(→ OTHER FILE:LINE)]
to-json    prints {kind, version, fileName, records} (issues go to stderr)
from-json  reads {kind, records} (the to-json shape) and writes the canonical CSV file to OUT
serve      an HTTP validation service (a sidecar for an upload endpoint): POST /validate?name=FILE answers
           the JSON result, GET /health; docs/relay.md
diff       compares 第6表 予定 (UPPLAN) with 実績 (UPJSK): missing, extra and changed rows; exit 0 when
           they agree, 1 when they differ, 2 on usage/I/O problems or errors that prevent matching

LIMITS (per file; a larger file is read piece by piece up to the limit, and gets limit.fileBytes):
  --max-file-bytes N (default 1G)   --max-record-bytes N (1M)   --max-field-bytes N (64K)
  --max-records N (10000000)        --max-issues N (1000 listed per file)
  N is a whole number, optionally with K, M or G (×1024, ×1024², ×1024³).

Exit codes: 0 no error (warnings allowed), 1 a file or unit has an error, 2 usage or I/O problem (an
entry that could not be read, or was skipped), 3 internal error (a bug: please report it).

The kind comes from the file name (e.g. UPPLAN_202505_…CSV) or --kind (${KINDS.join(', ')}).
Field values are never printed in issues unless --include-values is given (care data is personal).
`;

class UsageError extends Error {}

function localeOf(v: string | undefined): Locale {
  if (v === undefined) return 'ja';
  if (!isLocale(v)) throw new UsageError(`--locale must be ja or en (got ${printable(v)})`);
  return v;
}

function kindOf(v: string | undefined): Kind | undefined {
  if (v === undefined) return undefined;
  if (!isKind(v)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
  return v;
}

/** The read-limit flags, each mapped to its {@link ReadLimits} option. */
const LIMIT_FLAGS = {
  'max-file-bytes': 'maxFileBytes',
  'max-record-bytes': 'maxRecordBytes',
  'max-field-bytes': 'maxFieldBytes',
  'max-records': 'maxRecords',
  'max-issues': 'maxIssues',
} as const;
type LimitFlag = keyof typeof LIMIT_FLAGS;
const LIMIT_OPTIONS = Object.fromEntries(Object.keys(LIMIT_FLAGS).map((f) => [f, { type: 'string' as const }])) as {
  [F in LimitFlag]: { type: 'string' };
};
const SUFFIX: { readonly [s: string]: number } = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** The limits given as flags (checked as the library checks its options). */
function limitsOf(values: { readonly [F in LimitFlag]?: string | undefined }): ReadLimits {
  const limits: { -readonly [K in keyof ReadLimits]: number } = {};
  for (const [flag, option] of Object.entries(LIMIT_FLAGS) as [LimitFlag, keyof ReadLimits][]) {
    const v = values[flag];
    if (v === undefined) continue;
    const m = /^([0-9]{1,16})([kmg]?)$/i.exec(v);
    if (m === null) throw new UsageError(`--${flag} must be a whole number, optionally with K, M or G (got ${printable(v)})`);
    limits[option] = Number(m[1]) * (SUFFIX[(m[2] as string).toLowerCase()] as number);
  }
  try {
    normalizeParseOptions(limits);
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^careplan-csv: /, '').replace(/option "(\w+)"/, (_, o: string) => `--${Object.keys(LIMIT_FLAGS).find((f) => LIMIT_FLAGS[f as LimitFlag] === o) ?? o}`));
  }
  return limits;
}

function readInput(io: CliIo, path: string): Uint8Array {
  try {
    return io.readFile(path);
  } catch (e) {
    throw new IoError(`cannot read ${printable(path)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

/**
 * Reads a file for `to-json`, which needs its records: whole when within `maxFileBytes`, else only the
 * first `maxFileBytes` + 1 bytes (the reader stops at the limit with `limit.fileBytes`).
 */
function readBounded(io: CliIo, path: string, limits: ReadLimits): Uint8Array {
  const max = normalizeParseOptions(limits).limits.maxFileBytes;
  let st: { type: string; size: number } | undefined;
  try {
    st = io.stat?.(path);
  } catch (e) {
    throw new IoError(`cannot read ${printable(path)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (st === undefined || io.readChunks === undefined || (st.type === 'file' && st.size <= max)) return readInput(io, path);
  try {
    const parts: Uint8Array[] = [];
    let total = 0;
    for (const piece of io.readChunks(path)) {
      const take = Math.min(piece.length, max + 1 - total);
      parts.push(take === piece.length ? piece : piece.subarray(0, take));
      total += take;
      if (total > max) break;
    }
    const bytes = new Uint8Array(total);
    let at = 0;
    for (const p of parts) {
      bytes.set(p, at);
      at += p.length;
    }
    return bytes;
  } catch (e) {
    throw new IoError(`cannot read ${printable(path)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

class IoError extends Error {}

function cmdValidate(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      locale: { type: 'string' },
      kind: { type: 'string' },
      'include-values': { type: 'boolean', default: false },
      ...LIMIT_OPTIONS,
    },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got ${printable(format)})`);
  if (positionals.length === 0) throw new UsageError('validate needs at least one DIR or FILE');
  const locale = localeOf(values.locale);
  const kind = kindOf(values.kind);
  const limits = limitsOf(values);
  return runValidate(positionals, { format, locale, kind, includeValues: values['include-values'], limits }, io);
}

function cmdToJson(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { kind: { type: 'string' }, locale: { type: 'string' }, ...LIMIT_OPTIONS },
  });
  if (positionals.length !== 1) throw new UsageError('to-json needs exactly one FILE');
  const file = positionals[0] as string;
  const locale = localeOf(values.locale);
  const kind = kindOf(values.kind);
  const limits = limitsOf(values);
  const bytes = readBounded(io, file, limits);
  let r: ReturnType<typeof parse>;
  try {
    r = parse(bytes, { fileName: basename(file), locale, ...limits, ...(kind === undefined ? {} : { kind }) });
  } catch (e) {
    throw new InternalError(file, e, locale);
  }
  const code = r.ok ? EXIT.ok : EXIT.invalid;
  for (const i of r.issues) io.stderr(`${issueLine(file, i)}\n`);
  try {
    const out = new BufferedOut(io.stdout);
    writeJson({ kind: r.kind, version: r.version, fileName: basename(file), records: r.records }, out.write, 2);
    out.write('\n');
    out.flush();
  } catch (e) {
    if (e instanceof OutputClosed) return code;
    throw e;
  }
  return code;
}

function cmdFromJson(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, locale: { type: 'string' }, 'allow-invalid': { type: 'boolean', default: false } },
  });
  if (positionals.length !== 1) throw new UsageError('from-json needs exactly one JSON file');
  if (values.out === undefined) throw new UsageError('from-json needs -o OUT');
  const file = positionals[0] as string;
  const locale = localeOf(values.locale);
  const bytes = readInput(io, file);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new IoError(notJsonLine(file, null, locale));
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the input (personal data): say where, never what.
    throw new IoError(notJsonLine(file, jsonErrorPosition(text) ?? { line: 1, column: 1 }, locale));
  }
  const d = doc as { kind?: unknown; records?: unknown };
  if (doc === null || typeof doc !== 'object' || !isKind(d.kind) || !Array.isArray(d.records)) {
    throw new IoError(`${printable(file)} must be an object {"kind": KIND, "records": [...]} (the to-json output)`);
  }
  const r = serialize(d.kind as 'table6Plan', d.records as Record<string, unknown>[], {
    locale,
    fileName: basename(values.out),
    allowInvalid: values['allow-invalid'],
  });
  // Lines and columns are those of the CSV being written.
  for (const i of r.issues) io.stderr(`${issueLine(values.out, i)}\n`);
  if (r.bytes === null) {
    const out = printable(values.out);
    io.stderr(locale === 'ja' ? `careplan-csv: ${out} は書き出しませんでした（エラーがあります）\n` : `careplan-csv: ${out} not written (errors)\n`);
    return EXIT.invalid;
  }
  try {
    io.writeFile(values.out, r.bytes);
  } catch (e) {
    throw new IoError(`cannot write ${printable(values.out)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return r.ok ? EXIT.ok : EXIT.invalid;
}

/** The `--locale` given, for the one line of an internal error (before the arguments were parsed). */
function localeIn(argv: readonly string[]): Locale {
  const i = argv.indexOf('--locale');
  const v = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--locale='))?.slice('--locale='.length);
  return v === 'en' ? 'en' : 'ja';
}

/**
 * Runs the CLI with the given arguments (without `node` and the script). Returns the exit code: 0, 1, 2
 * (usage or I/O), or 3 after an unexpected exception (one line on stderr naming the file, no stack).
 * When stdout closes early (EPIPE, `… | head`) the command stops writing and returns its exit code quietly.
 */
export function runCli(argv: readonly string[], io: CliIo, version: string): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'validate':
        return cmdValidate(rest, io);
      case 'to-json':
        return cmdToJson(rest, io);
      case 'diff':
        return cmdDiff(rest, io);
      case 'serve':
        return runServe(rest, io);
      case 'from-json':
        return cmdFromJson(rest, io);
      case '--version':
      case '-v':
        io.stdout(`${version}\n`);
        return EXIT.ok;
      case '--help':
      case '-h':
      case 'help':
        io.stdout(HELP);
        return EXIT.ok;
      default:
        throw new UsageError(command === undefined ? 'no command given' : `unknown command ${printable(command)}`);
    }
  } catch (e) {
    try {
      if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
        io.stderr(`careplan-csv: ${(e as Error).message.split('\n').map(printable).join('\n')}\n\n${HELP}`);
        return EXIT.usage;
      }
      if (e instanceof IoError) {
        io.stderr(`careplan-csv: ${e.message}\n`);
        return EXIT.usage;
      }
      if (e instanceof OutputClosed) return EXIT.ok;
      if (e instanceof InternalError) io.stderr(`${internalErrorLine(e.file, e.error, e.locale)}\n`);
      else io.stderr(`${internalErrorLine(null, e, localeIn(argv))}\n`);
    } catch {
      // stderr failed as well: the exit code is all that is left
    }
    return EXIT.internal;
  }
}
