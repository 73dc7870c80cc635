import { misuse } from '../errors.js';
import { KIND_INFO, KINDS, type Kind } from '../kinds.js';
import type { FieldDef, GroupDef, LayoutTable } from './field.js';
import {
  TABLE as PLAN1,
  type LayoutRecord as Plan1Record,
  type ValidLayoutRecord as ValidPlan1Record,
  type LayoutRecordInput as Plan1RecordInput,
} from './layouts/plan1.js';
import {
  TABLE as PLAN1_DELETE,
  type LayoutRecord as Plan1DeleteRecord,
  type ValidLayoutRecord as ValidPlan1DeleteRecord,
  type LayoutRecordInput as Plan1DeleteRecordInput,
} from './layouts/plan1Delete.js';
import {
  TABLE as PLAN2,
  type LayoutRecord as Plan2Record,
  type ValidLayoutRecord as ValidPlan2Record,
  type LayoutRecordInput as Plan2RecordInput,
} from './layouts/plan2.js';
import {
  TABLE as PLAN3,
  type LayoutRecord as Plan3Record,
  type ValidLayoutRecord as ValidPlan3Record,
  type LayoutRecordInput as Plan3RecordInput,
} from './layouts/plan3.js';
import {
  TABLE as BASIC,
  type LayoutRecord as BasicRecord,
  type ValidLayoutRecord as ValidBasicRecord,
  type LayoutRecordInput as BasicRecordInput,
} from './layouts/preventionBasicInfo.js';
import {
  TABLE as BASIC_DELETE,
  type LayoutRecord as BasicDeleteRecord,
  type ValidLayoutRecord as ValidBasicDeleteRecord,
  type LayoutRecordInput as BasicDeleteRecordInput,
} from './layouts/preventionBasicInfoDelete.js';
import {
  TABLE as BASIC_SUB1,
  type LayoutRecord as BasicSub1Record,
  type ValidLayoutRecord as ValidBasicSub1Record,
  type LayoutRecordInput as BasicSub1RecordInput,
} from './layouts/preventionBasicInfoSub1.js';
import {
  TABLE as BASIC_SUB2,
  type LayoutRecord as BasicSub2Record,
  type ValidLayoutRecord as ValidBasicSub2Record,
  type LayoutRecordInput as BasicSub2RecordInput,
} from './layouts/preventionBasicInfoSub2.js';
import {
  TABLE as PREVENTION,
  type LayoutRecord as PreventionRecord,
  type ValidLayoutRecord as ValidPreventionRecord,
  type LayoutRecordInput as PreventionRecordInput,
} from './layouts/preventionPlan.js';
import {
  TABLE as PREVENTION_DELETE,
  type LayoutRecord as PreventionDeleteRecord,
  type ValidLayoutRecord as ValidPreventionDeleteRecord,
  type LayoutRecordInput as PreventionDeleteRecordInput,
} from './layouts/preventionPlanDelete.js';
import {
  TABLE as PREVENTION_SUB,
  type LayoutRecord as PreventionSubRecord,
  type ValidLayoutRecord as ValidPreventionSubRecord,
  type LayoutRecordInput as PreventionSubRecordInput,
} from './layouts/preventionPlanSub.js';
import {
  TABLE as TABLE6,
  type LayoutRecord as Table6Record,
  type ValidLayoutRecord as ValidTable6Record,
  type LayoutRecordInput as Table6RecordInput,
} from './layouts/table6Plan.js';
import {
  TABLE as TABLE6_ACTUAL_DELETE,
  type LayoutRecord as Table6ActualDeleteRecord,
  type ValidLayoutRecord as ValidTable6ActualDeleteRecord,
  type LayoutRecordInput as Table6ActualDeleteRecordInput,
} from './layouts/table6ActualDelete.js';
import {
  TABLE as TABLE6_PLAN_DELETE,
  type LayoutRecord as Table6PlanDeleteRecord,
  type ValidLayoutRecord as ValidTable6PlanDeleteRecord,
  type LayoutRecordInput as Table6PlanDeleteRecordInput,
} from './layouts/table6PlanDelete.js';
import {
  TABLE as TABLE7,
  type LayoutRecord as Table7Record,
  type ValidLayoutRecord as ValidTable7Record,
  type LayoutRecordInput as Table7RecordInput,
} from './layouts/table7.js';
import {
  TABLE as SUPPLEMENT,
  type LayoutRecord as UserSupplementRecord,
  type ValidLayoutRecord as ValidUserSupplementRecord,
  type LayoutRecordInput as UserSupplementRecordInput,
} from './layouts/userSupplement.js';

