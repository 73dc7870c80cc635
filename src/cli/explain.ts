/** `careplan-csv explain CODE`: what an issue code means, its usual causes and what to do. @module */
import { ALL_ISSUE_CODES, ISSUE_CODES, type IssueCode, isIssueCode } from '../issues/codes.js';
import { helpRef, issueHelp } from '../issues/help/index.js';
import { FIELD_HINT_CODES, HINT_CODES, type HintCode, isHintCode, REPAIRABLE_HINTS } from '../issues/hints.js';
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
 * The issue codes that carry each hint of a whole file as their `hint.code` (JSON output). The hints of
 * values and `headerRow` are also kinds of change of `fix`, explained as those.
 */
const HINT_ISSUES: { readonly [H in Exclude<HintCode, RepairChangeKind>]: readonly IssueCode[] } = {
  bomAdded: ['encoding.bom'],
  utf8Content: ['encoding.utf8'],
  otherKind: ['csv.columnCount'],
};

const isFileHint = (code: string): code is keyof typeof HINT_ISSUES => Object.hasOwn(HINT_ISSUES, code);

/**
 * The explanation of one code, as printed (several lines, ending with a line break): an issue code, or the
 * kind of a change that `fix` prints (`lineBreak`, `leadingZeros` …), explained with the issues it mends.
 */
export function explainText(code: string, locale: Locale): string {
  if (!isIssueCode(code)) {
    if (isChangeKind(code)) return changeText(code, locale);
    if (isFileHint(code)) return hintText(code, locale);
    throw usageError('unknownIssueCode', { code, suggestion: closest(code, [...ALL_ISSUE_CODES, ...REPAIR_CHANGE_KINDS, ...HINT_CODES]) });
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
  const valueCause = (FIELD_HINT_CODES as readonly string[]).includes(kind);
  // A change that is also the hint of a whole file (`headerRow`): the cause as the hint says it.
  if (!valueCause && isHintCode(kind)) lines.push(HINT_MESSAGES[locale][kind]({}), '');
  if (codes.length > 0) lines.push(`${m.explainChangeMends()} ${codes.join(', ')}`);
  // A value cause (`jisVariant` is one too, beside its encoding issue): the field issues that carry it.
  if (valueCause && isHintCode(kind)) {
    lines.push(m.explainChangeValues(), `  ${HINT_MESSAGES[locale][kind]({})}`);
  }
  return `${[`${lines.join('\n')}\n`, ...codes.map((c) => explainText(c, locale))].join('\n')}`;
}

/**
 * A hint of a whole file (the `hint.code` of an issue in JSON output): the probable cause it names, whether
 * `fix` mends it, the issues that carry it, then each of those explained.
 */
function hintText(hint: keyof typeof HINT_ISSUES, locale: Locale): string {
  const m = messagesFor(locale);
  const codes = HINT_ISSUES[hint];
  const lines = [
    m.explainHint({ hint }),
    '',
    HINT_MESSAGES[locale][hint]({ prefix: '…' }),
    REPAIRABLE_HINTS.has(hint) ? m.explainHintMended() : m.explainHintNotMended(),
    '',
    `${m.explainHintIssues()} ${codes.join(', ')}`,
    '',
  ];
  return [`${lines.join('\n')}`, ...codes.map((c) => explainText(c, locale))].join('\n');
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
