/**
 * careplan-csv: strict reader, writer and validator for ケアプランデータ連携標準仕様 CSV files.
 *
 * @packageDocumentation
 */
export { parse, serialize, validate, type ParseInput, type ParseResult, type SerializeResult, type ValidateResult } from './api.js';
export type { CommonOptions, ParseOptions, SerializeOptions } from './options.js';
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
  type Table6Record,
} from './schemas/layouts.js';
export type { FieldDef, FieldType, Requirement } from './schemas/field.js';
export { TABLE6_FIELDS } from './schemas/layouts/table6Plan.js';
export {
  ALL_ISSUE_CODES,
  ISSUE_CODES,
  LOCALES,
  isIssueCode,
  localizeIssue,
  renderMessage,
  type Issue,
  type IssueCode,
  type IssueParams,
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
