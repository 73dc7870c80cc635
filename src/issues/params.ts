/**
 * The params of each issue code, in one place: what `issue.params` holds for that code (zod's per-code issue
 * types are the model). {@link ISSUE_PARAMS} declares them as data (the catalogue docs/issue-codes.md lists
 * them from it) and {@link IssueParamsMap} is their type, derived from it:
 *
 * - the locale tables (./locales) are typed against the map, so a message can use `p.expected` only where the
 *   code has it, and never needs a fallback;
 * - the collector's `add` takes the params of its code, so a call site cannot pass other params;
 * - `Issue` is a union over `code`, so `issue.code === 'field.tooLong'` narrows `issue.params` to
 *   `{ expected: number; actual: number }`.
 *
 * Params are never personal data: lengths, counts, allowed codes, code points, version values, file-kind
 * prefixes, line numbers. Field values appear only in `Issue.value`, and only with `includeValues`.
 * @module
 */
import type { FileNameProblemCode, FileNameSegment } from '../filename/types.js';
import type { IssueCode } from './codes.js';

/**
 * The type of one param: `'number'`, `'string'`, `'string[]'`, or the list of the strings it can be. A name
 * ending in `?` is a param that is not always there.
 */
export type ParamType = 'number' | 'string' | 'string[]' | readonly string[];

/** The classes of a character outside MS932 (`characterClass` of src/encoding). */
const CHARACTER_CLASSES = ['variant', 'latin', 'control', 'kanji', 'surrogate', 'privateUse', 'supplementary', 'other'] as const;

/** The problems of a file name (`FileNameProblemCode` of src/filename). */
const FILE_NAME_PROBLEMS = [
  'unknownPrefix',
  'prefixCase',
  'badShape',
  'missingMonth',
  'monthNotForKind',
  'badMonth',
  'badOfficeNumber',
  'badServiceType',
  'badSerial',
  'badBranch',
  'badExtension',
  'styleNotForKind',
  'extensionCase',
] as const;
/** The segments of a file name (`FileNameSegment` of src/filename). */
const FILE_NAME_SEGMENTS = [
  'prefix',
  'month',
  'senderOffice',
  'senderServiceType',
  'receiverOffice',
  'receiverServiceType',
  'serial',
  'branch',
  'extension',
] as const;

