export { ALL_ISSUE_CODES, ISSUE_CODES, isIssueCode, type IssueCode, type Severity } from './codes.js';
export { LOCALES, isLocale, type Locale, type Messages } from './locales/index.js';
export { localizeIssue, renderMessage } from './render.js';
export type { Issue, IssueParams } from './types.js';
export { IssueCollector, type IssueLocation } from './collector.js';
