/**
 * The shape of a layout table: one entry per CSV column. Everything else — TypeScript record types, the
 * checks, the serializer's column order and quoting, the zod schemas and the docs — is derived from these
 * tables.
 */

/** How a column's value is checked. */
export type FieldType =
  | 'csvVersion' // CSVバージョン: 6 digits; which values are accepted is a file-level matter
  | 'yearMonth' // YYYYMM, a real month
  | 'date' // YYYYMMDD, a real calendar date
  | 'time' // HHMM 0000–2359, or 9999 (no time) where allowed
  | 'insurerNumber' // 保険者番号: 6 digits
  | 'insuredNumber' // 被保険者番号: 10 digits, or H + 9 digits
  | 'officeNumber' // 事業所番号 / 業者コード: 10 digits
  | 'integer' // 整数: ASCII digits
  | 'code' // one of `codes`
  | 'serviceCode' // 6 ASCII letters/digits; the first two are the サービス種類コード
  | 'dayFlags31' // 31 characters of 0/1
  | 'freeText' // フリーテキスト: always quoted on output
  | 'string' // anything up to maxLength
  | 'unused'; // ※使用しない: must be empty

/** `required`: ○ in the spec. `conditional`: required only when a record rule says so. */
export type Requirement = 'required' | 'optional' | 'conditional' | 'uncertain';

export interface FieldDef {
  /** The spec's 1-based column No. in CSVバージョン 202407. */
  readonly no: number;
  /** Record key (camelCase, stable API). */
  readonly key: string;
  /** 日本語名称 as printed in the spec. */
  readonly nameJa: string;
  readonly type: FieldType;
  /** 項目長 (characters). `null`: no fixed length (`―`) or not recoverable. */
  readonly maxLength: number | null;
  readonly required: Requirement;
  /** Allowed values → meaning, for `code` fields. */
  readonly codes: { readonly [code: string]: string } | null;
  /** `time` fields: whether 9999 (no time) is allowed. */
  readonly allowNoTime?: boolean;
  /** The CSVバージョン that added the column (absent: present in every supported version). */
  readonly addedIn?: '202407';
  /** Short explanation (English, our own wording). */
  readonly note: string;
  /** Why a detail is uncertain in the recovered spec text, and how this library reads it. */
  readonly uncertain: string | null;
}

/** Whether the column is written quoted (free text is always quoted, other columns never). */
export function isQuoted(field: FieldDef): boolean {
  return field.type === 'freeText';
}
