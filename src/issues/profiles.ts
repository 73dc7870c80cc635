/**
 * Profiles: one table of rule → severity per profile (the FHIR validator's profiles and eslint's rule
 * severities are the models), applied in one place (the {@link IssueCollector}'s severity table).
 *
 * - `standard` (the default) is the library's reading as it was before profiles existed;
 * - `strict` is for senders and vendor self-tests: the strictest defensible reading of 第4.1版;
 * - `lenient` is for receivers: what can be read without doubt is accepted with a warning; errors stay
 *   errors wherever data would be read wrong.
 *
 * A code not in {@link PROFILE_RULES} has its catalogue severity ({@link ISSUE_CODES}) in every profile. The
 * reasons are data (`reason`), so that docs/profiles.md is generated from this table.
 */
import { ISSUE_CODES, type IssueCode, type Severity } from './codes.js';

export type Profile = 'strict' | 'standard' | 'lenient';
export const PROFILES: readonly Profile[] = ['strict', 'standard', 'lenient'];

export function isProfile(v: unknown): v is Profile {
  return v === 'strict' || v === 'standard' || v === 'lenient';
}

/** What a profile or an override does with a code: a severity, or `off` (the issue is not reported). */
export type RuleSetting = Severity | 'off';
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

export function isRuleSetting(v: unknown): v is RuleSetting {
  return v === 'off' || v === 'info' || v === 'warning' || v === 'error';
}

/** Per-code overrides (option `rules`, config key `rules`), applied over the profile. */
export type RuleOverrides = { readonly [C in IssueCode]?: RuleSetting };

/** A reason in both languages, and where it comes from. */
export interface RuleReason {
  readonly ja: string;
  readonly en: string;
  /** docs/uncertain.md, docs/format.md or the spec section the reason rests on. */
  readonly source: string;
}

/** One row of the table: a code whose severity differs between profiles. */
export interface ProfileRule {
  readonly code: IssueCode;
  readonly strict: RuleSetting;
  readonly standard: RuleSetting;
  readonly lenient: RuleSetting;
  readonly reason: RuleReason;
}

const CANONICAL_FORM: RuleReason = {
  ja: '仕様は CRLF・ダブルクォートの付け方を明記していないため、標準では正規形（docs/format.md）からの逸脱を info に留めます。送信側は受信側の読み方に依存しないよう、正規形で書くべきです。',
  en: 'The spec does not state line ends or quoting of other columns, so standard only notes a departure from the canonical form (docs/format.md). A sender should write the canonical form so as not to depend on how a receiver reads.',
  source: 'docs/uncertain.md (Line ends, Quoting of non-free-text columns); docs/format.md',
};