/** Code → its params, name → type (see {@link ParamType}). */
export const ISSUE_PARAMS = {
  // bytes → text
  /** `actual`: the length of the invalid byte sequence. */
  'encoding.invalidBytes': { actual: 'number' },
  'encoding.userDefinedChar': {},
  /** `detail`: `bom` when the file starts with a UTF-8 BOM, else `utf8`. */
  'encoding.utf8': { detail: ['bom', 'utf8'] },
  /** `detail`: the byte order, `le` (little-endian, as Windows writes it) or `be`. */
  'encoding.utf16': { detail: ['le', 'be'] },
  /** `actual`: the encoding problems of the field not listed, `expected`: how many are listed per field. */
  'encoding.bom': {},
  'encoding.moreInField': { actual: 'number', expected: 'number' },
  // text → bytes
  /** `detail`: the class of the character; `codePoint`: the character as `U+XXXX`, only with `includeValues`. */
  'encoding.unmappable': { detail: CHARACTER_CLASSES, 'codePoint?': 'string' },
  /**
   * `detail`: the class of the character; only with `includeValues`, `codePoint`: the character and `to`: the
   * MS932 character written instead (both `U+XXXX`).
   */
  'encoding.converted': { detail: CHARACTER_CLASSES, 'codePoint?': 'string', 'to?': 'string' },
  /**
   * `detail`: the class of the character, `to`: the replacement's characters (`U+XXXX`, space-separated);
   * `codePoint`: the character, only with `includeValues`.
   */
  'encoding.replaced': { detail: CHARACTER_CLASSES, 'codePoint?': 'string', to: 'string' },
  /**
   * A character replaced by the substitution policy (`substitute: 'jisx0213'`); only with `includeValues`,
   * `codePoint`: the character and `to`: its substitute (both `U+XXXX`).
   */
  'encoding.substituted': { 'codePoint?': 'string', 'to?': 'string' },
  /**
   * A character MS932 holds but JIS X 0213 does not (`checkJisX0213`). `detail`: whether a usual substitute
   * exists; only with `includeValues`, `codePoint`: the character and `to`: the substitute (`U+XXXX`).
   */
  'encoding.outsideJisX0213': { detail: ['substitute', 'noSubstitute'], 'codePoint?': 'string', 'to?': 'string' },
  /** `actual`: how many characters use a duplicate code. */
  'encoding.nonCanonical': { actual: 'number' },
  // CSV syntax
  'csv.unterminatedQuote': {},
  'csv.quoteInUnquotedField': {},
  'csv.textAfterClosingQuote': {},
  'csv.emptyLine': {},
  /** `expected`: the layout's column count, `actual`: the record's. */
  'csv.columnCount': { expected: 'number', actual: 'number' },
  'csv.unquotedFreeText': {},
  'csv.headerSkipped': {},
  /** `actual`: records ended otherwise than CRLF; `detail`: which line ends were seen. */
  'csv.lineBreak': { actual: 'number', detail: ['lf', 'cr', 'lf+cr'] },
  /** `actual`: always 1. */
  'csv.finalLineBreak': { actual: 'number' },
  /** `actual`: fields quoted otherwise than the canonical form. */
  'csv.quoting': { actual: 'number' },
  // limits
  /** `expected`: `maxFileBytes`. */
  'limit.fileBytes': { expected: 'number' },
  /** `expected`: `maxRecordBytes`; `detail`: `openQuote` when a quote was still open. */
  'limit.recordBytes': { expected: 'number', 'detail?': ['openQuote'] },
  /** `expected`: `maxFieldBytes`, `actual`: the field's bytes. */
  'limit.fieldBytes': { expected: 'number', actual: 'number' },
  /** `expected`: `maxRecords`, or the records built when the memory bound was reached (`detail: 'memory'`). */
  'limit.records': { expected: 'number', 'detail?': ['memory'] },
  /** `expected`: `maxIssues`. */
  'limit.issues': { expected: 'number' },
  /** `expected`: `maxErrors`. */
  'limit.errors': { expected: 'number' },
  /** Reading was aborted through the caller's `signal`. */
  'limit.aborted': {},
  /** `expected`: `deadlineMs`. */
  'limit.deadline': { expected: 'number' },
  /** `expected`: `maxWithdrawals`, `actual`: the withdrawals of the unit. */
  'limit.withdrawals': { expected: 'number', actual: 'number' },
  // one field
  'field.required': {},
  /** An empty column whose 必須 mark is uncertain (profile `strict`; see docs/uncertain.md). */
  'field.requiredUncertain': {},
  /** `expected`: the field length, `actual`: the value's (characters, or digits for a number). */
  'field.tooLong': { expected: 'number', actual: 'number' },
  /** `expected`: the printed 項目長, `actual`: the value's digits (profile `strict`; see docs/uncertain.md). */
  'field.lengthAsPrinted': { expected: 'number', actual: 'number' },
  'field.integer': {},
  'field.date': {},
  'field.yearMonth': {},
  'field.time': {},
  /** `2400` in an end-time column (the end of the day; accepted with a warning by profile `lenient`). */
  'field.time2400': {},
  'field.insurerNumber': {},
  'field.insuredNumber': {},
  'field.officeNumber': {},
  'field.serviceCode': {},
  /** `allowed`: the codes of the field's code table. */
  'field.code': { allowed: 'string[]' },
  'field.dayFlags': {},
  'field.csvVersion': {},
  'field.csvSpecialChar': {},
  'field.unused': {},
  /** `actual`: the control characters in the value. */
  'field.controlChar': { actual: 'number' },
  'field.decimal': {},
  'field.postalCode': {},
  /** `expected`: the value the column always holds. */
  'field.fixed': { expected: 'string' },
  // one record
  'record.rentalItemCode': {},
  'record.serviceDateOutsideMonth': {},
  /** `expected`: the CSVバージョン being written. */
  'record.fieldNotInVersion': { expected: 'string' },
  /** `actual`: the record's CSVバージョン, `expected`: the spec value to use. */
  'record.versionNotWritable': { actual: 'string', expected: 'string' },
  /** `detail`: the unknown field name (a key of the caller's object, e.g. `serviceDay` or `items[0].x`). */
  'record.unknownField': { detail: 'string' },
  /** `actual`: the value's type (`number`, `null`, `array`, …). */
  'record.valueType': { actual: 'string' },
  /** `expected`: the first empty slot (1-based), `actual`: a later slot with values. */
  'record.groupGap': { expected: 'number', actual: 'number' },
  /** `expected`: the slots of the group, `actual`: the items given. */
  'record.groupTooLong': { expected: 'number', actual: 'number' },
  /** `actual`: the service type (2 characters of the サービスコード). */
  'record.serviceTypeOutOfScope': { actual: 'string' },
  'record.subtotalUnits': {},
  'record.subtotalNotEmpty': {},
  /** `expected`: `9999999999`. */
  'record.grandTotalProvider': { expected: 'string' },
  'record.reservedProviderCode': {},
  'record.planDatePlaceholder': {},
  'record.planDateNotPlaceholder': {},
  /** `expected`: the range, `1-99`. */
  'record.itemNoRange': { expected: 'string' },
  // whole file
  'file.empty': {},
  'file.headerRow': {},
  'file.unknownKind': {},
  /** `actual`: the CSVバージョン found. */
  'file.unknownVersion': { actual: 'string' },
  /** `actual`: the CSVバージョン found, `detail`: the kind's prefix. */
  'file.versionNotInKind': { actual: 'string', detail: 'string' },
  /** `actual`: the CSVバージョン found, `expected`: the version it was read as. */
  'file.versionAlias': { actual: 'string', expected: 'string' },
  'file.mixedVersion': { otherLine: 'number' },
  'file.mixedMonth': { otherLine: 'number' },
  /** `actual`: the CSVバージョン found, `expected`: the one for the 対象年月. */
  'file.versionMonth': { actual: 'string', expected: 'string' },
  /**
   * `detail`: the problem (a `FileNameProblemCode`), `segment`: the segment it is about (when one is),
   * `expected`: the pattern of a name of the kind (in the style of the name when it has one, else 202407's).
   */
  'file.nameInvalid': { detail: FILE_NAME_PROBLEMS, 'segment?': FILE_NAME_SEGMENTS, expected: 'string' },
  /** As for `file.nameInvalid`. */
  'file.nameWarning': { detail: FILE_NAME_PROBLEMS, 'segment?': FILE_NAME_SEGMENTS, expected: 'string' },
  /** `actual`: the prefix of the name, `expected`: the prefix of the kind given. */
  'file.nameKind': { actual: 'string', expected: 'string' },
  /** `actual`: the name's YYYYMM, `expected`: the records' 対象年月. */
  'file.nameMonth': { actual: 'string', expected: 'string' },
  /** `actual`: the name's style (`v4`, `v3`), `expected`: the CSVバージョン. */
  'file.nameStyle': { actual: 'string', expected: 'string' },
  /** `expected`: the grand-total サービスコード, `999999`. */
  'file.grandTotalMissing': { expected: 'string' },
  'file.grandTotalDuplicate': { otherLine: 'number' },
  /** `expected`: the missing subtotal サービスコード, `actual`: the detail rows of the type. */
  'file.subtotalMissing': { expected: 'string', actual: 'number' },
  'file.duplicateItemNo': { otherLine: 'number' },
  // send units
  /** `detail`: the prefixes of the unit's files, joined by ` + `. */
  'unit.combination': { detail: 'string' },
  /** `detail`: the prefix of the file that is there twice. */
  'unit.duplicateFile': { detail: 'string' },
  /** `expected`: the prefix of the missing file, `actual`: the prefix of its master. */
  'unit.memberMissing': { actual: 'string', expected: 'string' },
  /** `expected`: the master's prefix, `actual`: the file's; `detail: 'otherUnit'` when another unit has one. */
  'unit.masterFileMissing': { expected: 'string', actual: 'string', 'detail?': ['otherUnit'] },
  /** `expected`: the master's prefix, `actual`: the records with the key, `detail`: the third key field. */
  'link.masterMissing': { expected: 'string', actual: 'number', detail: ['planDate', 'targetMonth', 'consultationDate'] },
  /** `expected`: the dependant's prefix, `detail`: the third key field. */
  'link.dependantMissing': { expected: 'string', detail: ['planDate', 'targetMonth', 'consultationDate'] },
  /** `expected`: the service type. */
  'link.table7TypeMissing': { expected: 'string' },
  /** `expected`: the service type. */
  'link.table6TypeMissing': { expected: 'string' },
  /** `expected`: the missing subtotal サービスコード, `actual`: the distinct 第6表 lines of the type. */
  'link.subtotalMissing': { expected: 'string', actual: 'number' },
  /** `detail`: the problem (a file-name problem code, `notImage` or `segments`). */
  'link.imageName': { detail: 'string' },
  'link.imageMissing': {},
  'link.imageUnreferenced': {},
} as const satisfies { readonly [C in IssueCode]: { readonly [name: string]: ParamType } };

