/**
 * Reads what the cross-file checks need from one file — the key values of its records, the service
 * types of 第6表/第7表 lines, the image names of 利用者基本情報, the delete records — without keeping the
 * file: from the rows as the reader checks them ({@link KeyObserver}), or from parsed records. Internal
 * to src/units.
 */
import type { ValidateResult } from '../api.js';
import type { Issue } from '../issues/types.js';
import type { Kind } from '../kinds.js';
import type { CheckedRow, RowObserver } from '../parse/rows.js';
import { FIELD_ESCAPED_QUOTES } from '../parse/tokenize.js';
import { getLayout, kindVersions, type Layout } from '../schemas/layouts.js';
import { table7RowKind } from '../validate/rules/table7.js';
import { fieldText } from '../validate/file-validator.js';
import type { Slot } from './combinations.js';

/** Where a record is. `line` is null when the file was given as parsed records. */
export interface RowRef {
  readonly line: number | null;
  readonly record: number;
}

/** The first record of a key, and how many records have it. */
export interface KeyGroup {
  readonly at: RowRef;
  count: number;
}

/** A service type of one user in 第6表: its first line and its distinct lines (provider + サービスコード). */
export interface Table6Type {
  readonly at: RowRef;
  readonly lines: Set<string>;
}

/** A service type of one user in 第7表: its first row, its normal rows and whether a subtotal row counts for it. */
export interface Table7Type {
  readonly at: RowRef;
  normal: number;
  /** A `{種類}AAAA` or `{種類}EEEE` row exists (as the file rule counts them). */
  subtotal: boolean;
}

/** A family-image name in 利用者基本情報 No.62. */
export interface ImageRef {
  readonly name: string;
  readonly at: RowRef;
}

/** A record of a delete file: its key values in {@link EXTRACT_FIELDS} order. */
export interface DeleteRow {
  readonly values: readonly string[];
  readonly at: RowRef;
}

/** What the unit checks know of one file. */
export interface FileKeys {
  /**
   * Some record could not be read, or has an error in a field read here: the absence of a key in this
   * file proves nothing, so checks that rely on absence skip it.
   */
  partial: boolean;
  /** Key (保険者番号, 被保険者番号, date or month, joined) → its first record. */
  readonly groups: Map<string, KeyGroup>;
  /** 第6表: per key, per service type. */
  readonly table6Types: Map<string, Map<string, Table6Type>>;
  /** 第7表: per key, per service type (grand-total rows left out). */
  readonly table7Types: Map<string, Map<string, Table7Type>>;
  /** Keys whose service types are not all known (a サービスコード with an error). */
  readonly unsureTypes: Set<string>;
  /** 利用者基本情報: the image names of No.62 (non-empty ones). */
  readonly images: ImageRef[];
  /** Delete files: the records whose key fields are sound, the first `maxDeletes` of them. */
  readonly deletes: DeleteRow[];
  /** Delete files: how many records have sound key fields (kept in {@link deletes} or not). */
  deleteCount: number;
  /** Spec column No. of the fields read, per field key (in the file's version), for issue locations. */
  readonly columns: ReadonlyMap<string, number>;
}

const PLAN = ['insurerNumber', 'insuredNumber', 'planDate'] as const;
const MONTH = ['insurerNumber', 'insuredNumber', 'targetMonth'] as const;
const CONSULTATION = ['insurerNumber', 'insuredNumber', 'consultationDate'] as const;

/**
 * The fields read per slot; the first three are the key. 第6表 実績 and the image have none: no unit check
 * reads them.
 */
export const EXTRACT_FIELDS: { readonly [S in Slot]: readonly string[] } = {
  plan1: PLAN,
  plan2: PLAN,
  plan3: PLAN,
  userSupplementPlan: PLAN,
  userSupplementUsage: MONTH,
  table6Plan: [...MONTH, 'serviceCode', 'providerCode'],
  table7: [...MONTH, 'serviceCode'],
  plan1Delete: PLAN,
  table6PlanDelete: ['insurerNumber', 'insuredNumber', 'deleteMonth'],
  table6Actual: [],
  table6ActualDelete: ['insurerNumber', 'insuredNumber', 'deleteMonth', 'providerCode', 'serviceTypeCode'],
  preventionBasicInfo: [...CONSULTATION, 'familyImageFileName'],
  preventionBasicInfoSub1: CONSULTATION,
  preventionBasicInfoSub2: CONSULTATION,
  preventionBasicInfoDelete: CONSULTATION,
  preventionPlan: PLAN,
  preventionPlanSub: PLAN,
  preventionPlanDelete: PLAN,
  familyImage: [],
};

