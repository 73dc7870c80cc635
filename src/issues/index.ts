export { ALL_ISSUE_CODES, ISSUE_CODES, isIssueCode, type IssueCode, type Severity } from './codes.js';
export { LOCALES, isLocale, type Locale, type Messages } from './locales/index.js';
export { localizeIssue, renderMessage } from './render.js';
export type { Issue, IssueBase, IssueOf } from './types.js';
export {
  ISSUE_PARAMS,
  type AnyIssueParams,
  type CodeAndParams,
  type IssueParams,
  type IssueParamsMap,
  type IssueParamsOf,
  type NoParams,
  type ParamType,
} from './params.js';
export { IssueCollector, type IssueLocation } from './collector.js';
export { HINT_CODES, isHintCode, REPAIRABLE_HINTS, type FieldHintCode, type HintCode, type HintParams, type IssueHint } from './hints.js';
export { HINT_MESSAGES, type HintMessages } from './locales/hints.js';
