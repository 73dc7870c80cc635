import { misuse } from '../errors.js';
import { normalizeReconcileOptions } from '../options.js';
import type { FieldDef } from '../schemas/field.js';
import { TABLE6_FIELDS } from '../schemas/layouts/table6Plan.js';
import type {
  Difference,
  ExcludedProvider,
  FieldChange,
  PairedBy,
  ReconcileInput,
  ReconcileOptions,
  ReconcileResult,
  ReconcileScope,
  ReconcileSide,
  RowRef,
  Table6FieldKey,
  UserMonthKey,
  UserMonthSummary,
} from './types.js';

/** The columns that separate user-months: 保険者番号, 被保険者番号, 対象年月. */
export const USER_MONTH_FIELDS = ['insurerNumber', 'insuredNumber', 'targetMonth'] as const satisfies readonly Table6FieldKey[];

/**
 * The columns that identify a service line within a user-month (the first matching pass): サービス事業者コード,
 * サテライト枝番, サービスコード, サービス利用日, サービス開始時刻, サービス終了時刻, 明細判別コード.
 */
export const MATCH_FIELDS = [
  'serviceDate',
  'startTime',
  'endTime',
  'serviceCode',
  'detailCode',
  'providerCode',
  'satelliteBranch',
] as const satisfies readonly Table6FieldKey[];

/**
 * The columns compared within a matched pair by default: 単位数, 前月までの短期入所利用日数, 日割対象日, times,
 * サービス回数, サービスコード, TAISコード, 福祉用具届出コード, 明細判別コード, ３０日超区分 (provider,
 * サテライト枝番 and サービス利用日 are equal in every pair). Left out: CSVバージョン, 作成年月日 and
 * 更新業者コード (they differ between 予定 and 実績 by design), プラン担当業者コード, the free-text names
 * (spelling varies; personal), 識別子 (unused).
 */
export const DEFAULT_COMPARED_FIELDS = [
  'units',
  'shortStayDaysBeforeMonth',
  'proRataDays',
  'startTime',
  'endTime',
  'serviceCount',
  'serviceCode',
  'taisCode',
  'welfareEquipmentCode',
  'detailCode',
  'over30Days',
] as const satisfies readonly Table6FieldKey[];

const FIELDS = new Map<string, FieldDef>(TABLE6_FIELDS.map((f) => [f.key, f]));
const ALL_KEYS = TABLE6_FIELDS.map((f) => f.key) as Table6FieldKey[];
/** Index of each column in {@link ALL_KEYS} (and in a row's value arrays). */
const IDX = Object.fromEntries(ALL_KEYS.map((k, i) => [k, i])) as { readonly [K in Table6FieldKey]: number };
const INTEGER_IDX = TABLE6_FIELDS.flatMap((f, i) => (f.type === 'integer' ? [i] : []));
const idx = (keys: readonly Table6FieldKey[]): number[] => keys.map((k) => IDX[k]);
const USER_IDX = idx(USER_MONTH_FIELDS);
const MATCH_IDX = idx(MATCH_FIELDS);
const SAME_DAY_IDX = idx(['providerCode', 'satelliteBranch', 'serviceCode', 'serviceDate']);
const SAME_START_IDX = idx(['providerCode', 'satelliteBranch', 'serviceDate', 'startTime']);
const SEP = '\u0000';
/** Above this many candidate pairs in one group, rows are paired in file order instead of by cost. */
const MAX_GROUP_PAIRS = 4096;

interface NormalizedOptions {
  readonly scope: ReconcileScope;
  readonly compare: readonly FieldDef[];
  /** Column indexes of {@link compare}. */
  readonly compareIdx: readonly number[];
  readonly includeValues: boolean;
}

/** Misuse of an argument of {@link reconcile}. */
function badArgument(message: string): never {
  misuse('ERR_CAREPLAN_ARGUMENT', 'reconcile', message);
}

function normalizeOptions(options: unknown): NormalizedOptions {
  const o = normalizeReconcileOptions(options);
  let compare: readonly FieldDef[] = fieldsOf(DEFAULT_COMPARED_FIELDS);
  if (o.compare !== null) {
    for (const k of o.compare) {
      if (!FIELDS.has(k) || (USER_MONTH_FIELDS as readonly string[]).includes(k)) {
        misuse('ERR_CAREPLAN_OPTION_VALUE', 'reconcile', `option "compare": ${k} is not a comparable 第6表 field key`);
      }
    }
    compare = fieldsOf(o.compare);
  }
  return withIdx(o.scope, compare, o.includeValues);
}

