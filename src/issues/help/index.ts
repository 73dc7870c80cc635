import type { IssueCode } from '../codes.js';
import type { Locale } from '../locales/index.js';
import { en } from './en.js';
import { ja } from './ja.js';
import type { IssueHelp, IssueHelpTable } from './types.js';

export type { IssueHelp, IssueHelpTable } from './types.js';

/** The help of every code, per locale: what it means, the usual causes, what to do. */
export const ISSUE_HELP: { readonly [L in Locale]: IssueHelpTable } = { ja, en };

/** The help of one code in a locale. */
export function issueHelp(code: IssueCode, locale: Locale = 'ja'): IssueHelp {
  return ISSUE_HELP[locale][code];
}

/**
 * A stable reference to a code's help, for JSON output: the code's section in docs/issue-codes.md (the anchor
 * is the code, lower case, without dots), which `careplan-csv explain CODE` prints too.
 */
export function helpRef(code: IssueCode): string {
  return `docs/issue-codes.md#${code.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
}
