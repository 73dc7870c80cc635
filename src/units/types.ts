import type { ParseInput, ParseResult, ValidateResult } from '../api.js';
import type { FileNameStyle } from '../filename/types.js';
import type { IssueCode } from '../issues/codes.js';
import type { Issue } from '../issues/types.js';
import type { Kind } from '../kinds.js';
import type { ParseOptions } from '../options.js';

/**
 * One file given to {@link validateUnits} or {@link UnitValidator.add}: a CSV file of the spec, or the
 * UPKIHON_IMAGE family-chart JPEG that goes with a 利用者基本情報.
 *
 * Give `bytes` (the file's contents) or `parsed` (a result of `parse` for this file, whose records are then
 * used for the cross-file checks instead of reading the bytes again). An image needs neither: only its
 * presence and its name count.
 */
export interface UnitFileInput {
  /**
   * The file name, or a path: only the part after the last `/` or `\` is read as the spec file name, and
   * issues name the file by this string as given.
   */
  readonly name: string;
  /** The contents: MS932 bytes, or text that is already decoded (as for `validate`). */
  readonly bytes?: ParseInput;
  /**
   * A result of `parse` for this file (with `fileName` = `name`). Its records give the key values; their
   * physical lines are not known then, so cross-file issues about its records have `line: null` (the
   * record number is set). A `validate` result (without records) is accepted too, but its records then
   * take part in no link check.
   */
  readonly parsed?: ParseResult | ValidateResult;
}

/** Options of {@link validateUnits}: the per-file options of `validate` (without `fileName`) and the unit checks. */
export interface ValidateUnitsOptions extends Omit<ParseOptions, 'fileName'> {
  /**
   * Report a family image named in 利用者基本情報 No.62 that is not among the files (`link.imageMissing`).
   * Default true; set false when the images are not passed in (their names are still checked).
   */
  readonly checkImages?: boolean;
  /**
   * Report the files a unit lacks (`unit.memberMissing`, and `unit.masterFileMissing` for a dependant
   * without its master): `true` (the default: the files are a whole send) always, `false` never, `'auto'`
   * only for a unit of at least two files, or when the master is in another unit of the same ファイル連番
   * (a single file, or files that do not form a unit, are then checked as files, not as incomplete sends;
   * the CLI's default).
   */
  readonly checkMembers?: boolean | 'auto';
  /**
   * The names of all the files that will be added, when known in advance (as for a directory): files
   * whose unit has no file to link them to are then not read a second time for their keys. Files added
   * without being listed are read as usual. {@link validateUnits} passes the names itself.
   */
  readonly names?: readonly string[];
  /**
   * Most withdrawals listed per unit (0 or more, or `Infinity`). Default 100,000, far more than the users
   * of one office: each takes memory (about 400 bytes), and a delete file has short records (a 70 MB
   * DLT1KYO holds 2 million). After that, one `limit.withdrawals` warning in the unit's issues gives the
   * total (`actual`), and the rest are not listed.
   */
  readonly maxWithdrawals?: number;
}

/**
 * A combination of files that the spec defines as one send unit (第4.1版 §2.4 居宅介護支援, §3.4 介護予防).
 *
 * - `carePlan`: ① 居宅サービス計画1表 + 2表 + 3表 + 利用者補足情報 (対象年月 `000000`)
 * - `usage`: ② 第6表（サービス利用票）予定 + 第7表 + 利用者補足情報 (対象年月 YYYYMM); also 介護予防 (4)
 * - `carePlanDelete`: ③ 居宅サービス計画1表_削除
 * - `usageDelete`: ④ 第6表 予定削除; also 介護予防 (7)
 * - `actual`: 事業所 ① 第6表 実績情報; also 介護予防 (8)
 * - `actualDelete`: 事業所 ② 実績情報削除; also 介護予防 (9)
 * - `basicInfo`: 介護予防 (1) 利用者基本情報 (+ 別表1, 別表2, 家族構成画像)
 * - `preventionPlanWithBasicInfo`: 介護予防 (2) 介護予防サービス・支援計画書 + 利用者基本情報 (with their 別表 and image)
 * - `preventionPlan`: 介護予防 (3) 介護予防サービス・支援計画書 (+ 別表)
 * - `basicInfoDelete`: 介護予防 (5) 利用者基本情報_削除
 * - `preventionPlanDelete`: 介護予防 (6) 介護予防サービス・支援計画書_削除
 */
export type UnitCombination =
  | 'carePlan'
  | 'usage'
  | 'carePlanDelete'
  | 'usageDelete'
  | 'actual'
  | 'actualDelete'
  | 'basicInfo'
  | 'preventionPlanWithBasicInfo'
  | 'preventionPlan'
  | 'basicInfoDelete'
  | 'preventionPlanDelete';

/** What a file of a unit is: a CSV kind, or `'familyImage'` for the UPKIHON_IMAGE JPEG. */
export type UnitMemberKind = Kind | 'familyImage';

/** One file of a send unit (or a file that belongs to none), with its own result. */
export interface UnitFile {
  /** The name (or path) as given. */
  readonly file: string;
  /** The kind named by the file name (`familyImage` for the image); null when the name is not a spec name. */
  readonly kind: UnitMemberKind | null;
  /** The file name's YYYYMM segment (`000000` for an UPHOSOKU sent with 1表–3表); null when it has none. */
  readonly month: string | null;
  /**
   * The file's own result (as from `validate`). For an image: no records, and only file-name issues
   * (the JPEG itself is not read).
   */
  readonly result: ValidateResult;
}