function withIdx(scope: ReconcileScope, compare: readonly FieldDef[], includeValues: boolean): NormalizedOptions {
  return { scope, compare, compareIdx: idx(compare.map((f) => f.key as Table6FieldKey)), includeValues };
}

/** Field definitions of `keys`, once each, in column order. */
function fieldsOf(keys: readonly string[]): FieldDef[] {
  const set = new Set(keys);
  return TABLE6_FIELDS.filter((f) => set.has(f.key));
}

/** One record of one side, with its values read once. */
interface Row {
  readonly record: number;
  readonly line: number | null;
  /** Raw values in column order (missing or non-string fields as ''). */
  readonly raw: readonly string[];
  /** Values as compared, in column order: integer columns without leading zeros. */
  readonly norm: readonly string[];
  /** The record has the 202208 layout (no TAISコード, 福祉用具届出コード, 用具名称). */
  readonly v3: boolean;
  readonly userMonth: string;
  paired: boolean;
}

function sideOf(side: unknown, name: string): { records: readonly unknown[]; lines: readonly unknown[] | null } {
  if (Array.isArray(side)) return { records: side, lines: null };
  if (side === null || typeof side !== 'object') badArgument(`${name} must be an array of records or { records, lines? }`);
  const s = side as Partial<Record<keyof ReconcileInput, unknown>>;
  if (!Array.isArray(s.records)) badArgument(`${name}.records must be an array`);
  if (s.kind !== undefined && s.kind !== null && s.kind !== 'table6Plan' && s.kind !== 'table6Actual') {
    misuse('ERR_CAREPLAN_KIND', 'reconcile', `${name} must be a 第6表 file (kind table6Plan or table6Actual), not ${String(s.kind)}`);
  }
  if (s.lines !== undefined) {
    if (!Array.isArray(s.lines) || s.lines.length !== s.records.length) badArgument(`${name}.lines must be an array with one line per record`);
    if (!s.lines.every((l) => typeof l === 'number')) badArgument(`${name}.lines must hold numbers`);
    return { records: s.records, lines: s.lines };
  }
  return { records: s.records, lines: null };
}

function readRows(side: unknown, name: string): Row[] {
  const { records, lines } = sideOf(side, name);
  return records.map((rec, i) => {
    if (rec === null || typeof rec !== 'object') badArgument(`${name} record ${i + 1} is not an object`);
    const r = rec as Record<string, unknown>;
    const raw = new Array<string>(ALL_KEYS.length);
    for (let c = 0; c < ALL_KEYS.length; c++) {
      const v = r[ALL_KEYS[c] as string];
      raw[c] = typeof v === 'string' ? v : '';
    }
    // Most values have no leading zero: share the raw array unless one needs normalizing.
    let norm = raw;
    for (const c of INTEGER_IDX) {
      const s = raw[c] as string;
      if (s.length > 1 && s.charCodeAt(0) === 0x30 && /^\d+$/.test(s)) {
        if (norm === raw) norm = raw.slice();
        norm[c] = s.replace(/^0+(?=\d)/, '');
      }
    }
    return {
      record: i + 1,
      line: lines === null ? null : (lines[i] as number),
      raw,
      norm,
      v3: raw[IDX.csvVersion] === '202208',
      userMonth: key(norm, USER_IDX),
      paired: false,
    };
  });
}

/** The values at `columns`, joined into one map key. */
function key(values: readonly string[], columns: readonly number[]): string {
  let k = values[columns[0] as number] as string;
  for (let i = 1; i < columns.length; i++) k += SEP + (values[columns[i] as number] as string);
  return k;
}
const v = (row: Row, k: Table6FieldKey): string => row.raw[IDX[k]] as string;
const n = (row: Row, k: Table6FieldKey): string => row.norm[IDX[k]] as string;
const serviceType = (row: Row): string => n(row, 'serviceCode').slice(0, 2);
const scopeKey = (row: Row): string => n(row, 'targetMonth') + SEP + n(row, 'providerCode') + SEP + serviceType(row);

/** Minutes since midnight of an HHMM time; null for 9999, empty or malformed values. */
function minutes(t: string): number | null {
  if (!/^\d{4}$/.test(t) || t === '9999') return null;
  return Number(t.slice(0, 2)) * 60 + Number(t.slice(2));
}

