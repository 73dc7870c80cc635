import type { IssueCode } from './codes.js';
import { HINT_MESSAGES } from './locales/hints.js';
import { LOCALES, type Locale } from './locales/index.js';
import type { IssueParamsMap } from './params.js';
import type { Issue } from './types.js';

/** Renders the message of a code in a locale. */
export function renderMessage<C extends IssueCode>(code: C, params: IssueParamsMap[C], locale: Locale = 'ja'): string {
  const render: (p: IssueParamsMap[C]) => string = LOCALES[locale][code];
  return render(params);
}

/** Returns the issue with its message rendered again in another locale. */
export function localizeIssue<C extends IssueCode>(issue: Issue<C>, locale: Locale): Issue<C> {
  const message = renderMessage(issue.code, issue.params, locale);
  if (issue.hint === undefined) return { ...issue, message };
  return { ...issue, message, hint: { ...issue.hint, message: HINT_MESSAGES[locale][issue.hint.code](issue.hint.params) } };
}