/** The sending or the receiving party of a unit, as in the file names. */
export interface UnitParty {
  /** 事業所番号 (10 digits). */
  readonly office: string;
  /** サービス種類コード (2 characters); null in 第3.x style names, which have none. */
  readonly serviceType: string | null;
}

/** Where the other side of a cross-file issue is. */
export interface RelatedLocation {
  /** The other file, by the name given. */
  readonly file: string;
  /** Its 1-based physical line; null when the issue is about a record that is missing there, or the line is unknown. */
  readonly line: number | null;
  /** Its 1-based record number; null as for `line`. */
  readonly record: number | null;
}

/**
 * An issue of a send unit: an {@link Issue} (located in one file of the unit, or with `file: null` for the
 * unit as a whole) and the other file of a cross-file finding in `related`. Like every issue it is plain
 * data and never holds a field's value (keys such as 被保険者番号 are not repeated in it).
 */
export type UnitIssue<C extends IssueCode = IssueCode> = Issue<C> & {
  /** The other file (and line) a cross-file issue is about; null for issues of one file or of the unit. */
  readonly related: RelatedLocation | null;
};

/**
 * The verdict on a unit: `valid` (no error and no warning in its files or between them), `warnings`
 * (warnings only) or `invalid` (at least one error).
 */
export type UnitVerdict = 'valid' | 'warnings' | 'invalid';

/**
 * What one record of a delete file withdraws at the receiver: the data of one user (and plan date,
 * 相談日 or month) of the kind in `withdraws`, and, as the spec states, the dependants in `cascade`.
 */
export interface Withdrawal {
  /** The delete file's kind. */
  readonly kind: 'plan1Delete' | 'table6PlanDelete' | 'table6ActualDelete' | 'preventionBasicInfoDelete' | 'preventionPlanDelete';
  /** The kind of the data withdrawn. */
  readonly withdraws: 'plan1' | 'table6Plan' | 'table6Actual' | 'preventionBasicInfo' | 'preventionPlan';
  /** The dependants withdrawn with it (spec §2.3, §3.3); empty for 実績情報削除. */
  readonly cascade: readonly UnitMemberKind[];
  /** The key of the withdrawn data. Unused parts are null. */
  readonly key: WithdrawalKey;
  /** The delete file, as named in the input. */
  readonly file: string;
  /** The physical line of the delete record; null when the file was given as parsed records. */
  readonly line: number | null;
  /** The record number of the delete record (1-based). */
  readonly record: number;
}

/**
 * The key of a {@link Withdrawal}. These are field values (a user's 被保険者番号): personal data, given only
 * with `includeValues`. Without it, every member but `month` is null.
 */
export interface WithdrawalKey {
  readonly insurerNumber: string | null;
  readonly insuredNumber: string | null;
  /** 居宅サービス計画作成（変更）日 (DLT1KYO) or 計画作成(変更)日 (DLTYOBO). */
  readonly planDate: string | null;
  /** 相談日 (DLTKIHON). */
  readonly consultationDate: string | null;
  /** 削除対象年月 (DLTPLAN, DLTJSK). */
  readonly month: string | null;
  /** サービス事業者コード (DLTJSK). */
  readonly providerCode: string | null;
  /** サービス種類コード (DLTJSK). */
  readonly serviceTypeCode: string | null;
}

/** One send unit: the files that share a ファイル連番, a sender and a receiver. */
export interface SendUnit {
  /**
   * The segments all file names of the unit share: `<送信元>_<種類>_<送信先>_<種類>_<ファイル連番>` (第3.x
   * style: without the two サービス種類コード).
   */
  readonly id: string;
  /** ファイル連番 (YYYYMMDDHHMMSS): receivers process units in ascending order of it. */
  readonly serial: string;
  readonly sender: UnitParty;
  readonly receiver: UnitParty;
  /** Naming style of the unit's file names. */
  readonly style: FileNameStyle;
  /** The spec combination the files form; null when they form none (`unit.combination`). */
  readonly combination: UnitCombination | null;
  /** The unit's files: masters before their dependants, images last. */
  readonly files: readonly UnitFile[];
  /** Issues between the files of the unit and of the unit as a whole (the files' own issues are in `files`). */
  readonly issues: readonly UnitIssue[];
  /**
   * What the unit's delete files withdraw, record by record (empty when it has none); at most
   * `maxWithdrawals` (then a `limit.withdrawals` warning gives the total).
   */
  readonly withdrawals: readonly Withdrawal[];
  readonly verdict: UnitVerdict;
  /** Errors in the unit's files and between them. */
  readonly errorCount: number;
  /** Warnings in the unit's files and between them. */
  readonly warningCount: number;
}

/** Result of {@link validateUnits}. */
export interface UnitsResult {
  /** The units, in processing order: ascending ファイル連番, then sender and receiver. */
  readonly units: readonly SendUnit[];
  /** Files whose name is not a spec file name, so they belong to no unit (their result says why). */
  readonly ungrouped: readonly UnitFile[];
  /** True when no unit and no ungrouped file has an error. */
  readonly ok: boolean;
  readonly errorCount: number;
  readonly warningCount: number;
}

/** Validates files one at a time and groups them into send units at the end (see {@link createUnitValidator}). */
export interface UnitValidator {
  /**
   * Validates one file (as `validate` does) and keeps what the cross-file checks need (its name, its
   * result and its key values, not its bytes). Returns the file's own result.
   * @throws TypeError when the input is not a {@link UnitFileInput}.
   */
  add(input: UnitFileInput): UnitFile;
  /** Groups the files added so far into units and runs the unit checks. */
  finish(): UnitsResult;
}
