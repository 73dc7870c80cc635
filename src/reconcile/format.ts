import { misuse } from '../errors.js';
import type { Locale } from '../issues/locales/index.js';
import type { Difference, ReconcileResult, RowRef } from './types.js';

const WORDS = {
  ja: {
    missing: '予定のみ（実績なし）',
    extra: '実績のみ（予定なし）',
    changed: '予定と実績が相違',
    provider: '事業所',
    serviceCode: 'サービスコード',
    date: '利用日',
    time: '時刻',
    detail: '明細',
    count: '回数',
    units: '単位数',
    differs: '相違',
    empty: '（空）',
  },
  en: {
    missing: 'planned, not delivered',
    extra: 'delivered, not planned',
    changed: 'plan and actual differ',
    provider: 'provider',
    serviceCode: 'service code',
    date: 'date',
    time: 'time',
    detail: 'detail',
    count: 'count',
    units: 'units',
    differs: 'differs',
    empty: '(empty)',
  },
} as const;

function checkLocale(locale: unknown, fn: string): Locale {
  if (locale !== 'ja' && locale !== 'en') misuse('ERR_CAREPLAN_ARGUMENT', fn, "locale must be 'ja' or 'en'");
  return locale;
}

function rowText(r: RowRef, w: (typeof WORDS)[Locale], full: boolean): string {
  const provider = r.satelliteBranch === '' ? r.providerCode : `${r.providerCode}-${r.satelliteBranch}`;
  const parts = [`${w.provider} ${provider}`, `${w.serviceCode} ${r.serviceCode}`, `${w.date} ${r.serviceDate}`];
  if (full) {
    parts.push(`${w.time} ${r.startTime}-${r.endTime}`);
    if (r.detailCode !== '') parts.push(`${w.detail} ${r.detailCode}`);
    parts.push(`${w.count} ${r.serviceCount}`, `${w.units} ${r.units === '' ? w.empty : r.units}`);
  }
  return parts.join(' ');
}

/**
 * One difference as a line of text without file names (the CLI puts `FILE:LINE:` in front): what kind of
 * difference, the row (provider, サービスコード, date; for missing and extra rows also times, 明細判別コード,
 * 回数 and 単位数), and for changed pairs each differing column as `項目名 plan→actual`. Contains only the
 * values the result holds (no 被保険者番号 or free text unless the result was made with `includeValues`).
 *
 * @example
 * ```ts
 * describeDifference(d, 'ja'); // '予定と実績が相違 事業所 1310000002 サービスコード 111211 利用日 20250508: サービス開始時刻 1000→1030'
 * ```
 */
export function describeDifference(difference: Difference, locale: Locale = 'ja'): string {
  const w = WORDS[checkLocale(locale, 'describeDifference')];
  const d = difference;
  if (d.type !== 'changed') return `${w[d.type]} ${rowText((d.plan ?? d.actual) as RowRef, w, true)}`;
  const changes = d.changes.map((c) => {
    if (c.plan === undefined || c.actual === undefined) return `${c.fieldJa} ${w.differs}`;
    const v = (s: string) => (s === '' ? w.empty : s);
    return `${c.fieldJa} ${v(c.plan)}→${v(c.actual)}`;
  });
  return `${w.changed} ${rowText(d.plan as RowRef, w, false)}: ${changes.join(', ')}`;
}

/** A one-line summary of a reconciliation (counts of each kind of difference, matched and excluded rows). */
export function describeSummary(result: ReconcileResult, locale: Locale = 'ja'): string {
  const s = result.summary;
  const total = s.missing + s.extra + s.changed;
  if (checkLocale(locale, 'describeSummary') === 'ja') {
    let text = `差異 ${total} 件（予定のみ ${s.missing}、実績のみ ${s.extra}、相違 ${s.changed}）、一致 ${s.matched} 件`;
    if (s.excludedPlanRows > 0) text += `、比較対象外の予定 ${s.excludedPlanRows} 行（実績側にない事業所・サービス種類）`;
    return text;
  }
  let text = `${total} difference(s) (${s.missing} planned only, ${s.extra} delivered only, ${s.changed} changed), ${s.matched} matched`;
  if (s.excludedPlanRows > 0) text += `, ${s.excludedPlanRows} plan row(s) not compared (provider/service type not in the actual side)`;
  return text;
}
