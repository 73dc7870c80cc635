import { ISSUE_CODES, type IssueCode, type Severity } from './codes.js';
import type { Locale } from './locales/index.js';
import { renderMessage } from './render.js';
import type { Issue, IssueParams } from './types.js';

/** Where an issue is. Every member is optional; missing ones become `null`. */
export interface IssueLocation {
  readonly line?: number | null;
  readonly record?: number | null;
  readonly column?: number | null;
  readonly field?: string | null;
  readonly fieldJa?: string | null;
  readonly byteOffset?: number | null;
}

const NO_PARAMS: IssueParams = Object.freeze({});

/**
 * Collects the issues of one file: renders messages in the chosen locale, attaches the value only when
 * the caller opted in, and counts errors and warnings.
 */
export class IssueCollector {
  readonly issues: Issue[] = [];
  errorCount = 0;
  warningCount = 0;

  constructor(
    private readonly file: string | null,
    private readonly locale: Locale,
    /** Whether field values are attached to issues (callers skip decoding values when not). */
    readonly includeValues: boolean,
  ) {}

  add(code: IssueCode, at: IssueLocation, params: IssueParams = NO_PARAMS, value?: string): void {
    const severity: Severity = ISSUE_CODES[code];
    if (severity === 'error') this.errorCount++;
    else this.warningCount++;
    const issue: {
      -readonly [K in keyof Issue]: Issue[K];
    } = {
      code,
      severity,
      message: renderMessage(code, params, this.locale),
      file: this.file,
      line: at.line ?? null,
      record: at.record ?? null,
      column: at.column ?? null,
      field: at.field ?? null,
      fieldJa: at.fieldJa ?? null,
      byteOffset: at.byteOffset ?? null,
      params,
    };
    if (this.includeValues && value !== undefined) issue.value = value;
    this.issues.push(issue);
  }

  get hasErrors(): boolean {
    return this.errorCount > 0;
  }
}
