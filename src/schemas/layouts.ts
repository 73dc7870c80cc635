import type { Kind } from '../kinds.js';
import type { FieldDef } from './field.js';
import { newTable6Record, readTable6Record, TABLE6_FIELDS } from './layouts/table6Plan.js';

/** CSVバージョン values that select a layout. */
export const CSV_VERSIONS = ['202407', '202208'] as const;
export type CsvVersion = (typeof CSV_VERSIONS)[number];

/**
 * Values seen in the wild or in the spec's own examples that are read as 202407 with a warning:
 * 202504 (第4.0版, superseded by 202407 in 4.1), 202410 (third-party code), 202404 (4.1 別紙 examples).
 */
export const VERSION_ALIASES: { readonly [value: string]: CsvVersion } = {
  '202504': '202407',
  '202410': '202407',
  '202404': '202407',
};

/** The kinds whose layouts this release implements. */
export const SUPPORTED_KINDS = ['table6Plan', 'table6Actual'] as const;
export type SupportedKind = (typeof SUPPORTED_KINDS)[number];

export function isSupportedKind(kind: unknown): kind is SupportedKind {
  return (SUPPORTED_KINDS as readonly unknown[]).includes(kind);
}

/** Record of a layout table: one string per column key; an empty field is `''`. */
export type RecordOf<F extends readonly FieldDef[]> = { [D in F[number] as D['key']]: string };

/** A 第6表 record (UPPLAN 予定 and UPJSK 実績 share the layout). */
export type Table6Record = RecordOf<typeof TABLE6_FIELDS>;

/** Record type of each supported kind. */
export interface RecordTypes {
  table6Plan: Table6Record;
  table6Actual: Table6Record;
}
export type RecordFor<K extends SupportedKind> = RecordTypes[K];

/** A layout: the columns of one kind in one CSVバージョン. */
export interface Layout {
  readonly kind: SupportedKind;
  readonly version: CsvVersion;
  /** Columns in CSV order, for this version. */
  readonly fields: readonly FieldDef[];
  /** Columns of the 202407 layout: the record model (keys) of the kind, whatever the version. */
  readonly recordFields: readonly FieldDef[];
  /** Columns of the record model that this version lacks. */
  readonly missingFields: readonly FieldDef[];
  /** A new record of the kind with every field `''`. */
  readonly newRecord: () => Record<string, string>;
  /** Reads a record's values into `out`, in the order of {@link recordFields}. */
  readonly readRecord: (record: { readonly [key: string]: unknown }, out: unknown[]) => void;
  /** For each column of this version, its index in {@link recordFields}. */
  readonly recordIndex: readonly number[];
}

interface Table {
  readonly fields: readonly FieldDef[];
  readonly newRecord: () => Record<string, string>;
  readonly readRecord: (record: { readonly [key: string]: unknown }, out: unknown[]) => void;
}

const TABLE6: Table = { fields: TABLE6_FIELDS, newRecord: newTable6Record, readRecord: readTable6Record };
const TABLES: { readonly [K in SupportedKind]: Table } = { table6Plan: TABLE6, table6Actual: TABLE6 };

const cache: { [K in SupportedKind]?: { [V in CsvVersion]?: Layout } } = {};

/** The layout of a kind in a version; columns added after a version are left out of it. */
export function getLayout(kind: SupportedKind, version: CsvVersion): Layout {
  const byVersion = (cache[kind] ??= {});
  let layout = byVersion[version];
  if (!layout) {
    const { fields: all, newRecord, readRecord } = TABLES[kind];
    const inVersion = (f: FieldDef) => version === '202407' || f.addedIn === undefined;
    layout = Object.freeze({
      kind,
      version,
      fields: Object.freeze(all.filter(inVersion)),
      recordFields: all,
      missingFields: Object.freeze(all.filter((f) => !inVersion(f))),
      newRecord,
      readRecord,
      recordIndex: Object.freeze(all.flatMap((f, i) => (inVersion(f) ? [i] : []))),
    });
    byVersion[version] = layout;
  }
  return layout;
}

/**
 * Applicable CSVバージョン for a service month (YYYYMM): 202208 up to 2025-03, 202407 from 2025-04.
 * Months before 2023-01 belong to older versions this library does not read; null for them.
 */
export function versionForMonth(month: string): CsvVersion | null {
  if (month >= '202504') return '202407';
  if (month >= '202301') return '202208';
  return null;
}

/**
 * The CSVバージョン that applies to a service month (YYYYMM) by the spec's version history, including the
 * versions before 202208 that this library does not read: 201910 from 2020-03, 202003 from 2020-10,
 * 202208 from 2023-01, 202407 from 2025-04.
 */
export function applicableVersion(month: string): string {
  if (month >= '202504') return '202407';
  if (month >= '202301') return '202208';
  if (month >= '202010') return '202003';
  return '201910';
}
