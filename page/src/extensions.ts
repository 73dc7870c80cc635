/**
 * The library features the page offers beyond checking: the profile list, the 5.0 (JIS X 0213) readiness check,
 * `repair`, the probable-cause hints and the printable report, each taken from the library in this one file.
 */
import { PROFILES as LIBRARY_PROFILES, renderHtmlReport, repair as libraryRepair, validateReport } from '../../src/index.js';
import type { Issue } from '../../src/issues/types.js';
import type { Locale } from '../../src/issues/locales/index.js';
import type { UnitsResult } from '../../src/units/types.js';

/** The options panel's choices, as sent to the worker. */
export interface CheckOptions {
  readonly locale: Locale;
  readonly requireUncertainFields: boolean;
  readonly skipHeader: boolean;
  /** A profile name from {@link PROFILES}; null: the library's default. */
  readonly profile: string | null;
  /** The 5.0 (JIS X 0213) readiness check, when {@link READINESS_OPTION} is known. */
  readonly readiness: boolean;
}

/** One change that `repair` made (issue 13: line, column, field, kind of change). */
export interface RepairChange {
  readonly line?: number | null;
  readonly column?: number | null;
  readonly fieldJa?: string | null;
  readonly field?: string | null;
  readonly kind?: string;
  readonly cause?: string;
  readonly code?: string;
  readonly message?: string;
}

/** What the page shows of a repair: the mended bytes, the changes listed, the issues that remain. */
export interface RepairOutcome {
  readonly bytes: Uint8Array;
  readonly changes: readonly RepairChange[];
  readonly issues: readonly Issue[];
}

type RepairFn = (input: Uint8Array, options?: object) => { bytes: Uint8Array | null; changes?: readonly RepairChange[]; issues?: readonly Issue[] };

/** The profiles the library offers (docs/profiles.md). */
export const PROFILES: readonly string[] | null = LIBRARY_PROFILES;

/** The read option that turns the JIS X 0213 readiness check on (`checkJisX0213`, docs/jisx0213.md). */
export const READINESS_OPTION: string | null = 'checkJisX0213';

/** `repair(input, options) → { bytes, changes, issues }`: the repair button's mend. */
export const repair: RepairFn | null = libraryRepair as RepairFn;

/** The read options of a check, from the panel's choices. */
export function readOptions(o: CheckOptions): Record<string, unknown> {
  return {
    locale: o.locale,
    requireUncertainFields: o.requireUncertainFields,
    skipHeader: o.skipHeader,
    ...(o.profile !== null && PROFILES?.includes(o.profile) ? { profile: o.profile } : {}),
    ...(o.readiness && READINESS_OPTION !== null ? { [READINESS_OPTION]: true } : {}),
  };
}

/** Runs `repair` on one file's bytes; null when the library has no repair or it mends nothing. */
export function runRepair(bytes: Uint8Array, o: CheckOptions, fileName: string): RepairOutcome | null {
  if (repair === null) return null;
  const r = repair(bytes, { ...readOptions(o), fileName });
  if (r.bytes === null) return null;
  return { bytes: r.bytes, changes: r.changes ?? [], issues: r.issues ?? [] };
}

/**
 * The probable-cause hint of an issue, when the library gives one (issue 12: an optional `hint` on the issue with
 * its text); null otherwise.
 */
export function hintText(issue: Issue): string | null {
  return issue.hint?.message ?? null;
}

/** The printable report: the same page as the CLI's `validate --format html` (`validateReport` + `renderHtmlReport`). */
export const htmlReport: ((result: UnitsResult, locale: Locale) => string) | null = (result, locale) =>
  renderHtmlReport(validateReport(result), { locale });
