/**
 * The table of the ways `mutatedFile` breaks a file (a module of its own, importing nothing but the issue
 * codes, so that the field-type units can name their mutation without a cycle).
 */
import type { IssueCode } from '../issues/codes.js';

/** The ways {@link mutatedFile} breaks a file, each with the issue code it must cause. */
export const MUTATION_KINDS = {
  /** A date column holds a YYYYMMDD that is no calendar day (20250230). → `field.date` */
  invalidDate: 'field.date',
  /** A year-month column holds month 00 or 13. → `field.yearMonth` */
  invalidYearMonth: 'field.yearMonth',
  /** A time column holds 2430, 1260 … → `field.time` */
  invalidTime: 'field.time',
  /** An integer column holds a non-digit. → `field.integer` */
  nonDigit: 'field.integer',
  /** A 保険者番号 of 5 digits. → `field.insurerNumber` */
  badInsurerNumber: 'field.insurerNumber',
  /** A 被保険者番号 of the wrong shape. → `field.insuredNumber` */
  badInsuredNumber: 'field.insuredNumber',
  /** A 事業所番号 of 9 digits. → `field.officeNumber` */
  badOfficeNumber: 'field.officeNumber',
  /** A サービスコード with lower-case letters or the wrong length. → `field.serviceCode` */
  badServiceCode: 'field.serviceCode',
  /** 31 day flags with a character other than 0/1, or 30 flags. → `field.dayFlags` */
  badDayFlags: 'field.dayFlags',
  /** A 郵便番号 without its hyphen. → `field.postalCode` */
  badPostalCode: 'field.postalCode',
  /** A 99.99 column without its two decimals. → `field.decimal` */
  badDecimal: 'field.decimal',
  /** A fixed-value column holding another value. → `field.fixed` */
  badFixed: 'field.fixed',
  /** A ※使用しない column that is not empty. → `field.unused` (a warning) */
  filledUnused: 'field.unused',
  /** One character more than 項目長 in a length-limited free-text, string, phone or integer column. → `field.tooLong` */
  tooLong: 'field.tooLong',
  /** A code column holding a value outside its code list. → `field.code` */
  badCode: 'field.code',
  /** A required column left empty. → `field.required` */
  emptyRequired: 'field.required',
  /** A record with one column removed (and its delimiter). → `csv.columnCount`, column null */
  missingColumn: 'csv.columnCount',
  /** A record with one column added at its end. → `csv.columnCount`, column null */
  extraColumn: 'csv.columnCount',
  /** A byte that is never MS932 (0x80, 0xA0, 0xFD–0xFF) inside a field. → `encoding.invalidBytes` */
  invalidBytes: 'encoding.invalidBytes',
  /** A 外字 (user-defined area F040–F9FC) inside a field. → `encoding.userDefinedChar` */
  userDefinedChar: 'encoding.userDefinedChar',
  /** A quote that is never closed, in the last record. → `csv.unterminatedQuote` */
  unterminatedQuote: 'csv.unterminatedQuote',
  /** A `"` inside a field that is not quoted. → `csv.quoteInUnquotedField` */
  quoteInUnquotedField: 'csv.quoteInUnquotedField',
  /** Text between a free-text field's closing quote and the delimiter. → `csv.textAfterClosingQuote` */
  textAfterClosingQuote: 'csv.textAfterClosingQuote',
  /** An empty line (CRLF, CR or LF) before a record. → `csv.emptyLine` (a warning), column null */
  emptyLine: 'csv.emptyLine',
  /**
   * A later record with another 対象年月 / 削除対象年月 than the first (month-scoped kinds). → `file.mixedMonth`
   * at that record's month column
   */
  mixedMonth: 'file.mixedMonth',
  /**
   * A later record with the other CSVバージョン, for kinds whose two versions have the same column count
   * (a different count is `csv.columnCount` instead). → `file.mixedVersion` at that record's column 1
   */
  mixedVersion: 'file.mixedVersion',
} as const satisfies Record<string, IssueCode>;

/** Name of a way to break a file; see {@link MUTATION_KINDS}. */
export type MutationKind = keyof typeof MUTATION_KINDS;
