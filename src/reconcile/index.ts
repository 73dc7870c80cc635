/**
 * 予定 / 実績 reconciliation of 第6表 files (UPPLAN against UPJSK).
 *
 * @module
 */
export { DEFAULT_COMPARED_FIELDS, MATCH_FIELDS, USER_MONTH_FIELDS, reconcile } from './reconcile.js';
export { matchingBlockers } from './blockers.js';
export { recordLines } from './lines.js';
export { describeDifference, describeSummary } from './format.js';
export type {
  Difference,
  DifferenceType,
  ExcludedProvider,
  FieldChange,
  PairedBy,
  ReconcileInput,
  ReconcileOptions,
  ReconcileResult,
  ReconcileScope,
  ReconcileSide,
  ReconcileSummary,
  RowRef,
  Table6FieldKey,
  UserMonthKey,
  UserMonthSummary,
} from './types.js';