function timeGap(a: string, b: string): number {
  const x = minutes(a);
  const y = minutes(b);
  if (x === null && y === null) return a === b ? 0 : 1;
  if (x === null || y === null) return 24 * 60;
  return Math.abs(x - y);
}

/** The compared columns that differ between a plan row and an actual row. */
function changedFields(p: Row, a: Row, o: NormalizedOptions): FieldChange[] {
  const out: FieldChange[] = [];
  o.compare.forEach((f, i) => {
    const c = o.compareIdx[i] as number;
    // A column the 202208 layout lacks is only compared between two 202407 records.
    if (f.addedIn !== undefined && (p.v3 || a.v3)) return;
    if (p.norm[c] === a.norm[c]) return;
    const show = o.includeValues || f.type !== 'freeText';
    out.push({
      field: f.key as Table6FieldKey,
      fieldJa: f.nameJa,
      column: f.no,
      ...(show ? { plan: p.raw[c] as string, actual: a.raw[c] as string } : {}),
    });
  });
  return out;
}

function rowRef(r: Row): RowRef {
  return {
    record: r.record,
    line: r.line,
    providerCode: v(r, 'providerCode'),
    satelliteBranch: v(r, 'satelliteBranch'),
    serviceCode: v(r, 'serviceCode'),
    serviceDate: v(r, 'serviceDate'),
    startTime: v(r, 'startTime'),
    endTime: v(r, 'endTime'),
    detailCode: v(r, 'detailCode'),
    serviceCount: v(r, 'serviceCount'),
    units: v(r, 'units'),
  };
}

/** Groups the still unpaired rows of both sides by a key, keeping file order. */
function groupLeftovers(plan: readonly Row[], actual: readonly Row[], keyOf: (r: Row) => string): Map<string, { plan: Row[]; actual: Row[] }> {
  const groups = new Map<string, { plan: Row[]; actual: Row[] }>();
  const add = (r: Row, side: 'plan' | 'actual') => {
    if (r.paired) return;
    const k = keyOf(r);
    let g = groups.get(k);
    if (g === undefined) groups.set(k, (g = { plan: [], actual: [] }));
    g[side].push(r);
  };
  for (const r of plan) add(r, 'plan');
  for (const r of actual) add(r, 'actual');
  return groups;
}

/**
 * Pairs the rows of one group greedily by lowest cost (ties: file order of the plan row, then of the
 * actual row). Very large groups (thousands of identical lines) are paired in file order.
 */
function pairByCost(plan: readonly Row[], actual: readonly Row[], cost: (p: Row, a: Row) => number): [Row, Row][] {
  const pairs: [Row, Row][] = [];
  if (plan.length === 0 || actual.length === 0) return pairs;
  if (plan.length * actual.length > MAX_GROUP_PAIRS) {
    for (let i = 0; i < Math.min(plan.length, actual.length); i++) pairs.push([plan[i] as Row, actual[i] as Row]);
    return pairs;
  }
  const candidates: { c: number; i: number; j: number }[] = [];
  plan.forEach((p, i) => {
    actual.forEach((a, j) => {
      candidates.push({ c: cost(p, a), i, j });
    });
  });
  candidates.sort((x, y) => x.c - y.c || x.i - y.i || x.j - y.j);
  const usedP = new Set<number>();
  const usedA = new Set<number>();
  for (const { i, j } of candidates) {
    if (usedP.has(i) || usedA.has(j)) continue;
    usedP.add(i);
    usedA.add(j);
    pairs.push([plan[i] as Row, actual[j] as Row]);
  }
  return pairs;
}

interface UserMonthState {
  readonly key: UserMonthKey;
  readonly plan: Row[];
  readonly actual: Row[];
  matched: number;
  missing: number;
  extra: number;
  changed: number;
}

