import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { parse, serialize } from '../api.js';
import { isLocale, type Locale } from '../issues/locales/index.js';
import { isKind, KINDS, type Kind } from '../kinds.js';
import { cmdDiff } from './diff.js';
import { EXIT, issueLine } from './format.js';
import type { CliIo } from './io.js';
import { runValidate } from './validate.js';

export type { CliIo } from './io.js';

export const nodeIo: CliIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p),
  writeFile: (p, b) => writeFileSync(p, b),
  listDir: (p) => {
    try {
      if (!statSync(p).isDirectory()) return null;
      return readdirSync(p, { withFileTypes: true }).map((e) => ({ name: e.name, directory: e.isDirectory() }));
    } catch {
      return null; // read as a file, which reports the error
    }
  },
  stderrIsTTY: process.stderr.isTTY === true,
  now: () => performance.now(),
};

/** Exit codes: 0 no error, 1 a file has an error, 2 usage or I/O problem. */
export { EXIT };

const HELP = `careplan-csv — ケアプランデータ連携標準仕様 CSV files (strict MS932)

Usage:
  careplan-csv validate [--format text|json] [--locale ja|en] [--kind KIND] [--include-values] DIR|FILE...
  careplan-csv to-json [--kind KIND] [--locale ja|en] FILE
  careplan-csv from-json [--locale ja|en] [--allow-invalid] JSON -o OUT
  careplan-csv diff [--format text|json] [--locale ja|en] [--all-providers] [--include-values] PLAN ACTUAL
  careplan-csv --version | --help

validate   checks files, and the send units they form (same ファイル連番, sender and receiver: combination,
           links by key, 第6表 ↔ 第7表, family images, what delete files withdraw); directories are walked
           for .CSV files and UPKIHON_IMAGE JPEGs. Exit 0 when no file or unit has an error (warnings
           allowed), 1 when any has, 2 on usage or I/O problems.
           Text output: FILE:LINE:COLUMN: severity code 項目名 message [(→ OTHER FILE:LINE)]
to-json    prints {kind, version, fileName, records} (issues go to stderr)
from-json  reads {kind, records} (the to-json shape) and writes the canonical CSV file to OUT
diff       compares 第6表 予定 (UPPLAN) with 実績 (UPJSK): missing, extra and changed rows; exit 0 when
           they agree, 1 when they differ, 2 on usage/I/O problems or errors that prevent matching

The kind comes from the file name (e.g. UPPLAN_202505_…CSV) or --kind (${KINDS.join(', ')}).
Field values are never printed in issues unless --include-values is given (care data is personal).
`;

class UsageError extends Error {}

function localeOf(v: string | undefined): Locale {
  if (v === undefined) return 'ja';
  if (!isLocale(v)) throw new UsageError(`--locale must be ja or en (got ${v})`);
  return v;
}

function kindOf(v: string | undefined): Kind | undefined {
  if (v === undefined) return undefined;
  if (!isKind(v)) throw new UsageError(`--kind must be one of ${KINDS.join(', ')}`);
  return v;
}

function readInput(io: CliIo, path: string): Uint8Array {
  try {
    return io.readFile(path);
  } catch (e) {
    throw new IoError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
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
    },
  });
  const format = values.format;
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json (got ${format})`);
  if (positionals.length === 0) throw new UsageError('validate needs at least one DIR or FILE');
  const locale = localeOf(values.locale);
  const kind = kindOf(values.kind);
  return runValidate(positionals, { format, locale, kind, includeValues: values['include-values'] }, io);
}

function cmdToJson(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { kind: { type: 'string' }, locale: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('to-json needs exactly one FILE');
  const file = positionals[0] as string;
  const locale = localeOf(values.locale);
  const kind = kindOf(values.kind);
  const bytes = readInput(io, file);
  const r = parse(bytes, { fileName: basename(file), locale, ...(kind === undefined ? {} : { kind }) });
  for (const i of r.issues) io.stderr(`${issueLine(file, i)}\n`);
  io.stdout(`${JSON.stringify({ kind: r.kind, version: r.version, fileName: basename(file), records: r.records }, null, 2)}\n`);
  return r.ok ? EXIT.ok : EXIT.invalid;
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
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(readInput(io, file)));
  } catch (e) {
    if (e instanceof IoError) throw e;
    throw new IoError(`${file} is not valid UTF-8 JSON: ${(e as Error).message}`);
  }
  const d = doc as { kind?: unknown; records?: unknown };
  if (doc === null || typeof doc !== 'object' || !isKind(d.kind) || !Array.isArray(d.records)) {
    throw new IoError(`${file} must be an object {"kind": KIND, "records": [...]} (the to-json output)`);
  }
  const r = serialize(d.kind as 'table6Plan', d.records as Record<string, unknown>[], {
    locale,
    fileName: basename(values.out),
    allowInvalid: values['allow-invalid'],
  });
  // Lines and columns are those of the CSV being written.
  for (const i of r.issues) io.stderr(`${issueLine(values.out, i)}\n`);
  if (r.bytes === null) {
    io.stderr(locale === 'ja' ? `careplan-csv: ${values.out} は書き出しませんでした（エラーがあります）\n` : `careplan-csv: ${values.out} not written (errors)\n`);
    return EXIT.invalid;
  }
  try {
    io.writeFile(values.out, r.bytes);
  } catch (e) {
    throw new IoError(`cannot write ${values.out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return r.ok ? EXIT.ok : EXIT.invalid;
}

/** Runs the CLI with the given arguments (without `node` and the script). Returns the exit code. */
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
        throw new UsageError(command === undefined ? 'no command given' : `unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`careplan-csv: ${(e as Error).message}\n\n${HELP}`);
      return EXIT.usage;
    }
    if (e instanceof IoError) {
      io.stderr(`careplan-csv: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
}
