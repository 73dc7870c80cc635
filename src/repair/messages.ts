/**
 * What each kind of change of `repair` (and `careplan-csv fix`) does, in each locale: the `message` of a
 * `RepairChange` (./repair.ts), and the CLI's text of it. No values (they are personal data).
 * @module
 */
import type { Locale } from '../issues/locales/index.js';
import type { RepairChangeKind } from './change-kinds.js';

const CHANGE: { readonly [L in Locale]: { readonly [K in RepairChangeKind]: string } } = {
  ja: {
    utf8: 'UTF-8 を Shift_JIS（MS932）に変換',
    bom: 'BOM を削除',
    duplicateCodes: 'MS932 の重複コードを正規のコードに',
    jisVariant: 'JIS 形の文字を MS932 の形に',
    substituted: 'MS932 にない文字を通常の代替字に',
    lineBreak: '改行を CRLF に',
    finalLineBreak: '最終行に改行を追加',
    emptyLine: '空行を削除',
    headerRow: '見出し行を削除',
    quoting: 'フリーテキスト以外の引用符を削除',
    unquotedFreeText: 'フリーテキストを引用符で囲む',
    csvVersion: 'CSVバージョンの別名を正しい値に',
    leadingZeros: '先頭の 0 を補う',
    dateFormat: '日付を YYYYMMDD に',
    timeFormat: '時刻を HHMM に',
    fullWidth: '全角を半角に',
    missingHyphen: '郵便番号にハイフンを補う',
    letterCase: '英字を大文字に',
    surroundingSpaces: '値の前後の空白を削除',
  },
  en: {
    utf8: 'UTF-8 written as Shift_JIS (MS932)',
    bom: 'BOM removed',
    duplicateCodes: 'duplicate MS932 codes written canonically',
    jisVariant: 'JIS-style characters in their MS932 forms',
    substituted: 'a character MS932 lacks written as its usual substitute',
    lineBreak: 'line ends to CRLF',
    finalLineBreak: 'final line end added',
    emptyLine: 'blank line removed',
    headerRow: 'header row removed',
    quoting: 'quotes removed from a column that is not free text',
    unquotedFreeText: 'free text quoted',
    csvVersion: 'CSVバージョン alias to its version',
    leadingZeros: 'leading zeros restored',
    dateFormat: 'date to YYYYMMDD',
    timeFormat: 'time to HHMM',
    fullWidth: 'full-width to half-width',
    missingHyphen: 'postal-code hyphen added',
    letterCase: 'letters to upper case',
    surroundingSpaces: 'spaces around the value removed',
  },
};

/** The count of places and the text of a kind not in the tables (a caller's own, from JavaScript). */
const OTHER: { readonly [L in Locale]: { readonly places: (n: number) => string; readonly unknown: (kind: string) => string } } = {
  ja: { places: (n) => `（${n} か所）`, unknown: (kind) => `変更（${kind}）` },
  en: { places: (n) => ` (${n} places)`, unknown: (kind) => `change (${kind})` },
};

/** What a change of `kind` covering `count` places did, in `locale` (`leading zeros restored (3 places)`). */
export function repairChangeMessage(kind: RepairChangeKind, count: number, locale: Locale): string {
  const what = (CHANGE[locale][kind] as string | undefined) ?? OTHER[locale].unknown(String(kind));
  return count > 1 ? `${what}${OTHER[locale].places(count)}` : what;
}
