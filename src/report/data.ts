/**
 * The report of a validation run as plain data: what `careplan-csv validate --format json` prints, what the
 * HTML report ({@link renderHtmlReport}) renders, and what a page that checks files in the browser can build
 * from the same results. Browser-safe (no Node module).
 * @module
 */
import type { IssueCode } from '../issues/codes.js';
import { helpRef } from '../issues/help/index.js';
import type { Issue } from '../issues/types.js';
import type { Kind } from '../kinds.js';
import type { CsvVersion } from '../schemas/layouts.js';
import type { SendUnit, UnitFile, UnitIssue, UnitsResult, Withdrawal, WithdrawalKey } from '../units/types.js';

/** What a path leads to, as the CLI's walk tells it (`symlink` only for a link that is not followed). */
export type ReportEntryType = 'file' | 'directory' | 'symlink' | 'fifo' | 'socket' | 'characterDevice' | 'blockDevice' | 'other';

/**
 * Why an entry of the input was not checked: not a regular file, a link out of the tree, an I/O error, or a
 * directory given that holds nothing to check (`noFiles`: no CSV file, no family image, at any depth).
 */
export type ReportSkipReason = 'notRegularFile' | 'linkOutside' | 'unreadable' | 'noFiles';

/** An entry of the input that was not checked (an I/O error, not a regular file, a link out of the tree, a directory with nothing to check). */
export interface ReportSkipped {
  readonly file: string;
  readonly reason: ReportSkipReason;
  /** What the entry is, when that is why it was skipped (or it is a directory). */
  readonly type?: ReportEntryType;
  /** The error code of the failed read (`EACCES`, `ENOENT`, `ENAMETOOLONG`, …). */
  readonly error?: string;
}

/** An issue with `help`: the stable reference of its code's meaning, causes and remedy (docs/issue-codes.md). */
export type ReportIssue<I extends { readonly code: IssueCode } = Issue> = I & { readonly help: string };

/** One file of the report. */
export interface FileReport {
  /** The name (or path) as given. */
  readonly file: string;
  readonly kind: Kind | null;
  readonly version: CsvVersion | null;
  readonly records: number;
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  readonly canonical: boolean;
  readonly issues: readonly ReportIssue[];
}

/** A withdrawal of a delete file: the user key (personal data) only when values were asked for; the month always. */
export interface WithdrawalReport {
  readonly file: string;
  readonly line: number | null;
  readonly record: number;
  readonly kind: Withdrawal['kind'];
  readonly withdraws: Withdrawal['withdraws'];
  readonly cascade: Withdrawal['cascade'];
  readonly month: string | null;
  readonly key?: WithdrawalKey;
}

/** One send unit of the report. */
export interface UnitReport extends Pick<SendUnit, 'id' | 'serial' | 'sender' | 'receiver' | 'style' | 'combination' | 'verdict'> {
  /** Errors in the unit's files and between them. */
  readonly errors: number;
  readonly warnings: number;
  /** The unit's CSV files (names as given). */
  readonly files: readonly string[];
  /** The unit's family images (names as given). */
  readonly images: readonly string[];
  /** Issues between the files of the unit and of the unit as a whole. */
  readonly issues: readonly ReportIssue<UnitIssue>[];
  readonly withdrawals: readonly WithdrawalReport[];
}

/** The counts of the files' own results. */
export interface FileSummary {
  readonly files: number;
  readonly invalidFiles: number;
  readonly errors: number;
  readonly warnings: number;
  /** Notes that a valid file is not in canonical form (severity info: never an error or a warning). */
  readonly infos: number;
  /** An entry could not be read (an I/O error). */
  readonly unreadable: boolean;
  /** Entries not checked (listed in `skipped`). */
  readonly skipped: number;
}

export interface UnitSummary {
  readonly units: number;
  readonly invalidUnits: number;
  readonly unitsWithWarnings: number;
  /** Files that belong to no send unit. */
  readonly ungroupedFiles: readonly string[];
}

/**
 * The report of a validation run: `careplan-csv validate --format json` prints exactly this, and
 * {@link renderHtmlReport} renders it. Field values appear only when the run asked for them
 * (`includeValues`): on the issues (`value`) and the withdrawals (`key`).
 */
