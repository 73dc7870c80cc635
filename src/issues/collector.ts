import { NON_CANONICAL_CODES, type IssueCode, type Severity } from './codes.js';
import { type HintCode, type HintParams, type IssueHint, REPAIRABLE_HINTS } from './hints.js';
import { HINT_MESSAGES } from './locales/hints.js';
import type { Locale } from './locales/index.js';
import { renderMessage } from './render.js';
import type { IssueParamsMap, NoParams, ParamsArg } from './params.js';
import { DEFAULT_SEVERITIES, type RuleSetting, type SeverityTable } from './profiles.js';
import type { Issue, IssueBase } from './types.js';

/** Where an issue is. Every member is optional; missing ones become `null`. */
export interface IssueLocation {
  readonly line?: number | null;
  readonly record?: number | null;
  readonly column?: number | null;
  readonly field?: string | null;
  readonly fieldJa?: string | null;
  readonly byteOffset?: number | null;
}

/** The state of a collector, to go back to (see {@link IssueCollector.restore}). */
export interface CollectorSnapshot {
  readonly listed: number;
  readonly errorCount: number;
  readonly warningCount: number;
  readonly infoCount: number;
  readonly nonCanonicalCount: number;
  readonly truncated: boolean;
}

const NO_PARAMS: NoParams = Object.freeze({});
const NO_HINT_PARAMS: HintParams = Object.freeze({});

/** A hint as data, its message in `locale`. */
export function makeHint(code: HintCode, params: HintParams, locale: Locale): IssueHint {
  return { code, params, message: HINT_MESSAGES[locale][code](params), repairable: REPAIRABLE_HINTS.has(code) };
}

/** Limits that stop reading: always listed, even after `maxIssues`, so that a result says why it is short. */
const ALWAYS_LISTED: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'limit.fileBytes',
  'limit.records',
  'limit.errors',
  'limit.aborted',
  'limit.deadline',
]);

/**
 * Collects the issues of one file: renders messages in the chosen locale, attaches the value only when
 * the caller opted in, and counts errors, warnings and infos (and the issues of {@link NON_CANONICAL_CODES}).
 *
 * At most `maxIssues` issues are listed: the next one is replaced by one `limit.issues` warning (at its
 * place) and later ones are only counted, so `errorCount`, `warningCount` and `infoCount` stay exact (they
 * include the unlisted issues and the `limit.issues` warning itself). `limit.fileBytes` and `limit.records` are
 * listed in any case, and so are `limit.errors`, `limit.aborted` and `limit.deadline` (reading stopped early).
 *
 * Issues that will not be listed need not be built: {@link room} says how many more can be, and
 * {@link count} counts issues without building them.
 */
export class IssueCollector {
  readonly issues: Issue[] = [];
  errorCount = 0;
  warningCount = 0;
  infoCount = 0;
  /** Issues of {@link NON_CANONICAL_CODES}, listed or not. */
  nonCanonicalCount = 0;
  /** True once issues were left out of {@link issues} (`maxIssues` was reached). */
  truncated = false;
  /**
   * Added to every byte offset: the streaming reader's offset, in the file, of the buffer whose offsets
   * the issues carry.
   */
  byteBase = 0;

  constructor(
    private readonly file: string | null,
    private readonly locale: Locale,
    /** Whether field values are attached to issues (callers skip decoding values when not). */
    readonly includeValues: boolean,
    /** Most issues listed (see the class comment). Default: no limit. */
    private readonly maxIssues: number = Number.POSITIVE_INFINITY,
    /**
     * The severity of each code: the profile's with the caller's overrides (./profiles.ts). The one place
     * where profiles apply: a code set `off` is neither listed nor counted (it still makes `canonical` false
     * when it is one of {@link NON_CANONICAL_CODES}: the bytes are what they are).
     */
    readonly severities: SeverityTable = DEFAULT_SEVERITIES,
  ) {}

  /**
   * Whether an issue added now is listed (not only counted: `maxIssues` not reached). What only a listed
   * issue shows (its hint, its value) need not be worked out otherwise.
   */
  get listing(): boolean {
    return !this.truncated && this.issues.length < this.maxIssues;
  }

