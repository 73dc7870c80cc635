import { join } from 'node:path';
import type { Locale } from '../issues/locales/index.js';
import { IMAGE_PREFIX, KIND_INFO, type Kind } from '../kinds.js';
import { createUnitValidator } from '../units/validate-units.js';
import type { SendUnit, UnitFile, UnitsResult, Withdrawal } from '../units/types.js';
import { EXIT, issueLine } from './format.js';
import type { CliIo } from './io.js';

/** Options of `careplan-csv validate` after argument parsing. */
export interface ValidateCommandOptions {
  readonly format: 'text' | 'json';
  readonly locale: Locale;
  readonly kind: Kind | undefined;
  readonly includeValues: boolean;
}

/** Exit codes (as in main.ts): 0 no error, 1 an error in a file or a unit, 2 a file could not be read. */

/** A progress line appears only after this long (ms), and is redrawn at most this often. */
const PROGRESS_AFTER_MS = 2000;
const PROGRESS_EVERY_MS = 250;

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

/** Lists the inputs: a directory is walked (sorted, recursively) for CSV files and UPKIHON_IMAGE JPEGs. */
function collectInputs(paths: readonly string[], io: CliIo): Inputs {
  const inputs: Inputs = { csv: [], images: [], walked: false };
  const walk = (dir: string, entries: readonly { name: string; directory: boolean }[]): void => {
    for (const e of [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(dir, e.name);
      if (e.directory) {
        const sub = io.listDir?.(path) ?? null;
        if (sub !== null) walk(path, sub);
      } else if (CSV_NAME.test(e.name)) inputs.csv.push(path);
      else if (IMAGE_NAME.test(e.name)) inputs.images.push(path);
    }
  };
  for (const p of paths) {
    const entries = io.listDir?.(p) ?? null;
    if (entries !== null) {
      inputs.walked = true;
      walk(p, entries);
    } else if (IMAGE_NAME.test(p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1))) inputs.images.push(p);
    else inputs.csv.push(p);
  }
  return inputs;
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
    const text =
      this.locale === 'ja' ? `${done}/${this.total} ファイル（${rate} ファイル/秒）` : `${done}/${this.total} files (${rate} files/s)`;
    this.io.stderr(`\r${text}\u001b[K`);
  }

  end(): void {
    if (this.shown) this.io.stderr('\r\u001b[K');
  }
}

/** The JSON report of one file: the shape `validate --format json` has always printed. */
function fileReport(f: UnitFile) {
  const r = f.result;
  return { file: f.file, kind: r.kind, version: r.version, records: r.recordCount, errors: r.errorCount, warnings: r.warningCount, issues: r.issues };
}

/** A withdrawal for output: the user key (personal data) only with --include-values; the month always. */
function withdrawalReport(w: Withdrawal, includeValues: boolean) {
  const base = { file: w.file, line: w.line, record: w.record, kind: w.kind, withdraws: w.withdraws, cascade: w.cascade, month: w.key.month };
  return includeValues ? { ...base, key: w.key } : base;
}

function unitReport(u: SendUnit, images: ReadonlySet<string>, includeValues: boolean) {
  return {
    id: u.id,
    serial: u.serial,
    sender: u.sender,
    receiver: u.receiver,
    style: u.style,
    combination: u.combination,
    verdict: u.verdict,
    errors: u.errorCount,
    warnings: u.warningCount,
    files: u.files.filter((f) => !images.has(f.file)).map((f) => f.file),
    images: u.files.filter((f) => images.has(f.file)).map((f) => f.file),
    issues: u.issues,
    withdrawals: u.withdrawals.map((w) => withdrawalReport(w, includeValues)),
  };
}

function unitLabel(u: SendUnit): string {
  return `[${u.id}]`;
}

function withdrawalLine(w: Withdrawal, o: ValidateCommandOptions): string {
  const what = KIND_INFO[w.withdraws].prefix;
  const cascade = w.cascade.map((k) => (k === 'familyImage' ? IMAGE_PREFIX : KIND_INFO[k].prefix)).join(', ');
  const month = w.key.month === null ? '' : ` ${w.key.month}`;
  const key = o.includeValues ? ` [${JSON.stringify(w.key)}]` : '';
  const where = `${w.file}${w.line === null ? '' : `:${w.line}`}:`;
  if (o.locale === 'ja') return `${where} 取り下げ ${what}${month}${cascade === '' ? '' : `（連動: ${cascade}）`}${key}`;
  return `${where} withdraws ${what}${month}${cascade === '' ? '' : ` (with ${cascade})`}${key}`;
}

/** The summary counts of the files' own results (the `summary` of the JSON output). */
function fileSummary(reports: readonly UnitFile[], ioFailed: boolean) {
  return {
    files: reports.length,
    invalidFiles: reports.filter((f) => f.result.errorCount > 0).length,
    errors: reports.reduce((n, f) => n + f.result.errorCount, 0),
    warnings: reports.reduce((n, f) => n + f.result.warningCount, 0),
    unreadable: ioFailed,
  };
}

/** Japanese names of the send-unit combinations, for the ja text output. */
const COMBINATION_JA: { readonly [id: string]: string } = {
  carePlan: '居宅サービス計画（1表〜3表・補足）',
  usage: '利用票（第6表予定・第7表・補足）',
  carePlanDelete: '居宅サービス計画の削除',
  usageDelete: '第6表予定の削除',
  actual: '第6表実績',
  actualDelete: '第6表実績の削除',
  basicInfo: '利用者基本情報',
  preventionPlan: '介護予防サービス・支援計画書',
  preventionPlanWithBasicInfo: '利用者基本情報と介護予防サービス・支援計画書',
  basicInfoDelete: '利用者基本情報の削除',
  preventionPlanDelete: '介護予防サービス・支援計画書の削除',
};