export interface ValidateReport {
  readonly files: readonly FileReport[];
  readonly summary: FileSummary;
  readonly units: readonly UnitReport[];
  readonly unitSummary: UnitSummary;
  readonly skipped: readonly ReportSkipped[];
}

/** Options of {@link validateReport}. */
export interface ValidateReportOptions {
  /**
   * The files in the order to report them (as they were given). Default: the files of every unit, in unit
   * order, then the files of no unit.
   */
  readonly files?: readonly UnitFile[];
  /** Entries that were not checked (the CLI's walk). Default none. */
  readonly skipped?: readonly ReportSkipped[];
  /** Report the keys of withdrawals (personal data). Issue values are on the issues only when they were read with `includeValues`. */
  readonly includeValues?: boolean;
}

function withHelp<I extends { readonly code: IssueCode }>(i: I): ReportIssue<I> {
  return { ...i, help: helpRef(i.code) };
}

/** The report of one file: the shape `validate --format json` prints, issues with `help`. */
export function fileReport(f: UnitFile): FileReport {
  const r = f.result;
  return {
    file: f.file,
    kind: r.kind,
    version: r.version,
    records: r.recordCount,
    errors: r.errorCount,
    warnings: r.warningCount,
    infos: r.infoCount,
    canonical: r.canonical,
    issues: r.issues.map(withHelp),
  };
}

function withdrawalReport(w: Withdrawal, includeValues: boolean): WithdrawalReport {
  const base = { file: w.file, line: w.line, record: w.record, kind: w.kind, withdraws: w.withdraws, cascade: w.cascade, month: w.key.month };
  return includeValues ? { ...base, key: w.key } : base;
}

function unitReport(u: SendUnit, includeValues: boolean): UnitReport {
  const isImage = (f: UnitFile): boolean => f.kind === 'familyImage';
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
    files: u.files.filter((f) => !isImage(f)).map((f) => f.file),
    images: u.files.filter(isImage).map((f) => f.file),
    issues: u.issues.map(withHelp),
    withdrawals: u.withdrawals.map((w) => withdrawalReport(w, includeValues)),
  };
}

/** The summary counts of the files' own results (`summary` of the report). */
export function fileSummary(files: readonly UnitFile[], skipped: readonly ReportSkipped[]): FileSummary {
  return {
    files: files.length,
    invalidFiles: files.filter((f) => f.result.errorCount > 0).length,
    errors: files.reduce((n, f) => n + f.result.errorCount, 0),
    warnings: files.reduce((n, f) => n + f.result.warningCount, 0),
    infos: files.reduce((n, f) => n + f.result.infoCount, 0),
    unreadable: skipped.some((x) => x.reason === 'unreadable'),
    skipped: skipped.length,
  };
}

/**
 * The report of a validation run from the result of {@link validateUnits} (or a {@link UnitValidator}'s
 * `finish`): the data that `careplan-csv validate --format json` prints and {@link renderHtmlReport} renders.
 *
 * ```ts
 * import { renderHtmlReport, validateReport, validateUnits } from 'careplan-csv';
 * declare const files: { name: string; bytes: Uint8Array }[];
 * const html = renderHtmlReport(validateReport(validateUnits(files)), { locale: 'ja' });
 * ```
 */
export function validateReport(result: UnitsResult, options: ValidateReportOptions = {}): ValidateReport {
  const files = options.files ?? [...result.units.flatMap((u) => u.files), ...result.ungrouped];
  const skipped = options.skipped ?? [];
  return {
    files: files.map(fileReport),
    summary: fileSummary(files, skipped),
    units: result.units.map((u) => unitReport(u, options.includeValues === true)),
    unitSummary: {
      units: result.units.length,
      invalidUnits: result.units.filter((u) => u.verdict === 'invalid').length,
      unitsWithWarnings: result.units.filter((u) => u.verdict === 'warnings').length,
      ungroupedFiles: result.ungrouped.map((f) => f.file),
    },
    skipped,
  };
}
