/**
 * The shape of a layout table: one entry per CSV column. Everything else — TypeScript record types, the
 * checks, the serializer's column order and quoting, the zod schemas and the docs — is derived from these
 * tables.
 */
import type { FieldTypeName } from '../field-types/names.js';

/**
 * How a column's value is checked: the name of a field-type unit. Each type (`date`, `time`, …) has
 * one unit in src/field-types/ holding its check, issue codes, zod schema, arbitraries and doc labels.
 */
export type FieldType = FieldTypeName;

/** `required`: ○ in the spec. `conditional`: required only when a record rule says so. */
export type Requirement = 'required' | 'optional' | 'conditional' | 'uncertain';

export interface FieldDef {
  /** The spec's 1-based column No. in CSVバージョン 202407. */
  readonly no: number;
  /**
   * Record key (camelCase, stable API). Inside a repeated group, the path of the value in the record:
   * `serviceTypeLimits[0].serviceTypeCode`.
   */
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
  /** 項目長 in CSVバージョン 202208 where it differs (第7表 回数／日数: 2). */
  readonly maxLength202208?: number;
  /** Member of a repeated group (e.g. 利用者補足情報 No.20–55): the record holds the group as an array. */
  readonly group?: FieldGroupRef;
  /** A placeholder value accepted besides real dates/months (利用者補足情報 No.4 `00000000`, No.63 `000000`). */
  readonly placeholder?: string;
  /** `fixed` fields: the only value allowed. */
  readonly fixedValue?: string;
  /** Short explanation (English, our own wording). */
  readonly note: string;
  /** Why a detail is uncertain in the recovered spec text, and how this library reads it. */
  readonly uncertain: string | null;
}

/** Where a column sits in a repeated group. */
export interface FieldGroupRef {
  /** Record key of the array (e.g. `serviceTypeLimits`). */
  readonly key: string;
  /** 0-based slot (array index); the spec numbers the slots from 1. */
  readonly index: number;
  /** Key of the column inside one item (e.g. `serviceTypeCode`). */
  readonly member: string;
}

/** A repeated group of a layout: `slots` items of `members.length` consecutive columns each. */
export interface GroupDef {
  /** Record key of the array. */
  readonly key: string;
  /** Index (in the record model's columns) of the first column of slot 1. */
  readonly start: number;
  readonly slots: number;
  /** Member keys of one item, in column order. */
  readonly members: readonly string[];
}

/** Whether the column is written quoted (free text is always quoted, other columns never). */
export function isQuoted(field: FieldDef): boolean {
  return field.type === 'freeText';
}

/** What a generated layout module provides (see scripts/gen-layouts.mjs). */
export interface LayoutTable<R> {
  /** Columns of the 202407 layout in CSV order. */
  readonly fields: readonly FieldDef[];
  readonly groups: readonly GroupDef[];
  /** A new record with every field `''` and every group `[]`. */
  readonly newRecord: () => R;
  /** Reads a record's values into `out` in column order (groups flattened). */
  readonly readRecord: (record: { readonly [key: string]: unknown }, out: unknown[]) => void;
  /** Builds a record from column values in column order. */
  readonly buildRecord: (values: readonly string[]) => R;
}
