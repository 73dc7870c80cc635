import type { Kind } from '../kinds.js';

/**
 * Naming style of a file name.
 *
 * - `v4`: 第4.1版 (CSVバージョン 202407), with the two サービス種類コード segments:
 *   `<PREFIX>[_<YYYYMM>]_<送信元事業所番号>_<送信元サービス種類コード>_<送信先事業所番号>_<送信先サービス種類コード>_<ファイル連番>.CSV`
 * - `v3`: 第3.x (CSVバージョン 202208), the same without the サービス種類コード segments:
 *   `<PREFIX>[_<YYYYMM>]_<送信元事業所番号>_<送信先事業所番号>_<ファイル連番>.CSV`
 */
export type FileNameStyle = 'v4' | 'v3';

/** Non-CSV attachments that have their own file name. Only the UPKIHON family-chart JPEG exists. */
export type FileNameAttachment = 'familyImage';

/** The segments of a file name, used to say where a {@link FileNameProblem} is. */
export type FileNameSegment =
  | 'prefix'
  | 'month'
  | 'senderOffice'
  | 'senderServiceType'
  | 'receiverOffice'
  | 'receiverServiceType'
  | 'serial'
  | 'branch'
  | 'extension';

/** The decomposed parts of a file name that follows the spec. */
export interface FileNameParts {
  /** The CSV kind; `null` only for the UPKIHON_IMAGE attachment. */
  readonly kind: Kind | null;
  /** The prefix as in the spec, upper case (`UPPLAN`, `UPKIHON_IMAGE`, …). */
  readonly prefix: string;
  /** `'familyImage'` for the UPKIHON_IMAGE JPEG, else `null`. */
  readonly attachment: FileNameAttachment | null;
  /** Naming style: `v4` with サービス種類コード segments, `v3` without. */
  readonly style: FileNameStyle;
  /**
   * The `YYYYMM` segment (対象年月, or 提供年月 of UPHOSOKU, which may be `000000`); `null` when the kind
   * has no month segment.
   */
  readonly month: string | null;
  /** 送信元事業所番号: 10 digits. */
  readonly senderOffice: string;
  /** 送信元サービス種類コード: 2 characters of `[0-9A-Z]`; `null` in the v3 style. */
  readonly senderServiceType: string | null;
  /** 送信先事業所番号: 10 digits. */
  readonly receiverOffice: string;
  /** 送信先サービス種類コード: 2 characters of `[0-9A-Z]`; `null` in the v3 style. */
  readonly receiverServiceType: string | null;
  /** ファイル連番: the 14-digit timestamp `YYYYMMDDHHMMSS` shared by all files of one send unit. */
  readonly serial: string;
  /** 枝番: the 4-digit branch number of the UPKIHON_IMAGE attachment, else `null`. */
  readonly branch: string | null;
  /** The extension as written, without the dot (`CSV`, `csv`, `jpg`, …). */
  readonly extension: string;
}

/**
 * Problem codes of file names, with their severity. Codes are stable public API.
 *
 * Errors:
 * - `unknownPrefix` — no known prefix followed by `_` and a digit.
 * - `prefixCase` — a known prefix in other letter case (`upplan_…`): prefixes are upper case, and receivers match
 *   them exactly. The name is not read as that kind's (as for `unknownPrefix`); the problem only says why.
 * - `badShape` — the number of `_`-separated segments fits neither style of the kind.
 * - `missingMonth` — a month-scoped kind (UPHOSOKU, UPPLAN, UPJSK, DLTPLAN, DLTJSK, UPSIKYU) without the
 *   `YYYYMM` segment.
 * - `monthNotForKind` — a `YYYYMM` segment on a kind that has none (e.g. the spec's own `UPKIHON_000000_…`).
 * - `badMonth` — the month segment is not `YYYYMM` with month 01–12 (`000000` is allowed for UPHOSOKU only).
 * - `badOfficeNumber` — an 事業所番号 is not 10 digits.
 * - `badServiceType` — a サービス種類コード is not 2 characters of `[0-9A-Z]`.
 * - `badSerial` — the ファイル連番 is not 14 digits forming a real date and time.
 * - `badBranch` — the 枝番 of the image is not 4 digits.
 * - `badExtension` — the extension is not `.CSV` (CSV kinds) or `.jpg` (the image), in any letter case.
 * - `styleNotForKind` — a v3 name (without サービス種類コード) for a kind that did not exist in 第3.x
 *   (UP3KYO, the 介護予防 files and the image).
 *
 * Warnings:
 * - `extensionCase` — the extension is right but its letter case differs from the spec (`.csv` instead of
 *   `.CSV`; for the image anything other than `jpg` or `JPG`). Readers match extensions case-insensitively.
 */
