/**
 * The page's plug-in points for library features that are being built elsewhere: the profile list, the 5.0
 * readiness check and `repair`. Each is found here, once, from the library itself: while the library lacks it,
 * the page hides the option or the button; when it lands, the page offers it without another change (or with a
 * change in this file only, should its name or shape differ from what is assumed here).
 */
import * as lib from '../../src/index.js';
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

/** A library export by name, without naming it statically (so that the page builds whether or not it exists). */
function exported(name: string): unknown {
  return Reflect.get(lib, name);
}

function names(value: unknown): readonly string[] | null {
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) return value;
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    return keys.length > 0 ? keys : null;
  }
  return null;
}

/** The profiles the library offers (`PROFILES`: a list of names, or a table keyed by name); null hides the option. */
export const PROFILES: readonly string[] | null = names(exported('PROFILES'));

/**
 * The read option that turns the JIS X 0213 readiness check on (issue 13: `checkJisX0213`), present when the library
 * exports its character check `outsideJisX0213`; null hides the option.
 */
export const READINESS_OPTION: string | null = typeof exported('outsideJisX0213') === 'function' ? 'checkJisX0213' : null;

const repairExport = exported('repair');
/** `repair(input, options) → { bytes, changes, issues }` when the library has it; null hides the repair button. */
export const repair: RepairFn | null = typeof repairExport === 'function' ? (repairExport as RepairFn) : null;

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
  const hint: unknown = Reflect.get(issue, 'hint');
  if (typeof hint === 'string') return hint;
  if (hint !== null && typeof hint === 'object') {
    const message: unknown = Reflect.get(hint, 'message');
    if (typeof message === 'string') return message;
  }
  return null;
}

type ReportFn = (result: UnitsResult) => unknown;
type RenderFn = (report: unknown, options: { readonly locale: Locale }) => string;
const reportExport = exported('validateReport');
const renderExport = exported('renderHtmlReport');

/**
 * The printable report, the same page as the CLI's `validate --format html` (`validateReport` + `renderHtmlReport`),
 * when the library has them; null hides the button that saves it.
 */
export const htmlReport: ((result: UnitsResult, locale: Locale) => string) | null =
  typeof reportExport === 'function' && typeof renderExport === 'function'
    ? (result, locale) => (renderExport as RenderFn)((reportExport as ReportFn)(result), { locale })
    : null;
