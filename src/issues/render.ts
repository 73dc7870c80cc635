import type { IssueCode } from './codes.js';
import { LOCALES, type Locale } from './locales/index.js';
import type { Issue, IssueParams } from './types.js';

/** Renders the message of a code in a locale. */
export function renderMessage(code: IssueCode, params: IssueParams, locale: Locale = 'ja'): string {
  return LOCALES[locale][code](params);
}

/** Returns the issue with its message rendered again in another locale. */
export function localizeIssue(issue: Issue, locale: Locale): Issue {
  return { ...issue, message: renderMessage(issue.code, issue.params, locale) };
}