const DELETE_SLOTS: ReadonlySet<Slot> = new Set([
  'plan1Delete',
  'table6PlanDelete',
  'table6ActualDelete',
  'preventionBasicInfoDelete',
  'preventionPlanDelete',
]);

/** Joins key values into one map key (the separator cannot occur in a sound key field). */
export function keyOf(a: string, b: string, c: string): string {
  return `${a}\u0000${b}\u0000${c}`;
}

function emptyKeys(columns: ReadonlyMap<string, number>, partial: boolean): FileKeys {
  return {
    partial,
    groups: new Map(),
    table6Types: new Map(),
    table7Types: new Map(),
    unsureTypes: new Set(),
    images: [],
    deletes: [],
    deleteCount: 0,
    columns,
  };
}

/** Feeds records one at a time into a {@link FileKeys}. */
class Collector {
  readonly keys: FileKeys;

  constructor(
    private readonly slot: Slot,
    columns: ReadonlyMap<string, number>,
    /** Most delete records kept (the rest are counted only). */
    private readonly maxDeletes: number,
  ) {
    this.keys = emptyKeys(columns, false);
  }

  /** The key and group of the previous record, while records of one key follow each other. */
  private lastKey: string | null = null;
  private lastGroup: KeyGroup | null = null;

  /**
   * Adds a record: `v` are its values, `bad[i]` tells that field i has an error. `keyChanged` and
   * `restChanged` tell whether the key fields and the other fields differ from the previous record's
   * (a reader that cannot tell passes true): a 第6表 line repeated day after day costs a count only.
   */
  add(v: readonly string[], bad: readonly boolean[] | null, at: RowRef, keyChanged = true, restChanged = true): void {
    const k = this.keys;
    const slot = this.slot;
    if (bad === null && !keyChanged && this.lastGroup !== null && this.lastKey !== null) {
      this.lastGroup.count++;
      if (slot === 'table7' || (slot === 'table6Plan' && restChanged)) this.serviceLine(this.lastKey, v, false, at);
      else if (slot === 'preventionBasicInfo' && v[3] !== undefined && v[3] !== '') k.images.push({ name: v[3], at });
      return;
    }
    this.lastKey = null;
    this.lastGroup = null;
    if (bad !== null && (bad[0] === true || bad[1] === true || bad[2] === true)) {
      k.partial = true;
      return;
    }
    if (DELETE_SLOTS.has(slot)) {
      if (bad?.some((b) => b)) k.partial = true;
      else if (k.deleteCount++ < this.maxDeletes) k.deletes.push({ values: v.slice(), at });
      return;
    }
    const key = keyOf(v[0] ?? '', v[1] ?? '', v[2] ?? '');
    let group = k.groups.get(key);
    if (group === undefined) k.groups.set(key, (group = { at, count: 1 }));
    else group.count++;
    switch (slot) {
      case 'table6Plan':
      case 'table7':
        this.serviceLine(key, v, bad?.[3] === true, at);
        break;
      case 'preventionBasicInfo':
        if (bad?.[3] === true) k.partial = true;
        else if (v[3] !== undefined && v[3] !== '') k.images.push({ name: v[3], at });
        break;
      default:
        break;
    }
    if (bad === null) {
      this.lastKey = key;
      this.lastGroup = group;
    }
  }

  private serviceLine(key: string, v: readonly string[], badCode: boolean, at: RowRef): void {
    const k = this.keys;
    const code = v[3] ?? '';
    if (badCode || code.length !== 6) {
      k.unsureTypes.add(key);
      return;
    }
    const type = code.slice(0, 2);
    if (this.slot === 'table6Plan') {
      let types = k.table6Types.get(key);
      if (types === undefined) k.table6Types.set(key, (types = new Map()));
      let t = types.get(type);
      if (t === undefined) types.set(type, (t = { at, lines: new Set() }));
      t.lines.add(`${v[4] ?? ''}\u0000${code}`);
      return;
    }
    const rowKind = table7RowKind(code);
    if (rowKind === 'total') return;
    let types = k.table7Types.get(key);
    if (types === undefined) k.table7Types.set(key, (types = new Map()));
    let t = types.get(type);
    if (t === undefined) types.set(type, (t = { at, normal: 0, subtotal: false }));
    if (rowKind === 'normal') t.normal++;
    else if (!code.endsWith('ZZZZ')) t.subtotal = true;
  }
}