export type { Table6Record };

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

/** The kinds whose layouts this release implements: all 17 of 第4.1版. */
export const SUPPORTED_KINDS = KINDS;
export type SupportedKind = Kind;

export function isSupportedKind(kind: unknown): kind is SupportedKind {
  return (SUPPORTED_KINDS as readonly unknown[]).includes(kind);
}

/** Record type of each kind (the 202407 record model; 202208 records have `''` in the columns it lacks). */
export interface RecordTypes {
  userSupplement: UserSupplementRecord;
  plan1: Plan1Record;
  plan1Delete: Plan1DeleteRecord;
  plan2: Plan2Record;
  plan3: Plan3Record;
  table6Plan: Table6Record;
  table6Actual: Table6Record;
  table6PlanDelete: Table6PlanDeleteRecord;
  table6ActualDelete: Table6ActualDeleteRecord;
  table7: Table7Record;
  preventionBasicInfo: BasicRecord;
  preventionBasicInfoDelete: BasicDeleteRecord;
  preventionBasicInfoSub1: BasicSub1Record;
  preventionBasicInfoSub2: BasicSub2Record;
  preventionPlan: PreventionRecord;
  preventionPlanDelete: PreventionDeleteRecord;
  preventionPlanSub: PreventionSubRecord;
}
export type RecordFor<K extends SupportedKind> = RecordTypes[K];
/**
 * Record type of each kind once validation passed (`ok`): code columns narrowed to their codes (see
 * {@link RecordTypes} for the records as read).
 */
export interface ValidRecordTypes {
  userSupplement: ValidUserSupplementRecord;
  plan1: ValidPlan1Record;
  plan1Delete: ValidPlan1DeleteRecord;
  plan2: ValidPlan2Record;
  plan3: ValidPlan3Record;
  table6Plan: ValidTable6Record;
  table6Actual: ValidTable6Record;
  table6PlanDelete: ValidTable6PlanDeleteRecord;
  table6ActualDelete: ValidTable6ActualDeleteRecord;
  table7: ValidTable7Record;
  preventionBasicInfo: ValidBasicRecord;
  preventionBasicInfoDelete: ValidBasicDeleteRecord;
  preventionBasicInfoSub1: ValidBasicSub1Record;
  preventionBasicInfoSub2: ValidBasicSub2Record;
  preventionPlan: ValidPreventionRecord;
  preventionPlanDelete: ValidPreventionDeleteRecord;
  preventionPlanSub: ValidPreventionSubRecord;
}
/** The record type of a kind once validated. */
export type ValidRecordFor<K extends SupportedKind> = ValidRecordTypes[K];
/** What `serialize` takes for a record of each kind: string values, keys of columns that may be empty optional. */
export interface RecordInputTypes {
  userSupplement: UserSupplementRecordInput;
  plan1: Plan1RecordInput;
  plan1Delete: Plan1DeleteRecordInput;
  plan2: Plan2RecordInput;
  plan3: Plan3RecordInput;
  table6Plan: Table6RecordInput;
  table6Actual: Table6RecordInput;
  table6PlanDelete: Table6PlanDeleteRecordInput;
  table6ActualDelete: Table6ActualDeleteRecordInput;
  table7: Table7RecordInput;
  preventionBasicInfo: BasicRecordInput;
  preventionBasicInfoDelete: BasicDeleteRecordInput;
  preventionBasicInfoSub1: BasicSub1RecordInput;
  preventionBasicInfoSub2: BasicSub2RecordInput;
  preventionPlan: PreventionRecordInput;
  preventionPlanDelete: PreventionDeleteRecordInput;
  preventionPlanSub: PreventionSubRecordInput;
}
/** What `serialize` takes for a record of a kind. */
export type RecordInputFor<K extends SupportedKind> = RecordInputTypes[K];

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
  /** Repeated groups (indexes into {@link recordFields}). */
  readonly groups: readonly GroupDef[];
  /** Top-level keys of the record model, in column order (a group counts once). */
  readonly recordKeys: readonly string[];
  /** A new record of the kind with every field `''` and every group `[]`. */
  readonly newRecord: () => Record<string, unknown>;
  /** Reads a record's values into `out`, in the order of {@link recordFields} (groups flattened). */
  readonly readRecord: (record: { readonly [key: string]: unknown }, out: unknown[]) => void;
  /** Builds a record from values in the order of {@link recordFields}. */
  readonly buildRecord: (values: readonly string[]) => Record<string, unknown>;
  /** For each column of this version, its index in {@link recordFields}. */
  readonly recordIndex: readonly number[];
  /**
   * Key of the column that must agree with the file name's YYYYMM segment and be the same in every record
   * (対象年月, 削除対象年月), or null for kinds without a month segment.
   */
  readonly monthKey: string | null;
}

