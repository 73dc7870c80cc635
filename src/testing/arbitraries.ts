/**
 * fast-check arbitraries derived from the layout tables: valid field values, valid records and valid
 * whole files. Used by this project's property tests (and meant to become the public
 * `careplan-csv/testing` entry point once every layout is covered).
 *
 * @module
 */
import fc from 'fast-check';
import { FIELD_TYPE_TESTING } from '../field-types/testing.js';
import type { FieldDef } from '../schemas/field.js';
import { normalizeArbitraryOptions } from '../options.js';
import { getLayout, kindVersions, type CsvVersion, type RecordFor, type SupportedKind } from '../schemas/layouts.js';
import { PLAN2_ITEM_NO_KEYS, PREVENTION_PLAN_SUB_ITEM_NO_KEYS } from '../validate/rules/item-numbers.js';
import { isOutOfScopeServiceType } from '../validate/rules/scope.js';
import { TABLE7_ALL_NINES_PROVIDER, TABLE7_GRAND_TOTAL_CODE, table7RowKind } from '../validate/rules/table7.js';
import { SUPPLEMENT_NO_MONTH, SUPPLEMENT_NO_PLAN_DATE } from '../validate/rules/user-supplement.js';
import { dateInMonth, pad } from './values.js';

export { calendarDate, dateInMonth, freeText, ms932Char, ms932Characters } from './values.js';

/** A valid non-empty value of one column, ignoring record rules (its type unit's arbitrary). */
export function fieldValue(field: FieldDef, month: string): fc.Arbitrary<string> {
  return FIELD_TYPE_TESTING[field.type].valid(field, month);
}

/** Months to which each version applies (a valid file's version fits its month). */
function monthFor(version: CsvVersion): fc.Arbitrary<string> {
  const [from, to] = version === '202407' ? [2025 * 12 + 3, 2030 * 12 + 11] : [2023 * 12, 2025 * 12 + 2];
  return fc.integer({ min: from, max: to }).map((n) => `${Math.floor(n / 12)}${pad((n % 12) + 1, 2)}`);
}

export interface RecordOptions {
  readonly version: CsvVersion;
  /** 対象年月 of the file (YYYYMM). */
  readonly month: string;
}

/**
 * A valid record of `kind`: every column valid, optional columns sometimes empty, the record rules
 * kept (サービス利用日 in the month, a TAISコード or 福祉用具届出コード on 17/67 lines in 202407, service
 * types in the exchange scope, 2表 item numbers 1–99, 利用者補足情報 No.4 / No.63 consistent with
 * `options.month`, which may be `000000` there). A 第7表 record is a normal row (no subtotal or total).
 *
 * @throws CareplanUsageError when called (not when a value is drawn): an unknown kind, a version missing or
 *   one the kind has no layout in, a month that is not `YYYYMM` (`000000` for 利用者補足情報 only), an unknown option.
 */
export function validRecord<K extends SupportedKind>(kind: K, options: RecordOptions): fc.Arbitrary<RecordFor<K>> {
  const o = normalizeArbitraryOptions('validRecord', kind, options, ['version', 'month']);
  if (o.version === null) o.values.fail('version', 'is required');
  const month = o.values.get('month');
  const noMonth = kind === 'userSupplement' && month === SUPPLEMENT_NO_MONTH;
  if (typeof month !== 'string' || !(noMonth || /^[0-9]{4}(0[1-9]|1[0-2])$/.test(month))) {
    o.values.fail('month', `must be a month YYYYMM${kind === 'userSupplement' ? ' or 000000' : ''}`);
  }
  const layout = getLayout(kind, options.version);
  const missing = new Set(layout.missingFields);
  const inVersion = new Map(layout.fields.map((f) => [f.key, f]));
  const column = (model: FieldDef): fc.Arbitrary<string> => {
    // The column as the version defines it (202208 had a few shorter columns).
    const f = inVersion.get(model.key);
    if (f === undefined || missing.has(model)) return fc.constant('');
    let value = fieldValue(f, options.month);
    if (f.key === 'csvVersion') value = fc.constant(options.version);
    if (f.key === 'serviceDate') value = dateInMonth(options.month);
    // fieldValue may give '' for free text; a required column needs a value.
    return f.required === 'required' ? value.filter((v) => v !== '') : fc.oneof(fc.constant(''), value);
  };
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of layout.recordFields) {
    const g = f.group;
    if (g === undefined) shape[f.key] = column(f);
    else if (g.index === 0) {
      const item: Record<string, fc.Arbitrary<string>> = {};
      for (const m of layout.recordFields) if (m.group?.key === g.key && m.group.index === 0) item[m.group.member] = column(m);
      const slots = layout.groups.find((x) => x.key === g.key)?.slots ?? 0;
      // Slots fill from 1 upward: every generated item has a value (an all-empty item would be a gap).
      const filled = fc.record(item).filter((it) => Object.values(it).some((v) => v !== ''));
      shape[g.key] = fc.array(filled, { maxLength: slots });
    }
  }
  return fc.record(shape).map((r) => {
    const rec = { ...r } as Record<string, unknown>;
    const type = String(rec.serviceCode ?? '').slice(0, 2);
    if (options.version === '202407' && (type === '17' || type === '67') && rec.taisCode === '' && rec.welfareEquipmentCode === '') {
      rec.taisCode = '00001-000010';
    }
    RECORD_FIXES[kind]?.(rec, options);
    return rec as RecordFor<K>;
  });
}