/** Whether the bytes `b[s, e)` equal the bytes `b[ps, pe)`. */
function sameBytes(b: Uint8Array, s: number, e: number, ps: number, pe: number): boolean {
  if (e - s !== pe - ps) return false;
  for (let i = 0; i < e - s; i++) if (b[s + i] !== b[ps + i]) return false;
  return true;
}

/** Per layout, the CSV index of each field read (-1 when the version lacks it). */
const indexCache = new WeakMap<Layout, Map<Slot, Int32Array>>();

function fieldIndexes(layout: Layout, slot: Slot): Int32Array {
  let bySlot = indexCache.get(layout);
  if (bySlot === undefined) indexCache.set(layout, (bySlot = new Map()));
  let idx = bySlot.get(slot);
  if (idx === undefined) {
    idx = Int32Array.from(EXTRACT_FIELDS[slot], (key) => layout.fields.findIndex((f) => f.key === key));
    bySlot.set(slot, idx);
  }
  return idx;
}

function columnsOf(layout: Layout, slot: Slot): Map<string, number> {
  const columns = new Map<string, number>();
  const idx = fieldIndexes(layout, slot);
  EXTRACT_FIELDS[slot].forEach((key, i) => {
    const at = idx[i] ?? -1;
    if (at >= 0) columns.set(key, at + 1);
  });
  return columns;
}

/**
 * Issues after which the records read are not all the records the sender wrote (a result cut short by a
 * read limit is incomplete too; a record dropped unread is told by the reader).
 */
const INCOMPLETE = new Set(['encoding.utf8', 'encoding.utf16', 'file.unknownKind', 'file.unknownVersion', 'file.empty']);

function incomplete(result: ValidateResult): boolean {
  if (result.version === null || result.recordCount === 0 || result.truncated === true) return true;
  if (result.errorCount === 0) return false;
  return result.issues.some((i) => INCOMPLETE.has(i.code) || i.code === 'csv.unterminatedQuote');
}

/** A layout of `kind` with `count` columns (a row whose count is not that of its version's layout). */
function layoutByCount(kind: Kind, count: number): Layout | undefined {
  for (const v of kindVersions(kind)) {
    const l = getLayout(kind, v);
    if (l.fields.length === count) return l;
  }
  return undefined;
}

/**
 * Reads the fields the unit checks need from a file while `validate` reads it: an observer of the reader
 * (see `RowObserver`), so the bytes are read once. It sees the records as the reader checked them (a
 * skipped header is none), with their layout, line and errors; {@link finish} gives the keys.
 */
export class KeyObserver implements RowObserver {
  private readonly fields: readonly string[];
  private readonly collector: Collector;
  private readonly columns = new Map<string, number>();
  private readonly values: string[];
  /** Where each value was read last (-1: not yet): a field whose bytes did not change is not decoded again. */
  private readonly prevStart: Int32Array;
  private readonly prevEnd: Int32Array;
  private readonly prevFlags: Uint8Array;
  private droppedAny = false;

  constructor(
    private readonly kind: Kind,
    private readonly slot: Slot,
    maxDeletes: number,
  ) {
    this.fields = EXTRACT_FIELDS[slot];
    this.collector = new Collector(slot, this.columns, maxDeletes);
    const n = this.fields.length;
    this.values = this.fields.map(() => '');
    this.prevStart = new Int32Array(n).fill(-1);
    this.prevEnd = new Int32Array(n);
    this.prevFlags = new Uint8Array(n);
  }

  dropped(): void {
    this.droppedAny = true;
  }

  newBuffer(): void {
    this.prevStart.fill(-1);
  }