  /** The severity of `code` here (`off`: not reported). */
  severityOf(code: IssueCode): RuleSetting {
    return this.severities[code];
  }

  /**
   * Adds an issue of `code` with that code's params (see {@link IssueParamsMap}; they may be left out for a
   * code without params) and, for field issues, the field's value (kept only with `includeValues`).
   */
  add<C extends IssueCode>(code: C, at: IssueLocation, ...[params, value]: ParamsArg<C>): void {
    this.addIssue(code, at, null, params, value);
  }

  /** {@link add} with the issue's probable cause (see {@link IssueHint}). */
  addHinted<C extends IssueCode>(code: C, at: IssueLocation, hint: HintCode, hintParams: HintParams | null, ...[params, value]: ParamsArg<C>): void {
    this.addIssue(code, at, makeHint(hint, hintParams ?? NO_HINT_PARAMS, this.locale), params, value);
  }

  private addIssue<C extends IssueCode>(
    code: C,
    at: IssueLocation,
    hint: IssueHint | null,
    params: IssueParamsMap[C] | undefined,
    value: string | undefined,
  ): void {
    const setting: RuleSetting = this.severities[code];
    if (NON_CANONICAL_CODES.has(code)) this.nonCanonicalCount++;
    if (setting === 'off') return;
    const severity: Severity = setting;
    if (severity === 'error') this.errorCount++;
    else if (severity === 'warning') this.warningCount++;
    else this.infoCount++;
    if (this.truncated || this.issues.length >= this.maxIssues) {
      if (!this.truncated) {
        this.truncated = true;
        this.warningCount++;
        this.push('limit.issues', 'warning', { line: at.line ?? null, byteOffset: at.byteOffset ?? null }, { expected: this.maxIssues });
      }
      if (!ALWAYS_LISTED.has(code)) return;
    }
    // A code whose params may be left out has none, or only optional ones: NO_PARAMS is its params.
    this.push(code, severity, at, params ?? (NO_PARAMS as IssueParamsMap[C]), value, hint);
  }

  private push<C extends IssueCode>(
    code: C,
    severity: Severity,
    at: IssueLocation,
    params: IssueParamsMap[C],
    value?: string,
    hint?: IssueHint | null,
  ): void {
    const offset = at.byteOffset ?? null;
    const issue: { -readonly [K in keyof IssueBase]: IssueBase[K] } & { code: C; params: IssueParamsMap[C] } = {
      code,
      severity,
      message: renderMessage(code, params, this.locale),
      file: this.file,
      line: at.line ?? null,
      record: at.record ?? null,
      column: at.column ?? null,
      field: at.field ?? null,
      fieldJa: at.fieldJa ?? null,
      byteOffset: offset === null ? null : offset + this.byteBase,
      params,
    };
    if (this.includeValues && value !== undefined) issue.value = value;
    if (hint !== undefined && hint !== null) issue.hint = hint;
    this.issues.push(issue as Issue);
  }

  /**
   * Counts issues that are not listed because one listed issue sums them up (`encoding.moreInField`), so
   * that `errorCount` and `warningCount` stay exact.
   */
  countUnlisted(errors: number, warnings: number): void {
    this.errorCount += errors;
    this.warningCount += warnings;
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }

  /** The current state, for {@link restore}. */
  snapshot(): CollectorSnapshot {
    return {
      listed: this.issues.length,
      errorCount: this.errorCount,
      warningCount: this.warningCount,
      infoCount: this.infoCount,
      nonCanonicalCount: this.nonCanonicalCount,
      truncated: this.truncated,
    };
  }

  /** Forgets every issue added since `s` was taken. */
  restore(s: CollectorSnapshot): void {
    this.issues.length = s.listed;
    this.errorCount = s.errorCount;
    this.warningCount = s.warningCount;
    this.infoCount = s.infoCount;
    this.nonCanonicalCount = s.nonCanonicalCount;
    this.truncated = s.truncated;
  }
}
