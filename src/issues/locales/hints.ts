import type { HintCode, HintParams } from '../hints.js';
import type { Locale } from './index.js';

/** A locale's hint messages: one per hint code (a missing or extra code is a compile error). */
export type HintMessages = { readonly [H in HintCode]: (p: HintParams) => string };

const ja: HintMessages = {
  leadingZeros: () => '表計算ソフトが先頭の 0 を落としたようです（数値として扱われた）。先頭に 0 を補えば正しい値になります。',
  dateFormat: () => '表計算ソフトの日付形式（2025/5/1、2025-05-01 など）のようです。YYYYMMDD（年月は YYYYMM）で書いてください。',
  timeFormat: () => '時刻が 6:00 のような形式のようです。HHMM（0600）で書いてください。',
  fullWidth: () => '全角の数字・英字が使われています。半角にすれば正しい値になります。',
  missingHyphen: () => '郵便番号にハイフンがありません。XXX-XXXX で書いてください。',
  letterCase: () => '英字が小文字です。大文字で書いてください。',
  jisVariant: () => 'JIS 形の文字（〜 ‖ − ¢ £ ¬ —）が使われています。MS932 の形（～ ∥ － ￠ ￡ ￢ ―）に置き換えられます。',
  surroundingSpaces: () => '値の前後に空白（半角・全角の空白、タブ）があります。空白を除けば正しい値になります（桁をそろえる出力などで付いたもの）。',
  headerRow: () => '1 行目が見出し行です（項目名・キー・項目No.。表計算ソフトや出力の設定で付いたもの）。見出し行を削除してください。',
  bomAdded: () => 'Shift_JIS（MS932）の内容の前に BOM が付けられています。先頭 3 バイトの BOM を削除してください。',
  utf8Content: () => 'UTF-8 で保存されたようです。Shift_JIS（MS932）で保存し直してください。',
  otherKind: (p) => `列の構成が別の種類のファイル（${p.prefix ?? ''}）に合います。ファイル名か中身を取り違えていないか確認してください。`,
};

const en: HintMessages = {
  leadingZeros: () => 'A spreadsheet seems to have dropped the leading zeros (it read the value as a number); putting them back gives the value.',
  dateFormat: () => "Looks like a spreadsheet's date format (2025/5/1, 2025-05-01, …); write YYYYMMDD (YYYYMM for a year-month).",
  timeFormat: () => 'Looks like a time written 6:00; write HHMM (0600).',
  fullWidth: () => 'Full-width digits or letters; their half-width forms give the value.',
  missingHyphen: () => 'The postal code has no hyphen; write XXX-XXXX.',
  letterCase: () => 'Lower-case letters; write them in upper case.',
  jisVariant: () => 'JIS-style characters (〜 ‖ − ¢ £ ¬ —); their MS932 forms (～ ∥ － ￠ ￡ ￢ ―) replace them.',
  surroundingSpaces: () =>
    'Spaces (half- or full-width, or tabs) around the value; without them it is valid (an export that pads values to a width).',
  headerRow: () => 'The first line is a header (column names, keys or numbers, from a spreadsheet or an export setting); remove it.',
  bomAdded: () => 'A BOM was added in front of Shift_JIS (MS932) content; remove the first three bytes (the BOM).',
  utf8Content: () => 'The file seems to have been saved as UTF-8; save it as Shift_JIS (MS932).',
  otherKind: (p) => `The columns fit another kind of file (${p.prefix ?? ''}); check that the file name and its content belong together.`,
};

/** The hint messages of every locale. */
export const HINT_MESSAGES: { readonly [L in Locale]: HintMessages } = { ja, en };