  row(r: CheckedRow): void {
    const n = this.fields.length;
    if (n === 0) return;
    const row = r.view;
    const layout = row.count === r.layout.fields.length ? r.layout : layoutByCount(this.kind, row.count);
    const prevStart = this.prevStart;
    if (layout === undefined) {
      this.collector.keys.partial = true;
      prevStart.fill(-1);
      return;
    }
    const idx = fieldIndexes(layout, this.slot);
    const bytes = row.bytes;
    const values = this.values;
    let keyChanged = false;
    let restChanged = false;
    for (let i = 0; i < n; i++) {
      const at = idx[i] as number;
      let changed: boolean;
      if (at < 0) {
        changed = prevStart[i] === -1;
        values[i] = '';
        prevStart[i] = 0;
        this.prevEnd[i] = 0;
      } else {
        const s = row.start[at] as number;
        const e = row.end[at] as number;
        const f = (row.flags[at] as number) & FIELD_ESCAPED_QUOTES;
        changed = prevStart[i] === -1 || f !== this.prevFlags[i] || !sameBytes(bytes, s, e, prevStart[i] as number, this.prevEnd[i] as number);
        if (changed) values[i] = fieldText(row, at);
        prevStart[i] = s;
        this.prevEnd[i] = e;
        this.prevFlags[i] = f;
      }
      if (changed) {
        if (i < 3) keyChanged = true;
        else restChanged = true;
      }
    }
    const bad = r.issues.errorCount > r.errorsBefore ? this.badFields(r) : null;
    this.collector.add(values, bad, { line: r.line, record: r.record }, keyChanged, restChanged);
  }

  /**
   * Per field read, whether the row has an error in it (warnings, such as an unused column or an
   * out-of-scope type, do not make a value unsure); null when none has.
   */
  private badFields(r: CheckedRow): boolean[] | null {
    const issues = r.issues.issues;
    let bad: boolean[] | null = null;
    for (let k = r.issuesFrom; k < issues.length; k++) {
      const i = issues[k] as Issue;
      if (i.severity !== 'error' || i.record !== r.record || i.field === null) continue;
      const at = this.fields.indexOf(i.field);
      if (at < 0) continue;
      bad ??= this.fields.map(() => false);
      bad[at] = true;
    }
    return bad;
  }

  /** The keys, given the file's result (of the same reading). */
  finish(result: ValidateResult): FileKeys {
    const fields = this.fields;
    if (fields.length === 0 || result.kind !== this.kind || this.droppedAny || incomplete(result)) {
      return emptyKeys(new Map(), fields.length > 0);
    }
    for (const [key, column] of columnsOf(getLayout(this.kind, result.version ?? '202407'), this.slot)) this.columns.set(key, column);
    return this.collector.keys;
  }
}

/**
 * Records with an error in a field read here: record number → per field whether it is bad. Warnings
 * (an unused column, an out-of-scope type) do not make a value unsure.
 */
function badFields(result: ValidateResult, fields: readonly string[]): Map<number, boolean[]> | null {
  if (result.errorCount === 0) return null;
  let bad: Map<number, boolean[]> | null = null;
  for (const i of result.issues) {
    if (i.severity !== 'error' || i.record === null || i.field === null) continue;
    const at = fields.indexOf(i.field);
    if (at < 0) continue;
    bad ??= new Map();
    let row = bad.get(i.record);
    if (row === undefined) bad.set(i.record, (row = fields.map(() => false)));
    row[at] = true;
  }
  return bad;
}

/** The same from the records of a `parse` result (lines unknown). */
export function keysFromRecords(
  records: readonly Record<string, unknown>[] | undefined,
  kind: Kind,
  slot: Slot,
  result: ValidateResult,
  maxDeletes: number,
): FileKeys {
  const fields = EXTRACT_FIELDS[slot];
  if (fields.length === 0 || records === undefined || result.kind !== kind || incomplete(result)) {
    return emptyKeys(new Map(), fields.length > 0);
  }
  const collector = new Collector(slot, columnsOf(getLayout(kind, result.version ?? '202407'), slot), maxDeletes);
  const bad = badFields(result, fields);
  records.forEach((r, i) => {
    const values = fields.map((f) => {
      const v = r[f];
      return typeof v === 'string' ? v : '';
    });
    collector.add(values, bad?.get(i + 1) ?? null, { line: null, record: i + 1 });
  });
  if (records.length !== result.recordCount) collector.keys.partial = true;
  return collector.keys;
}

/** The keys of a file that gives nothing to read (an image, a 実績 file, an unreadable file). */
export function noKeys(partial: boolean): FileKeys {
  return emptyKeys(new Map(), partial);
}