/** Matches the rows of one user-month and appends its differences. */
function matchUserMonth(um: UserMonthState, index: number, o: NormalizedOptions, out: Difference[]): void {
  const pair = (p: Row, a: Row, by: PairedBy) => {
    p.paired = true;
    a.paired = true;
    const changes = changedFields(p, a, o);
    if (changes.length === 0) {
      um.matched++;
      return;
    }
    um.changed++;
    out.push({ type: 'changed', userMonth: index, user: um.key, plan: rowRef(p), actual: rowRef(a), changes, pairedBy: by });
  };
  // Pass 0: rows equal in the match key and every compared column pair up (several identical lines on a
  // day pair one to one, in file order).
  const identical = new Map<string, { rows: Row[]; next: number }>();
  const signature = (r: Row) => (o.compareIdx.length === 0 ? key(r.norm, MATCH_IDX) : key(r.norm, MATCH_IDX) + SEP + SEP + key(r.norm, o.compareIdx));
  for (const p of um.plan) {
    const k = signature(p);
    const q = identical.get(k);
    if (q === undefined) identical.set(k, { rows: [p], next: 0 });
    else q.rows.push(p);
  }
  for (const a of um.actual) {
    const q = identical.get(signature(a));
    const p = q?.rows[q.next];
    if (q === undefined || p === undefined) continue;
    q.next++;
    p.paired = true;
    a.paired = true;
    um.matched++;
  }
  const diffCount = (p: Row, a: Row) => changedFields(p, a, o).length;
  // Pass 1: the same match key, other columns differ: fewest differing columns first.
  for (const g of groupLeftovers(um.plan, um.actual, (r) => key(r.norm, MATCH_IDX)).values()) {
    for (const [p, a] of pairByCost(g.plan, g.actual, diffCount)) pair(p, a, 'key');
  }
  // Pass 2: the same provider, サービスコード and day at other times: the closest times first.
  for (const g of groupLeftovers(um.plan, um.actual, (r) => key(r.norm, SAME_DAY_IDX)).values()) {
    const cost = (p: Row, a: Row) =>
      (timeGap(n(p, 'startTime'), n(a, 'startTime')) + timeGap(n(p, 'endTime'), n(a, 'endTime'))) * 64 + diffCount(p, a);
    for (const [p, a] of pairByCost(g.plan, g.actual, cost)) pair(p, a, 'sameDay');
  }
  // Pass 3: another サービスコード of the same type at the same start, only when unambiguous.
  const sameStart = (r: Row) => key(r.norm, SAME_START_IDX) + SEP + serviceType(r);
  for (const g of groupLeftovers(um.plan, um.actual, sameStart).values()) {
    if (g.plan.length === 1 && g.actual.length === 1) pair(g.plan[0] as Row, g.actual[0] as Row, 'sameStart');
  }
  for (const p of um.plan) {
    if (p.paired) continue;
    um.missing++;
    out.push({ type: 'missing', userMonth: index, user: um.key, plan: rowRef(p), actual: null, changes: [], pairedBy: null });
  }
  for (const a of um.actual) {
    if (a.paired) continue;
    um.extra++;
    out.push({ type: 'extra', userMonth: index, user: um.key, plan: null, actual: rowRef(a), changes: [], pairedBy: null });
  }
}

const TYPE_ORDER = { missing: 0, changed: 1, extra: 2 } as const;