type TypeOf<T> = T extends 'number'
  ? number
  : T extends 'string'
    ? string
    : T extends 'string[]'
      ? readonly string[]
      : T extends readonly (infer E)[]
        ? E
        : never;

type Simplify<T> = { readonly [K in keyof T]: T[K] } & {};

type ParamsFrom<D> = [keyof D] extends [never]
  ? NoParams
  : Simplify<
      { readonly [K in keyof D as K extends `${string}?` ? never : K]: TypeOf<D[K]> } & {
        readonly [K in keyof D as K extends `${infer N}?` ? N : never]?: TypeOf<D[K]>;
      }
    >;

/** The third key field of a link (`detail` of `link.masterMissing` / `link.dependantMissing`). */
export type LinkKeyField = IssueParamsMap['link.masterMissing']['detail'];

/** The class of a character outside MS932 (`detail` of `encoding.unmappable`, `.converted`, `.replaced`). */
export type CharacterClass = IssueParamsMap['encoding.unmappable']['detail'];

/** Params of a code that has none: an empty object (and a literal with a param is a compile error). */
export type NoParams = { readonly [name: string]: never };

/** Code → the type of its issues' params. */
export type IssueParamsMap = { readonly [C in IssueCode]: ParamsFrom<(typeof ISSUE_PARAMS)[C]> };