/** A service type inside the exchange scope, for columns whose generated value is out of scope. */
const IN_SCOPE_TYPE = '11';

const inScope = (code: unknown): unknown =>
  typeof code === 'string' && isOutOfScopeServiceType(code.slice(0, 2)) ? IN_SCOPE_TYPE + code.slice(2) : code;

/** Item numbers are 1–99: a generated zero becomes 1. */
function itemNosFrom1(rec: Record<string, unknown>, keys: readonly string[]): void {
  for (const k of keys) if (typeof rec[k] === 'string' && /^0+$/.test(rec[k])) rec[k] = '1';
}

/** Per-kind fixes that make a generated record keep the record rules (src/validate/rules). */
const RECORD_FIXES: { readonly [K in SupportedKind]?: (rec: Record<string, unknown>, options: RecordOptions) => void } = {
  // No.63 000000 goes with a real No.4 date (the generated one), a month with No.4 00000000.
  userSupplement: (rec, o) => {
    if (o.month !== SUPPLEMENT_NO_MONTH) rec.planDate = SUPPLEMENT_NO_PLAN_DATE;
    const slots = rec.serviceTypeLimits as Record<string, unknown>[];
    rec.serviceTypeLimits = slots.map((slot) => ({ ...slot, serviceTypeCode: inScope(slot.serviceTypeCode) }));
  },
  table6ActualDelete: (rec) => {
    rec.serviceTypeCode = inScope(rec.serviceTypeCode);
  },
  plan2: (rec) => itemNosFrom1(rec, PLAN2_ITEM_NO_KEYS),
  // A generated row is a normal row: no subtotal code, no ALL9 provider (validRecords adds the totals).
  table7: (rec) => {
    const code = String(rec.serviceCode);
    if (table7RowKind(code) !== 'normal') rec.serviceCode = `${code.slice(0, 2)}0001`;
    if (rec.providerCode === TABLE7_ALL_NINES_PROVIDER) rec.providerCode = '1310000002';
  },
};

/** The plan key of 2表 / 介護予防 別表 rows plus their item numbers, as compared by the uniqueness rule. */
function itemKey(rec: Record<string, unknown>, keys: readonly string[]): string {
  const no = (v: unknown) => (typeof v === 'string' && /^\d+$/.test(v) ? String(Number(v)) : String(v));
  return [rec.insurerNumber, rec.insuredNumber, rec.planDate, ...keys.map((k) => no(rec[k]))].join('\u0000');
}

/** Copies of the records where repeated (plan, NO…) combinations get the first free last NO 1–99. */
function uniqueItemNos(records: readonly Record<string, unknown>[], keys: readonly string[]): Record<string, unknown>[] {
  const seen = new Set<string>();
  const last = keys[keys.length - 1] as string;
  return records.map((r) => {
    const rec = { ...r };
    for (let n = 1; seen.has(itemKey(rec, keys)) && n <= 99; n++) rec[last] = String(n);
    seen.add(itemKey(rec, keys));
    return rec;
  });
}

