/** `careplan-csv explain CODE`: what an issue code means, its usual causes and what to do. @module */
import { ALL_ISSUE_CODES, ISSUE_CODES, isIssueCode } from '../issues/codes.js';
import { helpRef, issueHelp } from '../issues/help/index.js';
import { isHintCode } from '../issues/hints.js';
import { HINT_MESSAGES } from '../issues/locales/hints.js';
import type { Locale } from '../issues/locales/index.js';
import { ISSUE_PARAMS, type ParamType } from '../issues/params.js';
import { PROFILE_RULES, PROFILES, severityTable } from '../issues/profiles.js';
import { REPAIR_CHANGE_ISSUES, REPAIR_CHANGE_KINDS, type RepairChangeKind } from '../repair/repair.js';
import { EXIT, usageError } from './errors.js';
import type { CliIo } from './io.js';
import { messagesFor } from './messages/index.js';
import { closest } from './suggest.js';

const paramType = (t: ParamType): string => (typeof t === 'string' ? t : t.map((v) => `'${v}'`).join(' | '));

const isChangeKind = (code: string): code is RepairChangeKind => (REPAIR_CHANGE_KINDS as readonly string[]).includes(code);

/**
 * The explanation of one code, as printed (several lines, ending with a line break): an issue code, or the
 * kind of a change that `fix` prints (`lineBreak`, `leadingZeros` …), explained with the issues it mends.
 */
export function explainText(code: string, locale: Locale): string {
  if (!isIssueCode(code)) {
    if (isChangeKind(code)) return changeText(code, locale);
    throw usageError('unknownIssueCode', { code, suggestion: closest(code, [...ALL_ISSUE_CODES, ...REPAIR_CHANGE_KINDS]) });
  }
  const m = messagesFor(locale);
  const h = issueHelp(code, locale);
  const params: { readonly [name: string]: ParamType } = ISSUE_PARAMS[code];
  const names = Object.keys(params);
  const lines = [
    `${code} (${ISSUE_CODES[code]})`,
    '',
    h.meaning,
    ...profileLines(code, locale, m.explainProfiles()),
    '',
    m.explainCauses(),
    ...h.causes.map((c) => `  - ${c}`),
    '',
    `${m.explainRemedy()} ${h.remedy}`,
    '',
    `params: ${names.length === 0 ? '—' : names.map((n) => `${n}: ${paramType(params[n] as ParamType)}`).join(', ')}`,
    `${m.explainMore()} ${helpRef(code)}`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * A change of `fix`: what it does, the issues it mends, then each of those explained. The value causes
 * (`leadingZeros` …) mend the field issues that carry them as their hint: the hint is printed.
 */
function changeText(kind: RepairChangeKind, locale: Locale): string {
  const m = messagesFor(locale);
  const codes = REPAIR_CHANGE_ISSUES[kind];
  const lines = [m.explainChange({ kind }), '', m.fixChange({ kind, count: 1 }), ''];
  if (codes.length > 0) lines.push(`${m.explainChangeMends()} ${codes.join(', ')}`);
  else if (isHintCode(kind)) lines.push(m.explainChangeValues(), `  ${HINT_MESSAGES[locale][kind]({})}`);
  return `${[`${lines.join('\n')}\n`, ...codes.map((c) => explainText(c, locale))].join('\n')}`;
}

/**
 * For a code whose severity differs between the profiles: the severity under each profile and the reason
 * (docs/profiles.md); nothing for the others.
 */
function profileLines(code: keyof typeof ISSUE_CODES, locale: Locale, heading: string): string[] {
  const rule = PROFILE_RULES.find((r) => r.code === code);
  if (rule === undefined) return [];
  return ['', `${heading} ${PROFILES.map((p) => `${p} ${severityTable(p)[code]}`).join(', ')}`, `  ${rule.reason[locale]}`];
}

/** Runs `explain CODE...`: prints each code's explanation (separated by a blank line). */
export function runExplain(codes: readonly string[], locale: Locale, io: CliIo): number {
  if (codes.length === 0) throw usageError('needsIssueCode', {});
  const texts = codes.map((c) => explainText(c, locale));
  io.stdout(texts.join('\n'));
  return EXIT.ok;
}