function printText(io: CliIo, result: UnitsResult, reports: readonly UnitFile[], o: ValidateCommandOptions): void {
  for (const u of result.units) {
    for (const f of u.files) for (const i of f.result.issues) io.stdout(`${issueLine(f.file, i)}\n`);
    for (const i of u.issues) io.stdout(`${issueLine(i.file ?? unitLabel(u), i)}\n`);
  }
  for (const f of result.ungrouped) for (const i of f.result.issues) io.stdout(`${issueLine(f.file, i)}\n`);
  for (const u of result.units) for (const w of u.withdrawals) io.stdout(`${withdrawalLine(w, o)}\n`);
  for (const u of result.units) {
    if (u.verdict === 'valid') continue;
    const combination = u.combination === null ? '?' : o.locale === 'ja' ? (COMBINATION_JA[u.combination] ?? u.combination) : u.combination;
    io.stdout(
      o.locale === 'ja'
        ? `${unitLabel(u)} ${combination}: ${u.verdict === 'invalid' ? '不合格' : '警告あり'}（エラー ${u.errorCount} 件、警告 ${u.warningCount} 件）\n`
        : `${unitLabel(u)} ${combination}: ${u.verdict} (${u.errorCount} error(s), ${u.warningCount} warning(s))\n`,
    );
  }
  const s = fileSummary(reports, false);
  const invalidUnits = result.units.filter((u) => u.verdict === 'invalid').length;
  const warningUnits = result.units.filter((u) => u.verdict === 'warnings').length;
  if (o.locale === 'ja') {
    io.stdout(`${s.files} ファイル: エラー ${s.errors} 件、警告 ${s.warnings} 件（エラーのあるファイル ${s.invalidFiles}）\n`);
    io.stdout(`${result.units.length} 送信単位: 不合格 ${invalidUnits}、警告あり ${warningUnits}\n`);
  } else {
    io.stdout(`${s.files} file(s): ${s.errors} error(s), ${s.warnings} warning(s) (${s.invalidFiles} file(s) with errors)\n`);
    io.stdout(`${result.units.length} send unit(s): ${invalidUnits} invalid, ${warningUnits} with warnings\n`);
  }
}

/**
 * `careplan-csv validate DIR|FILE...`: validates every file (directories are walked for `.CSV`/`.csv`
 * files and UPKIHON_IMAGE JPEGs, whose presence is checked), groups them into send units and checks
 * the units. A family image named in 利用者基本情報 but absent is reported only when a directory was
 * walked or images were named (a list of CSV files alone says nothing about the images).
 *
 * Text output prints the issues unit by unit (files in unit order, then the unit's own issues with
 * `(→ other file:line)`), what delete files withdraw, the units that are not valid, and two summary lines; JSON output is `{files, summary, units, unitSummary}` (`files` and `summary` as
 * before units existed). Exit 1 when a file or a unit has an error, 2 when a file cannot be read.
 */
export function runValidate(paths: readonly string[], o: ValidateCommandOptions, io: CliIo): number {
  const inputs = collectInputs(paths, io);
  const validator = createUnitValidator({
    // A missing family image is reported when images can be in the input: a directory, or images named.
    checkImages: inputs.walked || inputs.images.length > 0,
    // Every name is known before any file is read: files with nothing to link to are read once only.
    names: [...inputs.csv, ...inputs.images],
    locale: o.locale,
    includeValues: o.includeValues,
    ...(o.kind === undefined ? {} : { kind: o.kind }),
  });
  const progress = new Progress(io, inputs.csv.length, o.locale, o.format === 'text' && io.stderrIsTTY === true);
  let ioFailed = false;
  // The files' own reports, in the order given (and found): CSV files, then images whose name is no spec name.
  const reports: UnitFile[] = [];
  for (const path of inputs.csv) {
    let bytes: Uint8Array;
    try {
      bytes = io.readFile(path);
    } catch (e) {
      io.stderr(`careplan-csv: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      ioFailed = true;
      continue;
    }
    reports.push(validator.add({ name: path, bytes }));
    progress.tick(reports.length);
  }
  progress.end();
  const images = inputs.images.map((path) => validator.add({ name: path }));
  const result = validator.finish();
  const ungrouped = new Set(result.ungrouped);
  reports.push(...images.filter((f) => ungrouped.has(f)));
  const imagePaths = new Set(inputs.images);

  if (o.format === 'json') {
    const out = {
      files: reports.map(fileReport),
      summary: fileSummary(reports, ioFailed),
      units: result.units.map((u) => unitReport(u, imagePaths, o.includeValues)),
      unitSummary: {
        units: result.units.length,
        invalidUnits: result.units.filter((u) => u.verdict === 'invalid').length,
        unitsWithWarnings: result.units.filter((u) => u.verdict === 'warnings').length,
        ungroupedFiles: result.ungrouped.map((f) => f.file),
      },
    };
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    printText(io, result, reports, o);
  }
  if (ioFailed) return EXIT.usage;
  return result.ok ? EXIT.ok : EXIT.invalid;
}