/** The table. Every code appears at most once; `standard` is the behaviour without a profile. */
export const PROFILE_RULES: readonly ProfileRule[] = [
  {
    code: 'field.requiredUncertain',
    strict: 'error',
    standard: 'off',
    lenient: 'off',
    reason: {
      ja: '利用者補足情報 No.5–8、第6表 No.6–7 の必須（○）は復元テキストでずれており、印字された ○ の数からは必須と読めます。標準・寛容は空を受け入れ、厳格は必須とします（requireUncertainFields: true と同じ読み方ですが、コードは field.requiredUncertain）。',
      en: 'The 必須 (○) marks of 利用者補足情報 No.5–8 and 第6表 No.6–7 are shifted in the recovered text; the printed count of ○ suggests they are required. standard and lenient accept an empty value; strict requires one (the reading of requireUncertainFields: true, reported as field.requiredUncertain).',
      source: 'docs/uncertain.md (第6表 No.6/No.7, 利用者補足情報 No.5–8)',
    },
  },
  {
    code: 'field.lengthAsPrinted',
    strict: 'error',
    standard: 'off',
    lenient: 'off',
    reason: {
      ja: '第7表 No.14 割引後率・No.17 サービス単位金額は、レイアウトの行 14–18 が乱れているため最大候補の 6 桁まで受け入れています。厳格は印字どおりの 5 桁を求めます（送信側は印字された長さに収めれば、どの読み方の受信側にも通ります）。',
      en: '第7表 No.14 割引後率 and No.17 サービス単位金額 accept up to 6 digits (the largest candidate: rows 14–18 of the layout are jumbled). strict asks for the 5 digits printed: a sender within the printed length passes every reading.',
      source: 'docs/uncertain.md (第7表 No.14, No.15, No.17)',
    },
  },
  {
    code: 'file.versionAlias',
    strict: 'error',
    standard: 'warning',
    lenient: 'warning',
    reason: {
      ja: '第4.1版の CSVバージョンは 202407 です。202504（第4.0版の値）・202410・202404（別紙の例）は同じ版として読めますが、送信側は仕様の値を書くべきです。',
      en: 'The CSVバージョン of 第4.1版 is 202407. 202504 (第4.0版), 202410 and 202404 (the 別紙 examples) read as the same version, but a sender should write the spec value.',
      source: 'docs/uncertain.md (CSVバージョン 202504 / 202410 / 202404)',
    },
  },
  {
    code: 'file.versionMonth',
    strict: 'error',
    standard: 'warning',
    lenient: 'warning',
    reason: {
      ja: '202208 は 2023-01〜2025-03、202407 は 2025-04 以降の対象年月に適用されます。標準は警告に留めますが、厳格では対象年月に合う版だけを受け入れます。',
      en: '202208 applies to 対象年月 2023-01 to 2025-03, 202407 from 2025-04. standard only warns; strict accepts only the version the month requires.',
      source: 'docs/uncertain.md (Version against month)',
    },
  },
  {
    code: 'csv.unquotedFreeText',
    strict: 'error',
    standard: 'warning',
    lenient: 'warning',
    reason: {
      ja: '仕様はフリーテキストを "…" で囲むと定めています。区切り文字を含まない値は囲みがなくても一意に読めるため標準・寛容は警告、厳格はエラーです。',
      en: 'The spec says free text is enclosed in "…". A value without separators reads the same without quotes, so standard and lenient warn; strict makes it an error.',
      source: 'docs/uncertain.md (Unquoted free text); spec 別紙 CSVファイルレイアウト定義書',
    },
  },
  { code: 'csv.lineBreak', strict: 'error', standard: 'info', lenient: 'info', reason: CANONICAL_FORM },
  { code: 'csv.finalLineBreak', strict: 'error', standard: 'info', lenient: 'info', reason: CANONICAL_FORM },
  { code: 'csv.quoting', strict: 'error', standard: 'info', lenient: 'info', reason: CANONICAL_FORM },
  {
    code: 'encoding.nonCanonical',
    strict: 'error',
    standard: 'info',
    lenient: 'info',
    reason: {
      ja: 'MS932 の重複符号（NEC 選定 IBM 拡張 ED/EE 行など）は同じ文字として読めますが、正規形は JIS X 0208 → NEC 13 区 → IBM 拡張 FA–FC の符号です。',
      en: 'The duplicate MS932 codes (the NEC-selected IBM rows ED/EE and others) read as the same characters, but the canonical form uses the JIS X 0208 code, then NEC row 13, then the IBM extensions FA–FC.',
      source: 'docs/format.md (Encoding)',
    },
  },
  {
    code: 'csv.emptyLine',
    strict: 'error',
    standard: 'warning',
    lenient: 'warning',
    reason: {
      ja: '仕様は 1 行 1 レコードで、空行を定義していません。読み飛ばしても内容は変わりませんが、送信側は書くべきではありません。',
      en: 'The spec defines one record per line and no empty lines. Skipping one changes no data, but a sender should not write it.',
      source: 'docs/format.md (Records)',
    },
  },
  {
    code: 'csv.headerSkipped',
    strict: 'error',
    standard: 'warning',
    lenient: 'warning',
    reason: {
      ja: '仕様に見出し行はありません。寛容は 1 列目が CSVバージョンでない 1 行目を見出し行として読み飛ばします（skipHeader の既定値が true）。厳格では見出し行はエラーです。',
      en: 'The spec defines no header line. lenient skips a first line whose column 1 is not a CSVバージョン as a header (skipHeader defaults to true); strict makes a header an error.',
      source: 'docs/uncertain.md (Header line)',
    },
  },
  {
    code: 'field.time2400',
    strict: 'error',
    standard: 'error',
    lenient: 'warning',
    reason: {
      ja: '時刻は HHMM 0000–2359 です。ただし 3表（週間サービス計画表）の時間軸は 24:00 までであり、終了時刻の 2400 は「その日の終わり」と一意に読めます。寛容は終了時刻の列に限り 2400 を警告付きで受け入れ、値はそのまま 2400 として読みます（開始時刻の 2400 は常にエラー）。',
      en: 'A time is HHMM 0000–2359. The time axis of 3表 (the weekly plan) runs to 24:00, though, and 2400 as an end time reads unambiguously as the end of the day. lenient accepts 2400 in end-time columns only, with a warning, and reads the value as 2400 (2400 as a start time stays an error).',
      source: 'spec 別紙 (時刻 HHMM); 第3表 週間サービス計画表 (0:00–24:00 time axis)',
    },
  },
];

