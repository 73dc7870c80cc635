import type { CharacterClass, IssueParamsMap, LinkKeyField } from '../params.js';
import type { Messages } from './messages.js';

const list = (a: readonly string[]): string => a.join(', ');

/** The third key field of a link (`params.detail` of the link.* issues), by its 項目名 as in the spec. */
const keyJa = (key: LinkKeyField): string => (key === 'targetMonth' ? '対象年月' : key === 'consultationDate' ? '相談日' : '計画作成（変更）日');

/** What is wrong with a file name, by problem code (`detail` of file.nameInvalid / file.nameWarning). */
const NAME_PROBLEM: { readonly [P in IssueParamsMap['file.nameInvalid']['detail']]: string } = {
  unknownPrefix: 'the prefix is not that of a file kind of the spec',
  prefixCase: 'the letter case of the prefix differs from the spec (prefixes are all upper case)',
  badShape: 'the number of `_`-separated parts does not fit',
  missingMonth: 'the month (YYYYMM) this kind needs is missing',
  monthNotForKind: 'names of this kind have no month (YYYYMM)',
  badMonth: 'not YYYYMM (month 01–12)',
  badOfficeNumber: 'not 10 ASCII digits',
  badServiceType: 'not 2 ASCII letters or digits',
  badSerial: 'not 14 digits of a real date and time (YYYYMMDDHHMMSS)',
  badBranch: 'not 4 ASCII digits',
  badExtension: "the extension is not the spec's (.CSV; .jpg for the image)",
  styleNotForKind: 'this kind has no 202208-style name (without service type codes)',
  extensionCase: 'the letter case of the extension differs from the spec',
};

/** The segment of a file name a problem is about, by its name in the spec (`segment` of file.name*). */
const SEGMENT_EN: { readonly [S in NonNullable<IssueParamsMap['file.nameInvalid']['segment']>]: string } = {
  prefix: 'prefix',
  month: 'month YYYYMM',
  senderOffice: 'sender office number (送信元事業所番号)',
  senderServiceType: 'sender service type (送信元サービス種類コード)',
  receiverOffice: 'receiver office number (送信先事業所番号)',
  receiverServiceType: 'receiver service type (送信先サービス種類コード)',
  serial: 'file serial (ファイル連番)',
  branch: 'branch number (枝番)',
  extension: 'extension',
};
const segmentEn = (s: IssueParamsMap['file.nameInvalid']['segment']): string => (s === undefined ? '' : ` (${SEGMENT_EN[s]})`);

/** The placeholders of a file-name pattern (`params.expected` of file.name*, in the spec's words), in English. */
const PATTERN_EN: readonly (readonly [string, string])[] = [
  ['<接頭辞>', '<prefix>'],
  ['<送信元事業所番号>', '<sender office number>'],
  ['<送信元サービス種類コード>', '<sender service type>'],
  ['<送信先事業所番号>', '<receiver office number>'],
  ['<送信先サービス種類コード>', '<receiver service type>'],
  ['<ファイル連番>', '<file serial YYYYMMDDHHMMSS>'],
  ['<枝番>', '<branch number>'],
];
const patternEn = (pattern: string): string => PATTERN_EN.reduce((text, [ja, en]) => text.replaceAll(ja, en), pattern);

/** The class of a character outside MS932 (`params.detail` of encoding.unmappable, .converted, .replaced). */
const CHAR_CLASS: { readonly [C in CharacterClass]: string } = {
  variant: 'a JIS-style variant',
  latin: 'a Latin letter or sign',
  control: 'a control character',
  kanji: 'a kanji',
  privateUse: 'a private-use character',
  surrogate: 'a lone surrogate',
  supplementary: 'beyond U+FFFF: an emoji, a rare kanji…',
  other: 'a character',
};