const TABLES: { readonly [K in SupportedKind]: LayoutTable<RecordTypes[K]> } = {
  userSupplement: SUPPLEMENT,
  plan1: PLAN1,
  plan1Delete: PLAN1_DELETE,
  plan2: PLAN2,
  plan3: PLAN3,
  table6Plan: TABLE6,
  table6Actual: TABLE6,
  table6PlanDelete: TABLE6_PLAN_DELETE,
  table6ActualDelete: TABLE6_ACTUAL_DELETE,
  table7: TABLE7,
  preventionBasicInfo: BASIC,
  preventionBasicInfoDelete: BASIC_DELETE,
  preventionBasicInfoSub1: BASIC_SUB1,
  preventionBasicInfoSub2: BASIC_SUB2,
  preventionPlan: PREVENTION,
  preventionPlanDelete: PREVENTION_DELETE,
  preventionPlanSub: PREVENTION_SUB,
};

/** The CSVバージョン layouts a kind has: 202208 only for the kinds that existed in 第3.x. */
export function kindVersions(kind: SupportedKind): readonly CsvVersion[] {
  return KIND_INFO[kind].inV3 ? CSV_VERSIONS : ['202407'];
}

/** Whether the kind has a layout in the version (UP3KYO and the 介護予防 files have none in 202208). */
export function hasLayout(kind: SupportedKind, version: CsvVersion): boolean {
  return version === '202407' || KIND_INFO[kind].inV3;
}

const cache: { [K in SupportedKind]?: { [V in CsvVersion]?: Layout } } = {};

/** The field as it is in a version (202208 had a few shorter columns). */
function inVersion(f: FieldDef, version: CsvVersion): FieldDef {
  if (version === '202208' && f.maxLength202208 !== undefined) return Object.freeze({ ...f, maxLength: f.maxLength202208 });
  return f;
}

/**
 * The layout of a kind in a version; columns added after a version are left out of it.
 * @throws TypeError when the kind has no layout in that version (see {@link hasLayout}).
 */
export function getLayout(kind: SupportedKind, version: CsvVersion): Layout {
  const byVersion = (cache[kind] ??= {});
  let layout = byVersion[version];
  if (!layout) {
    if (!isSupportedKind(kind)) misuse('ERR_CAREPLAN_KIND', 'getLayout', `unknown kind: ${String(kind)}`);
    if (!hasLayout(kind, version)) misuse('ERR_CAREPLAN_KIND', 'getLayout', `${kind} has no layout in CSVバージョン ${String(version)}`);
    const table = TABLES[kind] as unknown as LayoutTable<Record<string, unknown>>;
    const all = table.fields;
    const present = (f: FieldDef) => version === '202407' || f.addedIn === undefined;
    const recordKeys: string[] = [];
    for (const f of all) {
      const key = f.group?.key ?? f.key;
      if (recordKeys[recordKeys.length - 1] !== key) recordKeys.push(key);
    }
    const monthKey = KIND_INFO[kind].monthSegment ? (all.find((f) => f.key === 'targetMonth' || f.key === 'deleteMonth')?.key ?? null) : null;
    layout = Object.freeze({
      kind,
      version,
      fields: Object.freeze(all.filter(present).map((f) => inVersion(f, version))),
      recordFields: all,
      missingFields: Object.freeze(all.filter((f) => !present(f))),
      groups: table.groups,
      recordKeys: Object.freeze(recordKeys),
      newRecord: table.newRecord,
      readRecord: table.readRecord,
      buildRecord: table.buildRecord,
      recordIndex: Object.freeze(all.flatMap((f, i) => (present(f) ? [i] : []))),
      monthKey,
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
