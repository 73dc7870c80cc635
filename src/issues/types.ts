import type { IssueCode, Severity } from './codes.js';
import type { IssueHint } from './hints.js';
import type { AnyIssueParams, IssueParamsMap } from './params.js';

export type { IssueParams } from './params.js';

/** What every issue has, whatever its code. */
export interface IssueBase {
  readonly severity: Severity;
  /** Message rendered from the locale table (ja by default). Never contains field values. */
  readonly message: string;
  /** The file name given by the caller, if any. */
  readonly file: string | null;
  /**
   * 1-based physical line: where the record starts (record-level issues), where the field starts (field
   * issues), or the exact line of the bad byte (encoding and quoting faults).
   */
  readonly line: number | null;
  /** 1-based record number (data rows, empty lines not counted). */
  readonly record: number | null;
  /** The spec's 1-based column No. */
  readonly column: number | null;
  /** Field key of the layout (e.g. `serviceDate`). */
  readonly field: string | null;
  /** The spec's Japanese field name (e.g. `サービス利用日`). */
  readonly fieldJa: string | null;
  /** Absolute byte offset in the input where known. */
  readonly byteOffset: number | null;
  /** The offending field value, only present when the caller passed `includeValues: true`. */
  readonly value?: string;
  /**
   * The probable cause, when the reading of the fault is unambiguous (a spreadsheet dropped leading zeros, a
   * BOM was put in front of MS932 text, …): a stable hint code and its message. Absent when no cause is known.
   */
  readonly hint?: IssueHint;
}

/** An issue of one code, with that code's params (see {@link IssueParamsMap}). */
export interface IssueOf<C extends IssueCode> extends IssueBase {
  /** Stable machine-readable code, e.g. `field.date`. */
  readonly code: C;
  /**
   * Details that are never personal data: lengths, counts, allowed codes, code points, version values. Exactly
   * the params of the code ({@link IssueParamsMap}); the other names of {@link AnyIssueParams} are typed as
   * absent-or-loose so that code reading an issue of any code still compiles (narrow by `code` for exact types).
   */
  readonly params: IssueParamsMap[C] & AnyIssueParams;
}

/**
 * One finding. Issues are plain data (JSON-serialisable). Locations are `null` where they do not apply:
 * `column` is the spec's 1-based column No. and is null for record- and file-level issues.
 *
 * A union over `code`: `if (issue.code === 'field.tooLong') issue.params.expected` is a number.
 * `Issue<'field.code' | 'field.fixed'>` is an issue of one of those codes.
 */
export type Issue<C extends IssueCode = IssueCode> = { readonly [K in C]: IssueOf<K> }[C];