/** English messages. */
export const en: Messages = {
  'encoding.invalidBytes': (p) => `Invalid Shift_JIS (MS932) byte sequence (${p.actual} byte(s)).`,
  'encoding.userDefinedChar': () => 'User-defined character (gaiji, F040–F9FC) is not allowed.',
  'encoding.utf8': (p) =>
    p.detail === 'bom'
      ? 'The file is UTF-8 with a BOM. Save it as Shift_JIS (MS932).'
      : 'The file is written in UTF-8. Save it as Shift_JIS (MS932).',
  'encoding.utf16': () => 'The file is UTF-16 ("Unicode Text" of Excel, for example). Save it as a CSV file in Shift_JIS (MS932).',
  'encoding.bom': () => 'A BOM was added in front of MS932 content (the file is not UTF-8); remove the BOM.',
  'encoding.moreInField': (p) => `${p.actual} more encoding problem(s) in this field: counted, not listed (at most ${p.expected} per field).`,
  'encoding.unmappable': (p) =>
    p.codePoint === undefined
      ? `A character outside MS932 (${CHAR_CLASS[p.detail]}). Replace it with an MS932 character.`
      : `Character ${p.codePoint} cannot be represented in MS932. Replace it with an MS932 character.`,
  'encoding.converted': (p) =>
    p.codePoint === undefined || p.to === undefined
      ? `A character (${CHAR_CLASS[p.detail]}) was converted to its MS932 form.`
      : `Character ${p.codePoint} was converted to its MS932 form ${p.to}.`,
  'encoding.substituted': (p) =>
    p.codePoint === undefined || p.to === undefined
      ? 'A character outside MS932 was written as its usual MS932 substitute (substitution policy).'
      : `Character ${p.codePoint}, not in MS932, was written as its usual substitute ${p.to} (substitution policy).`,
  'encoding.outsideJisX0213': (p) =>
    p.codePoint === undefined
      ? `A character outside JIS X 0213 (the character set of the 2027 Web service)${p.detail === 'substitute' ? '; a usual substitute exists' : ''}.`
      : `Character ${p.codePoint} is outside JIS X 0213 (the character set of the 2027 Web service)${p.to === undefined ? '' : `; usual substitute: ${p.to}`}.`,
  'encoding.nonCanonical': (p) =>
    `${p.actual} character(s) use a duplicate MS932 code (NEC row 13, NEC-selected IBM or IBM extension) whose canonical code differs (valid; written back with the canonical code).`,
  'encoding.replaced': (p) =>
    p.codePoint === undefined
      ? `A character outside MS932 (${CHAR_CLASS[p.detail]}) was replaced by ${p.to}.`
      : `Character ${p.codePoint}, not representable in MS932, was replaced by ${p.to}.`,
  'csv.unterminatedQuote': () => 'Unterminated double quote.',
  'csv.quoteInUnquotedField': () => 'Double quote inside an unquoted field.',
  'csv.textAfterClosingQuote': () => 'Text after a closing double quote, before the delimiter.',
  'csv.emptyLine': () => 'Empty line (skipped).',
  'csv.columnCount': (p) => `The record has ${p.actual} columns; this layout has ${p.expected}.`,
  'csv.unquotedFreeText': () => 'Free-text fields must be enclosed in double quotes.',
  'csv.headerSkipped': () => 'Line 1 was skipped as a header line (the spec defines no header).',
  'csv.lineBreak': (p) =>
    `${p.actual} record(s) end with ${p.detail === 'cr' ? 'CR' : p.detail === 'lf+cr' ? 'LF or CR' : 'LF'} instead of CRLF (valid; written back as CRLF).`,
  'csv.finalLineBreak': () => 'The last record has no line break (valid; written back with CRLF).',
  'csv.quoting': (p) =>
    `${p.actual} field(s) are quoted otherwise than the canonical form (a code or number in quotes, or an empty free text without them; valid, written back canonically).`,
  'limit.fileBytes': (p) => `The file is larger than the limit of ${p.expected} bytes; the rest was not read.`,
  'limit.recordBytes': (p) =>
    `The record is longer than the limit of ${p.expected} bytes and was skipped` +
    (p.detail === 'openQuote' ? ' (probably a double quote that is never closed).' : '.'),
  'limit.fieldBytes': (p) => `The field is longer than the limit of ${p.expected} bytes (${p.actual} bytes); it was not checked.`,
  'limit.records': (p) =>
    p.detail === 'memory'
      ? `The records built reached the memory bound for a file of this size (${p.expected} records); the rest was not read (an explicit maxRecords lifts it).`
      : `The file has more records than the limit of ${p.expected}; the rest was not read.`,
  'limit.issues': (p) => `The limit of ${p.expected} issues was reached: later issues are not listed (the error and warning counts include them).`,
  'limit.errors': (p) => `Reading stopped after ${p.expected} errors (maxErrors); the rest of the file was not read.`,
  'limit.aborted': () => 'Reading was aborted (signal); the rest of the file was not read.',
  'limit.deadline': (p) => `Reading took longer than the deadline of ${p.expected} ms; the rest of the file was not read.`,
  'limit.withdrawals': (p) => `The delete files of the send unit withdraw ${p.actual} records: only the first ${p.expected} withdrawals are listed.`,
  'field.required': () => 'Required field is empty.',
  'field.requiredUncertain': () => 'A field whose 必須 mark is uncertain in the recovered spec text is empty (required in the strict reading).',
  'field.tooLong': (p) => `Longer than the field length ${p.expected} (${p.actual}).`,
  'field.lengthAsPrinted': (p) => `Longer than the field length printed in the spec, ${p.expected} (${p.actual}).`,
  'field.integer': () => 'Must be an integer written in ASCII digits.',
  'field.date': () => 'Not a valid calendar date (YYYYMMDD).',
  'field.yearMonth': () => 'Not a valid year-month (YYYYMM).',
  'field.time': () => 'Time must be HHMM (0000–2359) or 9999.',
  'field.time2400': () => 'End time 2400. A time is HHMM (0000–2359); 2400 reads as the end of the day.',
  'field.insurerNumber': () => 'Insurer number (保険者番号) must be 6 ASCII digits.',
  'field.insuredNumber': () => 'Insured number (被保険者番号) must be 10 ASCII digits, or H followed by 9 digits (public assistance only).',
  'field.officeNumber': () => 'Office number (事業所番号) must be 10 ASCII digits.',
  'field.serviceCode': () => 'Service code must be 6 ASCII letters or digits.',
  'field.code': (p) => `Not in the code table (allowed: ${list(p.allowed)}).`,
  'field.dayFlags': () => '日割対象日 must be exactly 31 characters of 0 or 1.',
  'field.csvVersion': () => 'CSVバージョン must be 6 ASCII digits (YYYYMM).',
  'field.csvSpecialChar': () => 'Only free-text fields may hold a double quote, a comma or a line break.',
  'field.unused': () => 'This column is not used by the spec and must be empty.',
  'field.controlChar': (p) =>
    `The free text holds ${p.actual} control character(s) (NUL, ESC, … other than TAB and line breaks), which screens show badly or not at all.`,
  'field.decimal': () => 'Decimal values are written 99.99 (ASCII digits, a period, two decimals).',
  'field.postalCode': () => 'Postal code must be XXX-XXXX (3 ASCII digits, a hyphen, 4 digits).',
  'field.fixed': (p) => `This column always holds ${p.expected}.`,
  'record.rentalItemCode': () => 'Welfare equipment rental (service type 17 / 67) needs a TAISコード or a 福祉用具届出コード.',
  'record.serviceDateOutsideMonth': () => 'サービス利用日 is outside 対象年月.',
  'record.fieldNotInVersion': (p) => `This field does not exist in CSVバージョン ${p.expected}; leave it empty.`,
  'record.versionNotWritable': (p) => `CSVバージョン ${p.actual} is not a value of the spec and is not written (use ${p.expected}).`,
  'record.unknownField': (p) => `Unknown field name for this layout (${p.detail}).`,
  'record.valueType': (p) => `Field values must be strings, records objects (got ${p.actual}); it is not written.`,
  'record.groupGap': (p) => `Repeated slots fill from slot 1 upward (slot ${p.expected} is empty while slot ${p.actual} has values).`,
  'record.groupTooLong': (p) => `This repeated group has at most ${p.expected} items (got ${p.actual}).`,
  'record.serviceTypeOutOfScope': (p) => `Service type ${p.actual} is outside the exchange scope (連携対象外): no record should be produced for it.`,
  'record.subtotalUnits': () => '単位数 is 0 on subtotal and total rows (サービスコード {type}AAAA / EEEE / ZZZZ, 999999).',
  'record.subtotalNotEmpty': () => 'This column is empty on subtotal and total rows (サービスコード {type}AAAA / EEEE / ZZZZ, 999999).',
  'record.grandTotalProvider': (p) => `The grand-total row (サービスコード 999999) has サービス事業所コード ${p.expected}.`,
  'record.reservedProviderCode': () => 'サービス事業所コード 9999999999 is reserved for the grand-total row (サービスコード 999999).',
  'record.planDatePlaceholder': () =>
    'With 対象年月 000000 (sent with plan tables 1–3), 居宅サービス計画作成（変更）日 must be a real date, not 00000000.',
  'record.planDateNotPlaceholder': () => 'With a month in 対象年月 (sent with 第6表/第7表), 居宅サービス計画作成（変更）日 must be 00000000.',
  'record.itemNoRange': () => 'Item numbers (ＮＯ) run from 1 to 99 (0 is not allowed).',
  'file.empty': () => 'The file has no records.',
  'file.headerRow': () => 'The first line is a header (column names, record keys or column numbers); remove it.',
  'file.unknownKind': () => 'Cannot tell the file kind: the file name does not follow the spec and no kind was given.',
  'file.unknownVersion': (p) => `Unsupported CSVバージョン (${p.actual}); use 202407 or 202208.`,
  'file.versionNotInKind': (p) => `${p.detail} does not exist in CSVバージョン ${p.actual} (it was added in 202407).`,
  'file.versionAlias': (p) => `CSVバージョン ${p.actual} is not a value of the spec; read as ${p.expected}.`,
  'file.mixedVersion': (p) => `More than one CSVバージョン in one file (differs from the file's, as on line ${p.otherLine}).`,
  'file.mixedMonth': (p) => `More than one 対象年月 in one file (differs from the file's, as on line ${p.otherLine}).`,
  'file.versionMonth': (p) => `CSVバージョン ${p.actual} does not apply to this 対象年月 (use ${p.expected}).`,
  'file.nameInvalid': (p) =>
    `The file name does not follow the spec${segmentEn(p.segment)}: ${NAME_PROBLEM[p.detail]}. The pattern is ${patternEn(p.expected)}.`,
  'file.nameWarning': (p) => `The file name needs a look${segmentEn(p.segment)}: ${NAME_PROBLEM[p.detail]}. The pattern is ${patternEn(p.expected)}.`,
  'file.nameKind': (p) => `The file name's kind (${p.actual}) differs from the given kind (${p.expected}).`,
  'file.nameMonth': (p) => `The file name's month (${p.actual}) differs from the records' 対象年月 (${p.expected}).`,
  'file.nameStyle': (p) => `The file-name style (${p.actual}) does not match CSVバージョン ${p.expected}.`,
  'file.grandTotalMissing': () =>
    'This user (保険者番号 + 被保険者番号) has no grand-total row (サービスコード 999999); each user needs exactly one.',
  'file.grandTotalDuplicate': (p) => `This user has more than one grand-total row (サービスコード 999999; another one is on line ${p.otherLine}).`,
  'file.subtotalMissing': (p) =>
    `This service type has ${p.actual} lines but no subtotal row (${p.expected}); not needed if the type is outside the 区分支給限度.`,
  'file.duplicateItemNo': (p) =>
    `The same combination of item numbers (課題ＮＯ …) appears twice in one plan (保険者番号 + 被保険者番号 + 計画作成（変更）日); first on line ${p.otherLine}.`,
  'unit.combination': (p) =>
    `The files of the send unit (${p.detail}) do not form a send unit of the spec (plan tables 1–3 + 利用者補足情報, 第6表 + 第7表 + 利用者補足情報, a delete file alone, …).`,
  'unit.duplicateFile': (p) => `The send unit has more than one ${p.detail} file.`,
  'unit.memberMissing': (p) => `The send unit has no ${p.expected} file (it is sent with ${p.actual} under the same file serial).`,
  'unit.masterFileMissing': (p) =>
    `The parent file ${p.expected} of this ${p.actual} is not in the same send unit (same file serial, sender and receiver).` +
    (p.detail === 'otherUnit' ? ` There is a ${p.expected} with the same serial but another sender or receiver.` : ''),
  'link.masterMissing': (p) =>
    `No ${p.expected} record of the send unit has this record's key (保険者番号 + 被保険者番号 + ${keyJa(p.detail)}); ${p.actual} record(s) have this key.`,
  'link.dependantMissing': (p) => `No ${p.expected} record of the send unit has this record's key (保険者番号 + 被保険者番号 + ${keyJa(p.detail)}).`,
  'link.table7TypeMissing': (p) => `Service type ${p.expected} of this user's 第6表 lines has no row in the user's 第7表.`,
  'link.table6TypeMissing': (p) => `Service type ${p.expected} of this user's 第7表 rows has no line in the user's 第6表.`,
  'link.subtotalMissing': (p) =>
    `This user's 第6表 has ${p.actual} distinct lines (provider + service code) of service type ${p.expected.slice(0, 2)}, so the 第7表 needs the subtotal row ${p.expected} (not needed if the type is outside the 区分支給限度).`,
  'link.imageName': (p) => `Not an image file name UPKIHON_IMAGE_…_<branch>.jpg with this file's sender, receiver and file serial (${p.detail}).`,
  'link.imageMissing': () => 'The image file named here is not in the send unit.',
  'link.imageUnreferenced': () => 'No 利用者基本情報 record of the send unit names this image file (家族構成 画像ファイル名).',
};