/** An option whose default depends on the profile (an explicit option wins). */
export interface ProfileOptionDefault {
  readonly option: 'skipHeader';
  readonly strict: boolean;
  readonly standard: boolean;
  readonly lenient: boolean;
  readonly reason: RuleReason;
}

export const PROFILE_OPTIONS: readonly ProfileOptionDefault[] = [
  {
    option: 'skipHeader',
    strict: false,
    standard: false,
    lenient: true,
    reason: {
      ja: '表計算ソフトの出力には列名の見出し行が付くことがあります。1 列目が 6 桁の CSVバージョンでない 1 行目はデータとして読めないため、寛容では読み飛ばして警告します。',
      en: 'Spreadsheet exports add a header line of column names. A first line whose column 1 is not a 6-digit CSVバージョン cannot be data, so lenient skips it with a warning.',
      source: 'docs/uncertain.md (Header line)',
    },
  },
];

/** The severity of each code under a profile and overrides: what the {@link IssueCollector} applies. */
export type SeverityTable = { readonly [C in IssueCode]: RuleSetting };

function profileTable(profile: Profile): SeverityTable {
  const t: { [C in IssueCode]?: RuleSetting } = { ...ISSUE_CODES };
  for (const r of PROFILE_RULES) t[r.code] = r[profile];
  return Object.freeze(t) as SeverityTable;
}

const PROFILE_TABLES: { readonly [P in Profile]: SeverityTable } = {
  strict: profileTable('strict'),
  standard: profileTable('standard'),
  lenient: profileTable('lenient'),
};

/** The table of the default profile (`standard`, no overrides). */
export const DEFAULT_SEVERITIES: SeverityTable = PROFILE_TABLES.standard;

/** The severity table of `profile` with `overrides` applied (the same object for the same profile without overrides). */
export function severityTable(profile: Profile, overrides: RuleOverrides | null = null): SeverityTable {
  const base = PROFILE_TABLES[profile];
  if (overrides === null) return base;
  const keys = Object.keys(overrides) as IssueCode[];
  if (keys.length === 0) return base;
  const t: { [C in IssueCode]?: RuleSetting } = { ...base };
  for (const k of keys) t[k] = overrides[k] as RuleSetting;
  return Object.freeze(t) as SeverityTable;
}

/** The default of a profile-dependent option. */
export function profileOptionDefault(profile: Profile, option: ProfileOptionDefault['option']): boolean {
  const row = PROFILE_OPTIONS.find((r) => r.option === option);
  return row === undefined ? false : row[profile];
}