/** The params of code `C`. */
export type IssueParamsOf<C extends IssueCode> = IssueParamsMap[C];

/** The params of an issue of any code (a union; narrow the issue by `code` to read them exactly). */
export type IssueParams = IssueParamsMap[IssueCode];

/**
 * Every param name any code may have, all optional: how `issue.params` reads before the issue is narrowed by
 * its code, so that code written for any issue (a renderer of issues read back from JSON) compiles.
 */
export interface AnyIssueParams {
  readonly expected?: number | string;
  readonly actual?: number | string;
  readonly allowed?: readonly string[];
  readonly codePoint?: string;
  readonly to?: string;
  readonly detail?: string;
  readonly otherLine?: number;
  readonly segment?: string;
}

/**
 * The params argument of `add(code, at, …)`: optional for a code without params (or with only optional
 * ones), required otherwise. Not distributive: for a union of codes, any of their params.
 */
export type ParamsArg<C extends IssueCode> = [NoParams] extends [IssueParamsMap[C]]
  ? [params?: IssueParamsMap[C], value?: string]
  : [params: IssueParamsMap[C], value?: string];

/** An issue's code with that code's params (left out for a code without params): the data of an issue
 * before it has a place, as rules and field checks return it. A union over `C`. */
export type CodeAndParams<C extends IssueCode = IssueCode> = {
  readonly [K in C]: [NoParams] extends [IssueParamsMap[K]]
    ? { readonly code: K /** Message parameters (never a field's text). */; readonly params?: IssueParamsMap[K] }
    : { readonly code: K /** Message parameters (never a field's text). */; readonly params: IssueParamsMap[K] };
}[C];

// Every code's params fit the loose shape (the names and types of AnyIssueParams): a compile error otherwise.
const fitsLoose: IssueParams extends AnyIssueParams ? true : false = true;
void fitsLoose;

// The file-name problem codes and segments here are those of src/filename (a compile error otherwise).
const sameProblems: [IssueParamsMap['file.nameInvalid']['detail']] extends [FileNameProblemCode]
  ? [FileNameProblemCode] extends [IssueParamsMap['file.nameInvalid']['detail']]
    ? true
    : false
  : false = true;
void sameProblems;
const sameSegments: [NonNullable<IssueParamsMap['file.nameInvalid']['segment']>] extends [FileNameSegment]
  ? [FileNameSegment] extends [NonNullable<IssueParamsMap['file.nameInvalid']['segment']>]
    ? true
    : false
  : false = true;
void sameSegments;
