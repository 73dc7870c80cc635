import type { Kind } from '../kinds.js';
import type { Table6Record } from '../schemas/layouts/table6Plan.js';

/** A column key of the 第6表 record model (`serviceDate`, `startTime`, …). */
export type Table6FieldKey = keyof Table6Record;

/**
 * One side of a reconciliation: the records of a 第6表 file (UPPLAN 予定 or UPJSK 実績), optionally with
 * the physical line where each record starts. The result of `parse` for a 第6表 file fits as it is; add
 * `lines: Array.from(result.recordLines)` to get line numbers in the output.
 */
export interface ReconcileInput {
  /** The records, in file order. Missing or non-string fields count as empty. */
  readonly records: readonly object[];
  /**
   * The kind of the file, when known (a parse result carries it). Only `table6Plan` and `table6Actual`
   * (or null) are accepted: anything else throws a `TypeError`.
   */
  readonly kind?: Kind | null;
  /**
   * 1-based physical line where each record starts, same index as {@link records} (`parse` keeps them:
   * `Array.from(result.recordLines)`). Without it, lines in the output are null and records are named by number only.
   */
  readonly lines?: readonly number[];
}

/** What {@link reconcile} accepts for each side: a record array or a {@link ReconcileInput}. */
export type ReconcileSide = readonly object[] | ReconcileInput;

/**
 * Which planned rows are compared.
 *
 * - `actualProviders` (default): only plan rows whose 対象年月, サービス事業者コード and サービス種類
 *   (the first two characters of サービスコード) occur in the actual side. A UPJSK file comes from one
 *   provider for one service type and month (satellites included), so the plan's rows for other
 *   providers are "not in this actual file", not "not delivered"; they are counted in
 *   {@link ReconcileResult.excluded} instead.
 * - `all`: every plan row is compared (the actual side holds every provider's 実績).
 */
export type ReconcileScope = 'actualProviders' | 'all';

/** Options of {@link reconcile}. Unknown names and wrongly typed values throw a `TypeError`. */
export interface ReconcileOptions {
  /** Which plan rows are compared (default `actualProviders`). */
  readonly scope?: ReconcileScope;
  /**
   * Columns compared within a matched pair (default {@link DEFAULT_COMPARED_FIELDS}). The user key
   * (保険者番号, 被保険者番号, 対象年月) cannot be listed: it is what separates user-months.
   */
  readonly compare?: readonly Table6FieldKey[];
  /**
   * Put personal values into the output: 被保険者番号 (a personal identifier) of each user-month, and the
   * values of free-text columns (names) in {@link FieldChange}. Off by default. Codes, dates, times,
   * counts and units are always given: they are what a difference is about.
   */
  readonly includeValues?: boolean;
}

/** The user-month a row belongs to. */
export interface UserMonthKey {
  /** 保険者番号. */
  readonly insurerNumber: string;
  /** 対象年月 (YYYYMM). */
  readonly targetMonth: string;
  /** 被保険者番号: only with `includeValues: true` (it identifies a person). */
  readonly insuredNumber?: string;
}

/** One row of one side, named by its place in the input and by the columns that identify a service. */
export interface RowRef {
  /** 1-based record number in its input (`records[record - 1]`). */
  readonly record: number;
  /** 1-based physical line where the record starts; null when the input gave no `lines`. */
  readonly line: number | null;
  /** サービス事業者コード. */
  readonly providerCode: string;
  /** サテライト枝番 (often empty). */
  readonly satelliteBranch: string;
  /** サービスコード. */
  readonly serviceCode: string;
  /** サービス利用日 (YYYYMMDD). */
  readonly serviceDate: string;
  /** サービス開始時刻 (HHMM, 9999 without a time). */
  readonly startTime: string;
  /** サービス終了時刻. */
  readonly endTime: string;
  /** 明細判別コード (17 福祉用具貸与 lines; often empty). */
  readonly detailCode: string;
  /** サービス回数. */
  readonly serviceCount: string;
  /** 単位数. */
  readonly units: string;
}

