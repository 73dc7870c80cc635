import type { Issue } from './issues/types.js';
import type { Kind } from './kinds.js';
import type { CsvVersion } from './schemas/layouts.js';

/** Result of {@link validate}. */
export interface ValidateResult {
  /** The file kind (from the options or the file name); null when it could not be told. */
  readonly kind: Kind | null;
  /** CSVバージョン layout of the file (of its first record), null when unknown. */
  readonly version: CsvVersion | null;
  readonly fileName: string | null;
  /** Number of records (data rows) read. */
  readonly recordCount: number;
  /** Every issue found, in file order within each stage. */
  readonly issues: readonly Issue[];
  /** True when no issue is an error (warnings allowed). */
  readonly ok: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
  /** Issues of severity `info` (they never make `ok` false). */
  readonly infoCount: number;
  /**
   * True when the file is error-free and its bytes are in the canonical form the serializer writes (CRLF
   * after every record, free text quoted and nothing else, one code per character, no header, empty line or
   * alias version), so that serializing its records gives the same bytes. When false and `ok`, the issues
   * say why: `info` issues for the valid deviations (`csv.lineBreak`, `csv.finalLineBreak`, `csv.quoting`,
   * `encoding.nonCanonical`), and the warnings `csv.emptyLine`, `csv.unquotedFreeText`, `csv.headerSkipped`,
   * `file.versionAlias`, `encoding.converted`.
   */
  readonly canonical: boolean;
  /**
   * True when a read limit (see {@link ReadLimits}) cut the result short: reading stopped before the end
   * of the file (`limit.fileBytes`, `limit.records`), or not every issue is listed (`limit.issues`;
   * `errorCount` and `warningCount` still count them all).
   */
  readonly truncated: boolean;
}

/** The result of reading (or a parse result), without the records. @internal */
export function summary(r: Omit<ValidateResult, 'ok' | 'truncated'> & { readonly truncated?: boolean }): ValidateResult {
  return {
    kind: r.kind,
    version: r.version,
    fileName: r.fileName,
    recordCount: r.recordCount,
    issues: r.issues,
    ok: r.errorCount === 0,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    infoCount: r.infoCount,
    canonical: r.canonical,
    truncated: r.truncated === true,
  };
}