export const FILE_NAME_PROBLEM_CODES = {
  unknownPrefix: 'error',
  prefixCase: 'error',
  badShape: 'error',
  missingMonth: 'error',
  monthNotForKind: 'error',
  badMonth: 'error',
  badOfficeNumber: 'error',
  badServiceType: 'error',
  badSerial: 'error',
  badBranch: 'error',
  badExtension: 'error',
  styleNotForKind: 'error',
  extensionCase: 'warning',
} as const satisfies Record<string, 'error' | 'warning'>;

/** Stable code of a file-name problem; see {@link FILE_NAME_PROBLEM_CODES}. */
export type FileNameProblemCode = keyof typeof FILE_NAME_PROBLEM_CODES;

/**
 * One problem of a file name. Plain data: the name itself (and the office numbers in it) is never echoed.
 */
export interface FileNameProblem {
  readonly code: FileNameProblemCode;
  readonly severity: 'error' | 'warning';
  /** The segment the problem is about; absent for problems of the whole name (`badShape`, `styleNotForKind`). */
  readonly segment?: FileNameSegment;
}

/** Result of {@link parseFileName} for a name that follows the spec (problems are warnings only). */
export interface ParseFileNameSuccess {
  readonly ok: true;
  readonly parts: FileNameParts;
  /** Warning-level problems (e.g. `extensionCase`); empty for a canonical name. */
  readonly problems: FileNameProblem[];
}

/** Result of {@link parseFileName} for a name with at least one error-level problem. */
export interface ParseFileNameFailure {
  readonly ok: false;
  /** The kind recognised from the prefix; `null` when the prefix is unknown or is the UPKIHON_IMAGE attachment. */
  readonly kind: Kind | null;
  /** The recognised prefix (`UPKIHON_IMAGE` included), or `null` when the prefix is unknown. */
  readonly prefix: string | null;
  /**
   * The parts when every segment is well formed and only a rule between segments is broken (so far only
   * `styleNotForKind`: a v3 name for a kind that did not exist in 第3.x); `null` otherwise.
   */
  readonly parts: FileNameParts | null;
  /**
   * All problems found, errors and warnings: problems of the whole name first (`badShape`, `missingMonth`,
   * `monthNotForKind`, `styleNotForKind`), then segment problems in the order of the segments.
   */
  readonly problems: FileNameProblem[];
}

/** Result of {@link parseFileName}. */
export type ParseFileNameResult = ParseFileNameSuccess | ParseFileNameFailure;

/**
 * Input of {@link buildFileName}. Set exactly one of `kind` (a CSV file) or `attachment` (the UPKIHON_IMAGE
 * JPEG). The `parts` of a {@link parseFileName} result are accepted as they are (`prefix` and `extension`
 * are then ignored: the canonical prefix and extension are written).
 */
export interface BuildFileNameInput {
  /** The CSV kind; leave unset (or `null`) for the image. */
  readonly kind?: Kind | null;
  /** `'familyImage'` for the UPKIHON_IMAGE JPEG; leave unset (or `null`) for CSV files. */
  readonly attachment?: FileNameAttachment | null;
  /** Naming style; default `'v4'`. `'v3'` is refused for kinds that did not exist in 第3.x. */
  readonly style?: FileNameStyle;
  /**
   * `YYYYMM` (month 01–12; `000000` allowed for UPHOSOKU). Required for the month-scoped kinds, and must be
   * unset (or `null`) for the others.
   */
  readonly month?: string | null;
  /** 送信元事業所番号: 10 digits. */
  readonly senderOffice: string;
  /** 送信元サービス種類コード: 2 of `[0-9A-Z]`; required in v4, must be unset (or `null`) in v3. */
  readonly senderServiceType?: string | null;
  /** 送信先事業所番号: 10 digits. */
  readonly receiverOffice: string;
  /** 送信先サービス種類コード: 2 of `[0-9A-Z]`; required in v4, must be unset (or `null`) in v3. */
  readonly receiverServiceType?: string | null;
  /** ファイル連番 `YYYYMMDDHHMMSS`: a real date and time. */
  readonly serial: string;
  /** 枝番: 4 digits; required for the image, must be unset (or `null`) for CSV files. */
  readonly branch?: string | null;
}