/** A compared column whose values differ within a matched pair. */
export interface FieldChange {
  /** Record key of the column. */
  readonly field: Table6FieldKey;
  /** The spec's 項目名. */
  readonly fieldJa: string;
  /** The spec's column No. (CSVバージョン 202407). */
  readonly column: number;
  /** The plan's value; absent for free-text columns unless `includeValues` is set. */
  readonly plan?: string;
  /** The actual value; absent for free-text columns unless `includeValues` is set. */
  readonly actual?: string;
}

/**
 * How a pair of a plan row and an actual row was made:
 * `key` — same provider, サテライト枝番, サービスコード, サービス利用日, times and 明細判別コード;
 * `sameDay` — same provider, サテライト枝番, サービスコード and date, times differ (closest times first);
 * `sameStart` — same provider, サテライト枝番, date, サービス種類 and 開始時刻, a different サービスコード,
 * and the only unmatched row of that kind on each side (e.g. 身体介護1 planned, 身体介護2 delivered).
 */
export type PairedBy = 'key' | 'sameDay' | 'sameStart';

/**
 * One difference between 予定 and 実績:
 * `missing` — planned but not delivered (a plan row with no actual row);
 * `extra` — delivered but not planned (an actual row with no plan row);
 * `changed` — a matched pair whose compared columns differ.
 */
export type DifferenceType = 'missing' | 'extra' | 'changed';

/** One difference, with the row of each side that it concerns. */
export interface Difference {
  readonly type: DifferenceType;
  /** 0-based index into {@link ReconcileResult.userMonths}. */
  readonly userMonth: number;
  /** The user-month (被保険者番号 only with `includeValues`). */
  readonly user: UserMonthKey;
  /** The plan row (null for `extra`). */
  readonly plan: RowRef | null;
  /** The actual row (null for `missing`). */
  readonly actual: RowRef | null;
  /** For `changed`: the compared columns that differ, in column order. Empty otherwise. */
  readonly changes: readonly FieldChange[];
  /** For `changed`: how the pair was made. Null otherwise. */
  readonly pairedBy: PairedBy | null;
}

/** Counts for one user-month (保険者番号 + 被保険者番号 + 対象年月) that has compared rows. */
export interface UserMonthSummary extends UserMonthKey {
  /** Plan rows compared (excluded rows not counted). */
  readonly planRows: number;
  readonly actualRows: number;
  /** Pairs without a difference in the compared columns. */
  readonly matched: number;
  readonly missing: number;
  readonly extra: number;
  readonly changed: number;
}

/** Plan rows left out by the `actualProviders` scope, per month, provider and service type. */
export interface ExcludedProvider {
  readonly targetMonth: string;
  /** サービス事業者コード. */
  readonly providerCode: string;
  /** サービス種類コード (first two characters of サービスコード). */
  readonly serviceType: string;
  /** Number of plan rows left out. */
  readonly planRows: number;
}

/** Totals of a reconciliation. */
export interface ReconcileSummary {
  /** Plan rows compared (all plan rows minus {@link excludedPlanRows}). */
  readonly planRows: number;
  readonly actualRows: number;
  readonly matched: number;
  readonly missing: number;
  readonly extra: number;
  readonly changed: number;
  /** Plan rows left out by the scope (see {@link ReconcileResult.excluded}). */
  readonly excludedPlanRows: number;
}

/** Result of {@link reconcile}: plain, JSON-serialisable data. */
export interface ReconcileResult {
  /** True when there is no difference. */
  readonly same: boolean;
  readonly scope: ReconcileScope;
  /** The columns compared within pairs, in column order. */
  readonly compared: readonly Table6FieldKey[];
  /** Every difference, ordered by user-month, サービス利用日, 開始時刻, provider, サービスコード, record. */
  readonly differences: readonly Difference[];
  /** User-months with compared rows, in order of first appearance (plan side first). */
  readonly userMonths: readonly UserMonthSummary[];
  /** Plan rows left out by the scope, grouped; empty with scope `all`. */
  readonly excluded: readonly ExcludedProvider[];
  readonly summary: ReconcileSummary;
}
