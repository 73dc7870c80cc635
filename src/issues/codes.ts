/**
 * The catalogue of issue codes. Codes are stable: they are part of the public API and may be matched by
 * users' code. Each code has a default severity; messages live in the locale tables (./locales).
 */

/**
 * - `error`: the file does not conform (`ok` is false).
 * - `warning`: the file conforms, but something deserves a look (a sender's habit, a value that may be wrong).
 * - `info`: the file conforms and nothing is wrong with it; only its bytes are not in the canonical form the
 *   serializer writes (LF line ends, a missing final line end, quotes around a code, a duplicate MS932 code),
 *   so writing its records again changes bytes. One per kind and file, at its first place, with the count.
 */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Code → severity when reported. The profiles (./profiles.ts) change some of them, and turn some off: a code's
 * severity under a profile is in `PROFILE_RULES` when it differs.export type Severity = 'error' | 'warning' | 'info';

/** Code → default severity. Adding a code here without a message in every locale fails the tests. */
export const ISSUE_CODES = {
  // bytes → text (MS932)
  'encoding.invalidBytes': 'error',
  'encoding.userDefinedChar': 'error',
  'encoding.utf8': 'error',
  'encoding.utf16': 'error',
  'encoding.bom': 'error',
  'encoding.moreInField': 'warning',
  // text → bytes (MS932), and string input
  'encoding.unmappable': 'error',
  'encoding.converted': 'warning',
  'encoding.replaced': 'warning',
  'encoding.nonCanonical': 'info',
  'encoding.substituted': 'warning',
  // JIS X 0213 readiness (checkJisX0213)
  'encoding.outsideJisX0213': 'warning',
  // CSV syntax
  'csv.unterminatedQuote': 'error',
  'csv.quoteInUnquotedField': 'error',
  'csv.textAfterClosingQuote': 'error',
  'csv.emptyLine': 'warning',
  'csv.columnCount': 'error',
  'csv.unquotedFreeText': 'warning',
  'csv.headerSkipped': 'warning',
  'csv.lineBreak': 'info',
  'csv.finalLineBreak': 'info',
  'csv.quoting': 'info',
  // limits for untrusted input (ParseOptions maxFileBytes, maxRecordBytes, maxFieldBytes, maxRecords, maxIssues)
  'limit.fileBytes': 'error',
  'limit.recordBytes': 'error',
  'limit.fieldBytes': 'error',
  'limit.records': 'error',
  'limit.issues': 'warning',
  // ParseOptions maxErrors (fail fast), signal and deadlineMs: reading stopped early
  'limit.errors': 'warning',
  'limit.aborted': 'error',
  'limit.deadline': 'error',
  // ValidateUnitsOptions maxWithdrawals: the withdrawals of a send unit's delete files are not all listed
  'limit.withdrawals': 'warning',
  // one field
  'field.required': 'error',
  'field.requiredUncertain': 'error',
  'field.tooLong': 'error',
  'field.lengthAsPrinted': 'error',
  'field.integer': 'error',
  'field.date': 'error',
  'field.yearMonth': 'error',
  'field.time': 'error',
  'field.time2400': 'error',
  'field.insurerNumber': 'error',
  'field.insuredNumber': 'error',
  'field.officeNumber': 'error',
  'field.serviceCode': 'error',
  'field.code': 'error',
  'field.dayFlags': 'error',
  'field.csvVersion': 'error',
  'field.csvSpecialChar': 'error',
  'field.unused': 'warning',
  'field.controlChar': 'warning',
  'field.decimal': 'error',
  'field.postalCode': 'error',
  'field.fixed': 'error',
  // one record
  'record.rentalItemCode': 'error',
  'record.serviceDateOutsideMonth': 'error',
  'record.fieldNotInVersion': 'error',
  'record.versionNotWritable': 'error',
  'record.unknownField': 'error',
  'record.valueType': 'error',
  'record.groupGap': 'error',
  'record.groupTooLong': 'error',
  'record.serviceTypeOutOfScope': 'warning',
  'record.subtotalUnits': 'error',
  'record.subtotalNotEmpty': 'error',
  'record.grandTotalProvider': 'error',
  'record.reservedProviderCode': 'error',
  'record.planDatePlaceholder': 'error',
  'record.planDateNotPlaceholder': 'error',
  'record.itemNoRange': 'error',
  // whole file
  'file.empty': 'error',
  'file.headerRow': 'error',
  'file.unknownKind': 'error',
  'file.unknownVersion': 'error',
  'file.versionNotInKind': 'error',
  'file.versionAlias': 'warning',
  'file.mixedVersion': 'error',
  'file.mixedMonth': 'error',
  'file.versionMonth': 'warning',
  'file.nameInvalid': 'error',
  'file.nameWarning': 'warning',
  'file.nameKind': 'error',
  'file.nameMonth': 'error',
  'file.nameStyle': 'warning',
  'file.grandTotalMissing': 'error',
  'file.grandTotalDuplicate': 'error',
  'file.subtotalMissing': 'warning',
  'file.duplicateItemNo': 'error',
  // send units (src/units): the files of one ファイル連番 + sender + receiver, and links between them
  'unit.combination': 'error',
  'unit.duplicateFile': 'error',
  'unit.memberMissing': 'warning',
  'unit.masterFileMissing': 'error',
  'link.masterMissing': 'error',
  'link.dependantMissing': 'warning',
  'link.table7TypeMissing': 'warning',
  'link.table6TypeMissing': 'warning',
  'link.subtotalMissing': 'warning',
  'link.imageName': 'error',
  'link.imageMissing': 'error',
  'link.imageUnreferenced': 'warning',
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_CODES;

export const ALL_ISSUE_CODES = Object.keys(ISSUE_CODES) as IssueCode[];

/**
 * Codes that say a file read is not in the canonical form the serializer writes: writing its records
 * again gives other bytes (with every error, they make `canonical` false).
 */
export const NON_CANONICAL_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
  'csv.lineBreak',
  'csv.finalLineBreak',
  'csv.quoting',
  'encoding.nonCanonical',
  'csv.emptyLine',
  'csv.unquotedFreeText',
  'csv.headerSkipped',
  'encoding.converted',
  'encoding.substituted',
  'file.versionAlias',
]);

export function isIssueCode(value: unknown): value is IssueCode {
  return typeof value === 'string' && Object.hasOwn(ISSUE_CODES, value);
}
