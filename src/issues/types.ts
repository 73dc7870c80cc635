import type { IssueCode, Severity } from './codes.js';

/**
 * Details of an issue that are never personal data: lengths, allowed codes, code points, version
 * values. Field values are not put here; they appear only in {@link Issue.value}, and only when the
 * caller opts in with `includeValues`.
 */
export interface IssueParams {
  /** Expected value or count (e.g. the column count of the layout, a maximum length). */
  readonly expected?: number | string;
  /** What was found (a count, a length; never the field's text). */
  readonly actual?: number | string;
  /** Allowed codes of a code-list field. */
  readonly allowed?: readonly string[];
  /** A Unicode code point as `U+XXXX` (of a character outside MS932: only with `includeValues`). */
  readonly codePoint?: string;
  /** The code point written instead of {@link codePoint}, as `U+XXXX`. */
  readonly to?: string;
  /** A problem of a file-name segment, a sub-code of a lower layer, or the class of a character outside MS932. */
  readonly detail?: string;
  /** Another line this issue refers to (e.g. the first record of a mixed-version file). */
  readonly otherLine?: number;
}

/**
 * One finding. Issues are plain data (JSON-serialisable). Locations are `null` where they do not apply:
 * `column` is the spec's 1-based column No. and is null for record- and file-level issues.
 */
export interface Issue {
  /** Stable machine-readable code, e.g. `field.date`. */
  readonly code: IssueCode;
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
  readonly params: IssueParams;
  /** The offending field value, only present when the caller passed `includeValues: true`. */
  readonly value?: string;
}
