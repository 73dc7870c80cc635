/**
 * careplan-csv: strict reader, writer and validator for ケアプランデータ連携標準仕様 CSV files.
 *
 * @packageDocumentation
 */
export { parse, serialize, validate, type ParseInput, type ParseResult, type SerializeResult, type ValidateResult } from './api.js';
export type { CommonOptions, ParseOptions, SerializeOptions } from './options.js';
// Streaming reader and read limits
export { DEFAULT_LIMITS, type ReadLimits } from './options.js';
export {
  parseStream,
  validateStream,
  type ByteSource,
  type RecordStream,
  type StreamedRecord,
} from './stream/read-stream.js';
export {
  serializeStream,
  type SerializeStream,
  type SerializeStreamOptions,
  type SerializeStreamResult,
} from './serialize/stream.js';
export { KINDS, KIND_INFO, isKind, type Kind, type KindInfo } from './kinds.js';
export {
  CSV_VERSIONS,
  SUPPORTED_KINDS,
  VERSION_ALIASES,
  getLayout,
  hasLayout,
  kindVersions,
  isSupportedKind,
  versionForMonth,
  type CsvVersion,
  type Layout,
  type RecordFor,
  type RecordTypes,
  type SupportedKind,
} from './schemas/layouts.js';
export type { FieldDef, FieldGroupRef, FieldType, GroupDef, Requirement } from './schemas/field.js';
export { TABLE6_FIELDS } from './schemas/layouts/table6Plan.js';
// The record type of every layout (RecordTypes maps kind → record type; 第6表 予定/実績 share Table6Record).
export type { Plan1Record } from './schemas/layouts/plan1.js';
export type { Plan1DeleteRecord } from './schemas/layouts/plan1Delete.js';
export type { Plan2Record } from './schemas/layouts/plan2.js';
export type { Plan3Record } from './schemas/layouts/plan3.js';
export type { EmergencyContact, PreventionBasicInfoRecord } from './schemas/layouts/preventionBasicInfo.js';
export type { PreventionBasicInfoDeleteRecord } from './schemas/layouts/preventionBasicInfoDelete.js';
export type { PreventionBasicInfoSub1Record } from './schemas/layouts/preventionBasicInfoSub1.js';
export type { PreventionBasicInfoSub2Record } from './schemas/layouts/preventionBasicInfoSub2.js';
export type { AssessmentDomain, PreventionPlanRecord } from './schemas/layouts/preventionPlan.js';
export type { PreventionPlanDeleteRecord } from './schemas/layouts/preventionPlanDelete.js';
export type { PreventionPlanSubRecord } from './schemas/layouts/preventionPlanSub.js';
export type { Table6ActualDeleteRecord } from './schemas/layouts/table6ActualDelete.js';
export type { Table6PlanDeleteRecord } from './schemas/layouts/table6PlanDelete.js';
export type { Table6Record } from './schemas/layouts/table6Plan.js';
export type { Table7Record } from './schemas/layouts/table7.js';
export type { ServiceTypeLimit, UserSupplementRecord } from './schemas/layouts/userSupplement.js';
export {
  ALL_ISSUE_CODES,
  ISSUE_CODES,
  ISSUE_PARAMS,
  LOCALES,
  isIssueCode,
  localizeIssue,
  renderMessage,
  type AnyIssueParams,
  type Issue,
  type IssueCode,
  type IssueOf,
  type IssueParams,
  type IssueParamsMap,
  type IssueParamsOf,
  type NoParams,
  type Locale,
  type Messages,
  type Severity,
} from './issues/index.js';
export * from './filename/index.js';
export * from './encoding/index.js';
export {
  FIELD_ESCAPED_QUOTES,
  FIELD_MALFORMED,
  FIELD_QUOTED,
  tokenize,
  type RowSpans,
  type TokenProblem,
  type TokenProblemCode,
  type TokenizeOptions,
} from './parse/tokenize.js';
// Send units: files grouped by ファイル連番, sender and receiver; links by key; what delete files withdraw.
export * from './units/index.js';
// 予定/実績 reconciliation of 第6表 files (UPPLAN against UPJSK).
export * from './reconcile/index.js';