function compareDifferences(x: Difference, y: Difference): number {
  const a = (x.plan ?? x.actual) as RowRef;
  const b = (y.plan ?? y.actual) as RowRef;
  return (
    x.userMonth - y.userMonth ||
    cmp(a.serviceDate, b.serviceDate) ||
    cmp(a.startTime, b.startTime) ||
    cmp(a.providerCode, b.providerCode) ||
    cmp(a.satelliteBranch, b.satelliteBranch) ||
    cmp(a.serviceCode, b.serviceCode) ||
    TYPE_ORDER[x.type] - TYPE_ORDER[y.type] ||
    (x.plan?.record ?? 0) - (y.plan?.record ?? 0) ||
    (x.actual?.record ?? 0) - (y.actual?.record ?? 0)
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Compares 第6表 予定 (UPPLAN) with 実績 (UPJSK) and returns the differences as data: rows planned but not
 * delivered (`missing`), delivered but not planned (`extra`), and matched pairs whose columns differ
 * (`changed`, with each differing column by key, 項目名 and column No.), each with the record (and line)
 * of both sides.
 *
 * Rows are matched per user-month (保険者番号 + 被保険者番号 + 対象年月), never across. Within a user-month:
 * 1. rows equal in the match key ({@link MATCH_FIELDS}) and in every compared column pair up one to one
 *    (several identical lines on one day pair in file order);
 * 2. left-over rows with the same match key pair up, fewest differing columns first (`pairedBy: 'key'`);
 * 3. left-over rows with the same provider, サテライト枝番, サービスコード and サービス利用日 pair up, closest
 *    start and end times first: a visit moved from 10:00 to 10:30 is one `changed` pair, not a missing
 *    and an extra row (`sameDay`);
 * 4. a single left-over plan row and a single left-over actual row with the same provider, サテライト枝番,
 *    date, 開始時刻 and サービス種類 pair up when their サービスコード differ (`sameStart`), e.g. 身体介護1
 *    planned and 身体介護2 delivered because the visit ran longer; with more candidates nothing is guessed.
 * Whatever is left is `missing` (plan) or `extra` (actual). Integer columns compare by value (`01` = `1`);
 * the columns the 202208 layout lacks are compared only between two 202407 records.
 *
 * By default (`scope: 'actualProviders'`) only plan rows of the months, providers and service types present
 * in the actual side are compared: a UPJSK file holds one provider's 実績, so the plan's other providers are
 * counted in `excluded`, not reported as not delivered. Pass `scope: 'all'` when the actual side holds every
 * provider.
 *
 * No personal value appears unless `includeValues` is set: 被保険者番号 and free-text columns are left out;
 * codes, dates, times, counts and units are given. The function does not look at issues: check the parse
 * results first (see {@link matchingBlockers}). Only misuse of the API (not a record array, a non-第6表
 * kind, bad options) throws.
 *
 * @example
 * ```ts
 * const plan = parse(planBytes, { fileName: planName });
 * const actual = parse(actualBytes, { fileName: actualName });
 * const r = reconcile({ ...plan, lines: Array.from(plan.recordLines) }, { ...actual, lines: Array.from(actual.recordLines) });
 * for (const d of r.differences) console.log(d.type, d.plan?.line, d.actual?.line, d.changes.map((c) => c.fieldJa));
 * ```
 */
export function reconcile(plan: ReconcileSide, actual: ReconcileSide, options?: ReconcileOptions): ReconcileResult {
  const o = normalizeOptions(options);
  const planRows = readRows(plan, 'plan');
  const actualRows = readRows(actual, 'actual');
  // Scope: the months, providers and service types the actual side covers.
  const excluded = new Map<string, ExcludedProvider & { planRows: number }>();
  let compared = planRows;
  if (o.scope === 'actualProviders') {
    const covered = new Set(actualRows.map(scopeKey));
    compared = [];
    for (const r of planRows) {
      const k = scopeKey(r);
      if (covered.has(k)) {
        compared.push(r);
        continue;
      }
      const e = excluded.get(k);
      if (e !== undefined) e.planRows++;
      else {
        excluded.set(k, {
          targetMonth: v(r, 'targetMonth'),
          providerCode: v(r, 'providerCode'),
          serviceType: serviceType(r),
          planRows: 1,
        });
      }
    }
  }
  const userMonths = new Map<string, UserMonthState>();
  const stateOf = (r: Row): UserMonthState => {
    let s = userMonths.get(r.userMonth);
    if (s === undefined) {
      const k: UserMonthKey = {
        insurerNumber: v(r, 'insurerNumber'),
        targetMonth: v(r, 'targetMonth'),
        ...(o.includeValues ? { insuredNumber: v(r, 'insuredNumber') } : {}),
      };
      userMonths.set(r.userMonth, (s = { key: k, plan: [], actual: [], matched: 0, missing: 0, extra: 0, changed: 0 }));
    }
    return s;
  };
  for (const r of compared) stateOf(r).plan.push(r);
  for (const r of actualRows) stateOf(r).actual.push(r);
  const differences: Difference[] = [];
  [...userMonths.values()].forEach((um, i) => {
    matchUserMonth(um, i, o, differences);
  });
  differences.sort(compareDifferences);
  const months: UserMonthSummary[] = [...userMonths.values()].map((s) => ({
    ...s.key,
    planRows: s.plan.length,
    actualRows: s.actual.length,
    matched: s.matched,
    missing: s.missing,
    extra: s.extra,
    changed: s.changed,
  }));
  const sum = (f: (s: UserMonthSummary) => number) => months.reduce((n, s) => n + f(s), 0);
  return {
    same: differences.length === 0,
    scope: o.scope,
    compared: o.compare.map((f) => f.key as Table6FieldKey),
    differences,
    userMonths: months,
    excluded: [...excluded.values()],
    summary: {
      planRows: compared.length,
      actualRows: actualRows.length,
      matched: sum((s) => s.matched),
      missing: sum((s) => s.missing),
      extra: sum((s) => s.extra),
      changed: sum((s) => s.changed),
      excludedPlanRows: planRows.length - compared.length,
    },
  };
}
