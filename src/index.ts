/**
 * careplan-csv: strict reader, writer and validator for ケアプランデータ連携標準仕様 CSV files.
 *
 * @packageDocumentation
 */
export {
  parse,
  serialize,
  serializeUnknown,
  validate,
  type AnyParseResult,
  type JsonFile,
  type ParseInput,
  type ParseResult,
  type ParseResultUnchecked,
  type ParseResultValid,
  type ParseResultWithoutKind,
  type ParsePositions,
  type SerializeResult,
  type SerializeResultBase,
  type SerializeResultFailed,
  type SerializeResultOk,
  type ValidateResult,
} from './api.js';
export type { CommonOptions, ParseOptions, SerializeOptions } from './options.js';
// Streaming reader and read limits
export { DEFAULT_LIMITS, type ReadLimits } from './options.js';
// API misuse: one error class (a TypeError) with a stable code
export {
  CareplanRangeError,
  CareplanUsageError,
  USAGE_ERROR_CODES,
  isUsageError,
  type UsageErrorCode,
} from './errors.js';
export {
  parseStream,
  validateStream,
  type ByteSource,
  type RecordStream,
  type StreamedRecord,
  type StreamedRecordBase,
} from './stream/read-stream.js';
export {
  serializeStream,
  serializeStreamUnknown,
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
  type RecordInputFor,
  type RecordInputTypes,
  type RecordTypes,
  type ValidRecordFor,
  type ValidRecordTypes,
  type SupportedKind,
} from './schemas/layouts.js';
export type { FieldDef, FieldGroupRef, FieldType, GroupDef, Requirement } from './schemas/field.js';
export { TABLE6_FIELDS } from './schemas/layouts/table6Plan.js';
// The record types of every layout: as read (Table6Record: strings), validated (ValidTable6Record: code
// columns narrowed) and what serialize takes (Table6RecordInput). 第6表 予定/実績 share them.
export type { Plan1Record, ValidPlan1Record, Plan1RecordInput } from './schemas/layouts/plan1.js';
export type { Plan1DeleteRecord, ValidPlan1DeleteRecord, Plan1DeleteRecordInput } from './schemas/layouts/plan1Delete.js';
export type { Plan2Record, ValidPlan2Record, Plan2RecordInput } from './schemas/layouts/plan2.js';
export type { Plan3Record, ValidPlan3Record, Plan3RecordInput } from './schemas/layouts/plan3.js';
export type {
  EmergencyContact,
  ValidEmergencyContact,
  EmergencyContactInput,
  PreventionBasicInfoRecord,
  ValidPreventionBasicInfoRecord,
  PreventionBasicInfoRecordInput,
} from './schemas/layouts/preventionBasicInfo.js';
export type {
  PreventionBasicInfoDeleteRecord,
  ValidPreventionBasicInfoDeleteRecord,
  PreventionBasicInfoDeleteRecordInput,
} from './schemas/layouts/preventionBasicInfoDelete.js';
export type {
  PreventionBasicInfoSub1Record,
  ValidPreventionBasicInfoSub1Record,
  PreventionBasicInfoSub1RecordInput,
} from './schemas/layouts/preventionBasicInfoSub1.js';
export type {
  PreventionBasicInfoSub2Record,
  ValidPreventionBasicInfoSub2Record,
  PreventionBasicInfoSub2RecordInput,
} from './schemas/layouts/preventionBasicInfoSub2.js';
export type {
  AssessmentDomain,
  ValidAssessmentDomain,
  AssessmentDomainInput,
  PreventionPlanRecord,
  ValidPreventionPlanRecord,
  PreventionPlanRecordInput,
} from './schemas/layouts/preventionPlan.js';
export type {
  PreventionPlanDeleteRecord,
  ValidPreventionPlanDeleteRecord,
  PreventionPlanDeleteRecordInput,
} from './schemas/layouts/preventionPlanDelete.js';
export type { PreventionPlanSubRecord, ValidPreventionPlanSubRecord, PreventionPlanSubRecordInput } from './schemas/layouts/preventionPlanSub.js';
export type { Table6ActualDeleteRecord, ValidTable6ActualDeleteRecord, Table6ActualDeleteRecordInput } from './schemas/layouts/table6ActualDelete.js';
export type { Table6PlanDeleteRecord, ValidTable6PlanDeleteRecord, Table6PlanDeleteRecordInput } from './schemas/layouts/table6PlanDelete.js';
export type { Table6Record, ValidTable6Record, Table6RecordInput } from './schemas/layouts/table6Plan.js';
export type { Table7Record, ValidTable7Record, Table7RecordInput } from './schemas/layouts/table7.js';
export type {
  ServiceTypeLimit,
  ValidServiceTypeLimit,
  ServiceTypeLimitInput,
  UserSupplementRecord,
  ValidUserSupplementRecord,
  UserSupplementRecordInput,
} from './schemas/layouts/userSupplement.js';
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