/**
 * 第7表: per user (保険者番号 + 被保険者番号) a `{種類}AAAA` subtotal row for each service type with several
 * rows and one grand-total row 999999 / 9999999999, appended after the generated rows. Subtotal and total
 * rows have 単位数 0 and empty 割引後率 / 割引後単位数.
 */
function withTable7Totals(records: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  const users = new Map<string, Record<string, unknown>[]>();
  for (const r of records) {
    const key = `${String(r.insurerNumber)}\u0000${String(r.insuredNumber)}`;
    const rows = users.get(key);
    if (rows === undefined) users.set(key, [r]);
    else rows.push(r);
  }
  const special = (from: Record<string, unknown>, serviceCode: string) => ({
    ...from,
    serviceCode,
    units: '0',
    discountRate: '',
    discountedUnits: '',
  });
  const out = [...records];
  for (const rows of users.values()) {
    const byType = new Map<string, Record<string, unknown>[]>();
    for (const r of rows) {
      const t = String(r.serviceCode).slice(0, 2);
      byType.set(t, [...(byType.get(t) ?? []), r]);
    }
    for (const [type, same] of byType) if (same.length > 1) out.push(special(same[0] as Record<string, unknown>, `${type}AAAA`));
    out.push({ ...special(rows[0] as Record<string, unknown>, TABLE7_GRAND_TOTAL_CODE), providerCode: TABLE7_ALL_NINES_PROVIDER });
  }
  return out;
}

/**
 * Key columns that half of the generated sets share across all records (one user or one plan per file),
 * so that the file rules (totals per user, unique item numbers per plan) meet more than one row.
 */
const SHARED_KEY: { readonly [K in SupportedKind]?: readonly string[] } = {
  table7: ['insurerNumber', 'insuredNumber'],
  plan2: ['insurerNumber', 'insuredNumber', 'planDate'],
  preventionPlanSub: ['insurerNumber', 'insuredNumber', 'planDate'],
};

/** Per-kind steps that make a generated record set keep the file rules. */
const FILE_FIXES: { readonly [K in SupportedKind]?: (records: readonly Record<string, unknown>[]) => Record<string, unknown>[] } = {
  plan2: (records) => uniqueItemNos(records, PLAN2_ITEM_NO_KEYS),
  preventionPlanSub: (records) => uniqueItemNos(records, PREVENTION_PLAN_SUB_ITEM_NO_KEYS),
  table7: withTable7Totals,
};

/**
 * A valid set of records for one file: one version, one month, 1–`maxRecords` generated records, and the
 * file rules kept (unique item numbers; for 第7表 the subtotal and grand-total rows are added after the
 * generated ones, so such a set can be longer). For 利用者補足情報 the month is sometimes `000000` (the
 * set sent with the plan tables).
 *
 * @throws CareplanUsageError when called (not when a value is drawn): an unknown kind, a version that is
 *   none or that the kind has no layout in, `maxRecords` below 1, an unknown option.
 */
export function validRecords<K extends SupportedKind>(
  kind: K,
  options: { readonly version?: CsvVersion; readonly maxRecords?: number } = {},
): fc.Arbitrary<{ version: CsvVersion; month: string; records: RecordFor<K>[] }> {
  const o = normalizeArbitraryOptions('validRecords', kind, options, ['version', 'maxRecords']);
  const version = o.version === null ? fc.constantFrom<CsvVersion>(...kindVersions(kind)) : fc.constant(o.version);
  const fix = FILE_FIXES[kind];
  const shared = SHARED_KEY[kind];
  return version.chain((v) =>
    (kind === 'userSupplement' ? fc.oneof(monthFor(v), fc.constant(SUPPLEMENT_NO_MONTH)) : monthFor(v)).chain((month) =>
      fc
        .tuple(fc.array(validRecord(kind, { version: v, month }), { minLength: 1, maxLength: o.maxRecords ?? 12 }), fc.boolean())
        .map(([generated, oneUser]) => {
          let records = generated as Record<string, unknown>[];
          const first = records[0];
          if (oneUser && shared !== undefined && first !== undefined) {
            records = records.map((r) => ({ ...r, ...Object.fromEntries(shared.map((k) => [k, first[k]])) }));
          }
          return { version: v, month, records: (fix === undefined ? records : fix(records)) as RecordFor<K>[] };
        }),
    ),
  );
}
