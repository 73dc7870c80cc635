/** Causes and remedies of every issue code, in English. @module */
import type { IssueHelpTable } from './types.js';

const SPREADSHEET = 'The file was opened and saved in a spreadsheet, which changed the values (leading zeros dropped, dates reformatted).';
const SENDER_SOFTWARE = "The sending software writes this field wrongly (ask its vendor; the file's 送信元 names the sender).";

export const en: IssueHelpTable = {
  'encoding.invalidBytes': {
    meaning: 'Bytes that are not valid Shift_JIS (MS932): they decode to no character.',
    causes: ['The file was saved in another encoding (EUC-JP, UTF-16) or is not a text file.', 'The file was cut or corrupted in transfer.'],
    remedy: 'Save the file again as Shift_JIS (MS932) from the software that made it, and send it again.',
  },
  'encoding.userDefinedChar': {
    meaning: 'A user-defined character (gaiji, MS932 F040–F9FC): it shows differently on every computer.',
    causes: ['A rare kanji of a name was registered as gaiji on the sending computer.'],
    remedy: 'Replace the character with a standard one (e.g. the common form of the kanji) in the sending software.',
  },
  'encoding.utf8': {
    meaning: 'The file is UTF-8, while the standard requires Shift_JIS (MS932).',
    causes: ['A text editor or spreadsheet saved the file as UTF-8 (its default).'],
    remedy: 'Save the file as Shift_JIS (MS932, "ANSI" on Japanese Windows) and send it again.',
  },
  'encoding.utf16': {
    meaning:
      'The file is UTF-16 (two bytes for every character, even for ASCII), while the standard requires Shift_JIS (MS932) CSV. Nothing else of it is checked.',
    causes: ['The file was saved from Excel as "Unicode Text" (UTF-16, tab-separated), or by a tool whose "Unicode" means UTF-16.'],
    remedy: 'Export the file again from the care software, or save it from Excel as "CSV (Comma delimited)" (Shift_JIS), and send it again.',
  },
  'encoding.bom': {
    meaning: 'A UTF-8 BOM (EF BB BF) is in front of Shift_JIS (MS932) content; what follows it was read as MS932.',
    causes: ['A step that adds a BOM "so that Excel opens it" added one to an MS932 file too.'],
    remedy: 'Remove the first three bytes, the BOM (`careplan-csv fix` does it).',
  },
  'encoding.moreInField': {
    meaning: 'A field has more encoding problems than are listed per field: the rest are counted in this one issue.',
    causes: ['A field of binary data or of text in another encoding (every character is a problem).'],
    remedy: 'Fix the problems listed for the field (usually the whole field is in another encoding); the counts include the rest.',
  },
  'encoding.unmappable': {
    meaning: 'A character that MS932 cannot hold (an emoji, a kanji outside JIS X 0208 and the IBM extensions).',
    causes: ['Text pasted from a web page or a smartphone.', 'A name written with a character outside MS932.'],
    remedy: 'Replace the character with one MS932 has, or write with `unmappable: { replacement }` to choose a replacement.',
  },
  'encoding.converted': {
    meaning: 'A character was written as its MS932 form (e.g. WAVE DASH U+301C as FULLWIDTH TILDE U+FF5E).',
    causes: ['Text typed on macOS or Linux, where some symbols have other code points than on Windows.'],
    remedy: 'Nothing, if the converted character is acceptable; to refuse conversions, write with `variants: "error"`.',
  },
  'encoding.replaced': {
    meaning: 'A character MS932 cannot hold was replaced by the replacement text you chose.',
    causes: ['The records hold a character outside MS932, and `unmappable.replacement` was given.'],
    remedy: 'Check that the replaced text still reads right; better, fix the character in the source data.',
  },
  'encoding.substituted': {
    meaning:
      'A character MS932 lacks (a JIS X 0213 character) was written as its usual MS932 substitute, as the substitution policy you chose says (docs/jisx0213.md).',
    causes: ['Data from a UTF-8 / JIS X 0213 system (the 2027 Web service, 5.0 JSON) written as a 4.1 MS932 file with `substitute: "jisx0213"`.'],
    remedy: 'Check that the substitute is acceptable for the person or place named; the policy table lists every substitution.',
  },
  'encoding.outsideJisX0213': {
    meaning:
      'A character MS932 holds but JIS X 0213 does not (IBM-extension kanji such as 髙, and symbols such as ～ ∑ ￢): after the move to the 介護保険資格確認等WEBサービス (January 2027) it may be mangled or refused.',
    causes: ['A name typed with an IBM-extension kanji (髙橋, 﨑 is fine but 淸 is not).', 'The FULLWIDTH TILDE ～ that Windows writes for 〜.'],
    remedy: 'Use the usual substitute given (`params.to` with `includeValues`), or agree with the receiver how the character travels after the move.',
  },
  'encoding.nonCanonical': {
    meaning: 'Characters written with a duplicate MS932 code (NEC or IBM extensions): valid, but written back with the standard code.',
    causes: ['Older Windows software that uses the NEC-selected IBM extension codes.'],
    remedy: 'Nothing: the file is valid. Writing its records again gives the standard codes.',
  },
  'csv.unterminatedQuote': {
    meaning: 'A double quote opens a field and never closes it: the rest of the file would be one field.',
    causes: ['A free text ends in a lone `"`.', 'The file was cut in the middle of a quoted field.'],
    remedy: 'Close the quote, or double the `"` inside the text (`""`), in the sending software.',
  },
  'csv.quoteInUnquotedField': {
    meaning: 'A double quote inside a field that does not start with one.',
    causes: ['Text with a `"` written without quoting the field.'],
    remedy: 'Quote the field and double the quote inside it (`"…""…"`).',
  },
  'csv.textAfterClosingQuote': {
    meaning: 'Characters after a closing quote, before the comma.',
    causes: ['A `"` inside quoted text that was not doubled.'],
    remedy: 'Double every `"` inside quoted text (`""`).',
  },
  'csv.emptyLine': {
    meaning: 'An empty line between records; it was skipped.',
    causes: ['An editor added a blank line, often at the end of the file.'],
    remedy: 'Remove the empty line (it is harmless to this reader, but other receivers may refuse it).',
  },
  'csv.columnCount': {
    meaning: 'The record has another number of columns than the layout of its kind and version.',
    causes: [
      'A comma inside a free text that was not quoted.',
      'The file is of another kind or version than its name or column 1 says.',
      SPREADSHEET,
    ],
    remedy: 'Check the kind (file name or `--kind`) and the CSVバージョン in column 1; quote free texts that contain commas.',
  },
  'csv.unquotedFreeText': {
    meaning: 'A free-text field without double quotes; the standard quotes every free text.',
    causes: ['The sending software quotes only fields that contain commas.'],
    remedy: 'Quote every free-text field. Writing the records with this library does so.',
  },
  'csv.headerSkipped': {
    meaning: 'Line 1 looked like a header and was skipped (`skipHeader`); the standard has no header line.',
    causes: ['A spreadsheet export added column names.'],
    remedy: 'Remove the header line before sending.',
  },
  'csv.lineBreak': {
    meaning: 'Records end with LF or CR instead of CRLF: valid, but written back with CRLF.',
    causes: ['The file was made or edited on macOS or Linux.'],
    remedy: 'Nothing: the file is valid. Write it with CRLF line ends to get the canonical bytes.',
  },
  'csv.finalLineBreak': {
    meaning: 'The last record has no line break: valid, but written back with CRLF.',
    causes: ['An editor removed the final line break.'],
    remedy: 'Nothing: the file is valid.',
  },
  'csv.quoting': {
    meaning: 'Fields are quoted otherwise than the canonical form (a code in quotes, an empty free text without them): valid.',
    causes: ['The sending software quotes every field, or none.'],
    remedy: 'Nothing: the file is valid. Writing its records again gives the canonical quoting.',
  },
  'limit.fileBytes': {
    meaning: 'The file is larger than `maxFileBytes`; the rest was not read.',
    causes: ['A very large file, or not a care-plan file at all.', 'A limit set low on purpose (relay servers).'],
    remedy: 'Raise `maxFileBytes` (`--max-file-bytes`) if the file is genuine, or split it.',
  },
  'limit.recordBytes': {
    meaning: 'A record is longer than `maxRecordBytes`; it was skipped.',
    causes: ['A double quote that is never closed, so that many lines read as one record.', 'Not a CSV file.'],
    remedy: 'Look for an unclosed `"` near the line given; raise `maxRecordBytes` only for genuinely long records.',
  },
  'limit.fieldBytes': {
    meaning: 'A field is longer than `maxFieldBytes`; it was not checked.',
    causes: ['A quote problem that merged many fields into one.', 'Binary data in a field.'],
    remedy: 'Fix the field (usually a quote); raise `maxFieldBytes` only if the long value is genuine.',
  },
  'limit.records': {
    meaning: 'More records than `maxRecords` (or than memory allows for a file of this size); the rest was not read.',
    causes: ['A very large file.', 'A limit set low on purpose.'],
    remedy: 'Raise `maxRecords` (`--max-records`), or read the file with the streaming API.',
  },
  'limit.issues': {
    meaning: 'The number of issues reached `maxIssues`: later issues are counted but not listed.',
    causes: ['A systematic problem repeated on every line (wrong kind, wrong encoding).'],
    remedy: 'Fix the first issues listed (they usually explain the rest), or raise `maxIssues` (`--max-issues`).',
  },
  'limit.errors': {
    meaning: 'Reading stopped because `maxErrors` errors were found (fail fast); the rest of the file was not read.',
    causes: ['A relay or checker asked only whether the file is invalid and for its first issues.'],
    remedy: 'Fix the errors listed and check again, or raise `maxErrors` (or leave it out) to read the whole file.',
  },
  'limit.aborted': {
    meaning: "Reading was stopped through the caller's `signal` (AbortSignal); the rest of the file was not read.",
    causes: ['The upload was cancelled, or the server stopped the check (shutdown, client gone).'],
    remedy: 'Check the file again; if a server stops it every time, see its logs and limits (docs/relay.md).',
  },
  'limit.deadline': {
    meaning: 'Reading took longer than `deadlineMs`; the rest of the file was not read.',
    causes: ['A very large file, or one built to be slow to check (a hostile upload), or an overloaded server.'],
    remedy: 'Check a smaller file or split it; a server operator can raise `deadlineMs` (see docs/relay.md).',
  },
  'limit.withdrawals': {
    meaning: 'The delete files of a send unit withdraw more records than `maxWithdrawals`; only the first are listed.',
    causes: ['A large delete file.'],
    remedy: 'Raise `maxWithdrawals` if you need the whole list.',
  },
  'field.requiredUncertain': {
    meaning:
      'A column whose 必須 mark is uncertain in the recovered spec text (利用者補足情報 No.5–8, 第6表 No.6–7) is empty. Reported by profile `strict` only.',
    causes: ['The sending software leaves the column empty because the spec text does not clearly require it.'],
    remedy: 'Fill the column: the printed count of ○ marks suggests it is required, and some receivers read it so.',
  },
  'field.required': {
    meaning: 'A required field is empty.',
    causes: ['The value was not entered in the sending software.', 'The column was shifted by a missing comma.'],
    remedy: 'Enter the value in the sending software and export the file again.',
  },
  'field.lengthAsPrinted': {
    meaning:
      'The value is longer than the 項目長 printed in the spec (第7表 No.14 割引後率, No.17 サービス単位金額: 5), which the standard reading widens to 6 because the layout rows are jumbled. Reported by profile `strict` only.',
    causes: ['A value of 6 digits where 5 are printed.'],
    remedy: 'Keep within the printed length, which every reading accepts.',
  },
  'field.tooLong': {
    meaning: 'The value is longer than the field length of the layout (`params.expected`; `params.actual` is its length).',
    causes: ['A free text longer than the standard allows.', 'Two values run together in one field.'],
    remedy: 'Shorten the value to the field length (characters for text, digits for numbers).',
  },
  'field.integer': {
    meaning: 'The field must be a whole number written in ASCII digits.',
    causes: ['Full-width digits (１２３), a sign, a decimal point or a thousands separator.', SPREADSHEET],
    remedy: 'Write the number with ASCII digits 0–9 only.',
  },
  'field.date': {
    meaning: 'Not a real calendar date written YYYYMMDD.',
    causes: ['A spreadsheet reformatted the date (2025/05/01, 2025-5-1).', 'A day that does not exist (20250230, 20250229).'],
    remedy: 'Write the date as eight digits YYYYMMDD of a real day.',
  },
  'field.yearMonth': {
    meaning: 'Not a year and month written YYYYMM (month 01–12).',
    causes: [SPREADSHEET, 'Month 00 or 13.'],
    remedy: 'Write six digits YYYYMM.',
  },
  'field.time2400': {
    meaning:
      '`2400` in an end-time column. Times are HHMM 0000–2359; the 3表 time axis runs to 24:00, so profile `lenient` reads 2400 as the end of the day with a warning.',
    causes: ['Software that writes the end of a night service or of the day as 24:00.'],
    remedy: 'Write 2359 (or split the service at midnight) for a sender; a receiver may read with `--profile lenient`.',
  },
  'field.time': {
    meaning: 'Not a time written HHMM (0000–2359), nor 9999 (time not set).',
    causes: ['A colon (09:30) or a 24:00 time.'],
    remedy: 'Write four digits HHMM, or 9999.',
  },
  'field.insurerNumber': {
    meaning: 'The 保険者番号 must be 6 ASCII digits.',
    causes: ['A spreadsheet dropped the leading zeros (012345 → 12345).', 'Full-width digits.'],
    remedy: 'Write all six digits, leading zeros included; keep the column as text in spreadsheets.',
  },
  'field.insuredNumber': {
    meaning: 'The 被保険者番号 must be 10 ASCII digits, or H and 9 digits (public assistance only).',
    causes: ['A spreadsheet dropped the leading zeros.', 'Full-width characters or a hyphen.'],
    remedy: 'Write all ten characters, leading zeros included.',
  },
  'field.officeNumber': {
    meaning: 'A 事業所番号 must be 10 ASCII digits.',
    causes: ['A spreadsheet dropped the leading zeros.', 'A hyphen or spaces in the number.'],
    remedy: 'Write all ten digits, leading zeros included.',
  },
  'field.serviceCode': {
    meaning: 'A サービスコード must be 6 ASCII letters or digits.',
    causes: ['Full-width characters, or a code of another length.'],
    remedy: 'Write the 6-character service code of the service code table.',
  },
  'field.code': {
    meaning: 'The value is not one of the codes of the field (`params.allowed` lists them).',
    causes: ['A code of another version of the standard.', SENDER_SOFTWARE],
    remedy: 'Use one of the allowed codes (see the layout page of the kind).',
  },
  'field.dayFlags': {
    meaning: 'The 日割対象日 field must be exactly 31 characters, each 0 or 1.',
    causes: ['Fewer than 31 flags for a short month (the field always has 31).'],
    remedy: 'Write 31 flags, padding the days after the month end with 0.',
  },
  'field.csvVersion': {
    meaning: 'The CSVバージョン in column 1 must be 6 ASCII digits.',
    causes: ['The file is not a care-plan file, or its first column is missing.'],
    remedy: 'Write the version (202407 for 第4.1版) in column 1 of every record.',
  },
  'field.csvSpecialChar': {
    meaning: 'A `"`, a comma or a line break in a field that is not free text.',
    causes: ['A code or number field holding text pasted from elsewhere.'],
    remedy: 'Remove the character; only free-text fields may hold them (quoted).',
  },
  'field.unused': {
    meaning: 'A column the standard does not use holds a value; it must be empty.',
    causes: ['Columns shifted by a missing or extra comma.', SENDER_SOFTWARE],
    remedy: 'Leave the column empty.',
  },
  'field.controlChar': {
    meaning: 'A free text holds control characters (NUL, ESC, …, other than TAB and line breaks).',
    causes: ['Text pasted from another program, or binary data.'],
    remedy: 'Remove the control characters.',
  },
  'field.decimal': {
    meaning: 'A decimal must be written 99.99 (ASCII digits, a period, two decimals).',
    causes: ['One decimal only (1.5), or a comma as decimal separator.', SPREADSHEET],
    remedy: 'Write the value in the form 99.99: digits, a period and two decimals.',
  },
  'field.postalCode': {
    meaning: 'A postal code must be XXX-XXXX.',
    causes: ['The hyphen is missing (1000001), or full-width digits.'],
    remedy: 'Write 3 digits, a hyphen and 4 digits.',
  },
  'field.fixed': {
    meaning: 'The column always holds one value (`params.expected`).',
    causes: [SENDER_SOFTWARE],
    remedy: 'Write the fixed value.',
  },
  'record.rentalItemCode': {
    meaning: 'Welfare equipment rental (service type 17 / 67) needs a TAISコード or a 福祉用具届出コード.',
    causes: ['The equipment code was not entered for a rental line.'],
    remedy: 'Enter the TAIS code (or the notification code) of the equipment.',
  },
  'record.serviceDateOutsideMonth': {
    meaning: 'The サービス利用日 is not in the 対象年月 of the record.',
    causes: ['A line copied from another month.'],
    remedy: 'Correct the date or the month.',
  },
  'record.fieldNotInVersion': {
    meaning: 'The record has a value for a field that the CSVバージョン being written does not have.',
    causes: ['Records made for 202407 written as 202208.'],
    remedy: 'Leave the field empty, or write the newer version.',
  },
  'record.versionNotWritable': {
    meaning: 'The record asks for a CSVバージョン that is not a value of the standard; it is not written.',
    causes: ['A version alias (e.g. 202504) accepted when reading, kept in the records.'],
    remedy: 'Set the version to the standard value given in the message.',
  },
  'record.unknownField': {
    meaning: 'The record object has a key that is not a field of the layout (`params.detail`).',
    causes: ['A misspelt key, or a field of another kind.'],
    remedy: 'Use the field keys of the layout (see the layout pages, or the record types).',
  },
  'record.valueType': {
    meaning:
      "A field value is not a string, or a record not an object (`params.actual` is its type). It is not converted: a file written anyway (`allowInvalid`, `--allow-invalid`) has the value's columns empty, or leaves the record out.",
    causes: ['Numbers or null from JSON written as such.'],
    remedy: 'Give every field as a string ("" for an empty field).',
  },
  'record.groupGap': {
    meaning: 'A repeated group has an empty slot before a filled one; slots fill from the first.',
    causes: ['A line deleted in the middle of a list in the sending software.'],
    remedy: 'Move the later items up so that the slots are filled from slot 1.',
  },
  'record.groupTooLong': {
    meaning: 'A repeated group has more items than the layout has slots.',
    causes: ['More items than the standard allows in one record.'],
    remedy: 'Keep at most the number of items given in the message.',
  },
  'record.serviceTypeOutOfScope': {
    meaning: 'The service type is outside the exchange (連携対象外): no record should be made for it.',
    causes: ['A service that is not exchanged under the standard was exported.'],
    remedy: 'Leave such services out of the file.',
  },
  'record.subtotalUnits': {
    meaning: 'Subtotal and total rows (サービスコード {type}AAAA / EEEE / ZZZZ, 999999) have 単位数 0.',
    causes: [SENDER_SOFTWARE],
    remedy: 'Write 0 in 単位数 on these rows.',
  },
  'record.subtotalNotEmpty': {
    meaning: 'On subtotal and total rows this column is empty.',
    causes: [SENDER_SOFTWARE],
    remedy: 'Leave the column empty on these rows.',
  },
  'record.grandTotalProvider': {
    meaning: 'The grand-total row (サービスコード 999999) has サービス事業所コード 9999999999.',
    causes: [SENDER_SOFTWARE],
    remedy: 'Write 9999999999 as the office code of the grand-total row.',
  },
  'record.reservedProviderCode': {
    meaning: 'サービス事業所コード 9999999999 is only for the grand-total row.',
    causes: [SENDER_SOFTWARE],
    remedy: 'Write the real office code on this row.',
  },
  'record.planDatePlaceholder': {
    meaning: 'With 対象年月 000000 the 居宅サービス計画作成（変更）日 must be a real date.',
    causes: ['The placeholder 00000000 used on the wrong kind of row.'],
    remedy: 'Write the plan date.',
  },
  'record.planDateNotPlaceholder': {
    meaning: 'With a month in 対象年月 the 居宅サービス計画作成（変更）日 must be 00000000.',
    causes: ['The plan date written on a 第6表/第7表 attachment.'],
    remedy: 'Write 00000000.',
  },
  'record.itemNoRange': {
    meaning: 'Item numbers (ＮＯ) run from 1 to 99.',
    causes: ['Numbering started at 0.'],
    remedy: 'Number the items from 1.',
  },
  'file.empty': {
    meaning: 'The file has no records.',
    causes: ['An export with nothing selected.', 'A file of 0 bytes from a failed transfer.'],
    remedy: 'Export again with the records, or do not send the file.',
  },
  'file.headerRow': {
    meaning:
      'The first line is a header: the column names (日本語名称), the record keys (insurerNumber …) or the column numbers 1, 2, 3 …; files of the spec have none. It was passed over and the lines after it checked.',
    causes: [
      'A spreadsheet added a header line when the file was edited or exported.',
      'The export is set to write a header (of names, keys or numbers).',
    ],
    remedy: 'Remove the header line (`careplan-csv fix` does it); a receiver that accepts it can read with `skipHeader` (`--skip-header`).',
  },
  'file.unknownKind': {
    meaning: 'The kind of the file is unknown: its name does not follow the standard and no kind was given.',
    causes: ['The file was renamed (e.g. to test.csv).'],
    remedy: 'Give the kind (`kind` option, `--kind`), or name the file as the standard says.',
  },
  'file.unknownVersion': {
    meaning: 'The CSVバージョン in column 1 is not one this library reads (202407, 202208).',
    causes: ['A file of an older or newer edition of the standard.', 'Column 1 is not a version at all.'],
    remedy: 'Export the file as 202407 (第4.1版) or 202208.',
  },
  'file.versionNotInKind': {
    meaning: 'This kind of file does not exist in the CSVバージョン of its records (it was added in 202407).',
    causes: ['Records of a new kind written with the old version.'],
    remedy: 'Write the file as 202407.',
  },
  'file.versionAlias': {
    meaning: 'The CSVバージョン is not a value of the standard but a known alias; the file was read as the standard version.',
    causes: ['Sending software that writes the month of its release as the version.'],
    remedy: 'Ask the sender to write the standard value (202407).',
  },
  'file.mixedVersion': {
    meaning:
      "Records of one file have different CSVバージョン values. The file's version is the value most records carry; each record with another value is reported at its CSVバージョン (column 1).",
    causes: ['Files of two exports concatenated.', 'The version changed, or left as it was, in some records only.'],
    remedy: 'Send one version per file.',
  },
  'file.mixedMonth': {
    meaning:
      "Records of one file have different 対象年月 values. The file's month is the file name's (when a record carries it), else the value most records carry; each record with another value is reported at its 対象年月.",
    causes: ['Files of two months concatenated.', 'A month mistyped in some records.'],
    remedy: 'Send one month per file (the month is in the file name).',
  },
  'file.versionMonth': {
    meaning: 'The CSVバージョン does not apply to the 対象年月 of the records.',
    causes: ['An old version used for a month after the switch to 第4.1版, or the reverse.'],
    remedy: 'Use the version given in the message.',
  },
  'file.nameInvalid': {
    meaning: 'The file name does not follow the standard; the message says which segment is wrong and shows the pattern.',
    causes: ['The file was renamed by hand.', 'A spreadsheet or mailer changed the name (e.g. added " (1)").'],
    remedy: 'Rename the file to the pattern shown: prefix, YYYYMM (month kinds), office numbers and service types, ファイル連番, .CSV.',
  },
  'file.nameWarning': {
    meaning: 'The file name is acceptable but differs from the standard (the message says how).',
    causes: ['A lower-case extension (.csv).', 'A local name (test.csv) while the kind was given.'],
    remedy: 'Rename the file as shown before sending it.',
  },
  'file.nameKind': {
    meaning: 'The kind in the file name differs from the kind given.',
    causes: ['A wrong `--kind`, or a file renamed with another prefix.'],
    remedy: 'Give the right kind, or rename the file.',
  },
  'file.nameMonth': {
    meaning: 'The month in the file name differs from the 対象年月 of the records.',
    causes: ['The file name was made for another month.'],
    remedy: 'Rename the file with the month of its records.',
  },
  'file.nameStyle': {
    meaning: 'The style of the file name (with or without service types) does not match the CSVバージョン.',
    causes: ['A 202208-style name (without service types) on a 202407 file, or the reverse.'],
    remedy: 'Name 202407 files with the two サービス種類コード segments; 202208 files without.',
  },
  'file.grandTotalMissing': {
    meaning: 'A user of the 第7表 has no grand-total row (サービスコード 999999).',
    causes: [SENDER_SOFTWARE],
    remedy: 'Add one grand-total row per user.',
  },
  'file.grandTotalDuplicate': {
    meaning: 'A user of the 第7表 has more than one grand-total row.',
    causes: ['Records of one user exported twice.'],
    remedy: 'Keep one grand-total row per user.',
  },
  'file.subtotalMissing': {
    meaning: 'A service type with several detail rows has no subtotal row ({type}AAAA).',
    causes: [SENDER_SOFTWARE],
    remedy: 'Add the subtotal row, unless the type is outside the 区分支給限度 (then ignore the warning).',
  },
  'file.duplicateItemNo': {
    meaning: 'The same item numbers appear twice in one plan.',
    causes: ['Records of one plan exported twice.'],
    remedy: 'Number the items of a plan uniquely.',
  },
  'unit.combination': {
    meaning: 'The files of a send unit (one ファイル連番, sender and receiver) are not a combination the standard allows.',
    causes: ['Files of two sends given the same ファイル連番.', 'A file of the unit is of the wrong kind.'],
    remedy: 'Send the files of one of the combinations of the standard together (see the message).',
  },
  'unit.duplicateFile': {
    meaning: 'A send unit has two files of one kind.',
    causes: ['The same file copied twice, under two names.'],
    remedy: 'Keep one file of each kind in a send unit.',
  },
  'unit.memberMissing': {
    meaning: 'A file that is sent with another one under the same ファイル連番 is missing.',
    causes: ['One file of the send was not copied or uploaded.'],
    remedy: 'Add the missing file with the same ファイル連番, sender and receiver.',
  },
  'unit.masterFileMissing': {
    meaning: 'The parent file of this file is not in its send unit.',
    causes: ['The parent was not sent.', 'The parent has another sender, receiver or ファイル連番.'],
    remedy: 'Send the parent file with the same ファイル連番, sender and receiver.',
  },
  'link.masterMissing': {
    meaning: 'No record of the parent file has the key of this record (保険者番号 + 被保険者番号 + the third key).',
    causes: ['The parent record of this user was not exported.', 'The key differs between the files (a date or number typed differently).'],
    remedy: 'Export the parent record, or correct the key so that both files agree.',
  },
  'link.dependantMissing': {
    meaning: 'A record of the parent file has no dependant record with its key.',
    causes: ['The dependant records of this user were not exported.'],
    remedy: 'Add the dependant records, if they should be sent.',
  },
  'link.table7TypeMissing': {
    meaning: 'A service type of the 第6表 of a user has no row in the 第7表.',
    causes: ['The 第7表 was made before the 第6表 was changed.'],
    remedy: 'Export the 第6表 and 第7表 together again.',
  },
  'link.table6TypeMissing': {
    meaning: 'A service type of the 第7表 of a user has no line in the 第6表.',
    causes: ['The 第6表 was made before the 第7表 was changed.'],
    remedy: 'Export the 第6表 and 第7表 together again.',
  },
  'link.subtotalMissing': {
    meaning: 'The 第7表 needs a subtotal row for a service type with several 第6表 lines.',
    causes: [SENDER_SOFTWARE],
    remedy: 'Add the subtotal row, unless the type is outside the 区分支給限度.',
  },
  'link.imageName': {
    meaning: 'The image file named in 家族構成 画像ファイル名 is not an UPKIHON_IMAGE name of this send.',
    causes: ['The image was renamed, or named for another send.'],
    remedy: 'Name the image UPKIHON_IMAGE_…_<branch>.jpg with the sender, receiver and ファイル連番 of the file.',
  },
  'link.imageMissing': {
    meaning: 'The image file named in the record is not in the send unit.',
    causes: ['The image was not copied or uploaded.'],
    remedy: 'Send the image with the file.',
  },
  'link.imageUnreferenced': {
    meaning: 'No record of the send unit names this image file.',
    causes: ['An image left over from another send.'],
    remedy: 'Remove the image, or name it in the 利用者基本情報 record.',
  },
};
