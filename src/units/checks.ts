/**
 * The checks of one send unit: combination, duplicates, master files, links by key, 第6表 ↔ 第7表,
 * family images; and what its delete files withdraw. Internal to src/units.
 */
import { baseName, parseFileName } from '../filename/parse.js';
import type { FileNameParts } from '../filename/types.js';
import type { IssueCode } from '../issues/codes.js';
import type { Locale } from '../issues/locales/index.js';
import type { SeverityTable } from '../issues/profiles.js';
import { renderMessage } from '../issues/render.js';
import type { IssueParamsMap } from '../issues/params.js';
import { getLayout, isSupportedKind } from '../schemas/layouts.js';
import { LINKS, masterOf, matchCombination, prefixOfSlot, SLOT_ORDER, type CombinationDef, type LinkDef, type Slot } from './combinations.js';
import type { FileKeys, KeyGroup, RowRef } from './keys.js';
import type { RelatedLocation, UnitFile, UnitIssue, UnitMemberKind, Withdrawal } from './types.js';

/** A file of a unit with what the checks know of it. */
export interface UnitEntry {
  readonly file: UnitFile;
  readonly parts: FileNameParts;
  /** The id of its unit (the segments its name shares with the unit's other files). */
  readonly unit: string;
  readonly slot: Slot;
  readonly keys: FileKeys;
  /** Position in the input, to keep equal files in input order. */
  readonly order: number;
}

/** What the checks can ask about the other units of the same input. */
export interface UnitContext {
  readonly locale: Locale;
  /** The severity of each code (profile and overrides). */
  readonly severities: SeverityTable;
  readonly checkImages: boolean;
  /** Report files a unit lacks: always, never, or for units of two files or more ('auto'). */
  readonly checkMembers: boolean | 'auto';
  /** Whether withdrawals carry their keys' values (personal data). */
  readonly includeValues: boolean;
  /** Most withdrawals listed. */
  readonly maxWithdrawals: number;
  /** A file of `slot` with the same ファイル連番 in another unit (sender or receiver differ), if any. */
  elsewhere(serial: string, slot: Slot, unitId: string): UnitEntry | null;
  /** A file of the whole input by its base name (images are looked up so), if any. */
  byName(baseName: string): UnitEntry | null;
}

/** Collects the issues of one unit. */
class Found {
  readonly issues: UnitIssue[] = [];
  errors = 0;
  warnings = 0;

  constructor(
    private readonly locale: Locale,
    private readonly severities: SeverityTable,
  ) {}

  add<C extends IssueCode>(
    code: C,
    file: string | null,
    at: RowRef | null,
    params: IssueParamsMap[C],
    related: RelatedLocation | null,
    field: { readonly key: string; readonly column: number | null; readonly fieldJa: string | null } | null = null,
  ): void {
    const severity = this.severities[code];
    if (severity === 'off') return;
    if (severity === 'error') this.errors++;
    else if (severity === 'warning') this.warnings++;
    this.issues.push({
      code,
      severity,
      message: renderMessage(code, params, this.locale),
      file,
      line: at?.line ?? null,
      record: at?.record ?? null,
      column: field?.column ?? null,
      field: field?.key ?? null,
      fieldJa: field?.fieldJa ?? null,
      byteOffset: null,
      params,
      related,
    } as UnitIssue);
  }
}

function relatedTo(entry: UnitEntry, at: RowRef | null): RelatedLocation {
  return { file: entry.file.file, line: at?.line ?? null, record: at?.record ?? null };
}

/** The field of an issue about a column read by the unit checks, in the entry's version. */
function fieldOf(entry: UnitEntry, key: string): { key: string; column: number | null; fieldJa: string | null } {
  const column = entry.keys.columns.get(key) ?? null;
  const kind = entry.file.result.kind;
  const version = entry.file.result.version;
  const fieldJa =
    kind !== null && isSupportedKind(kind) && version !== null && column !== null
      ? (getLayout(kind, version).fields[column - 1]?.nameJa ?? null)
      : null;
  return { key, column, fieldJa };
}

const slotRank = (s: Slot): number => SLOT_ORDER.indexOf(s);

/** Sorts a unit's entries: masters before dependants, then month, then input order. */
export function sortEntries(entries: UnitEntry[]): UnitEntry[] {
  return entries.sort(
    (a, b) =>
      slotRank(a.slot) - slotRank(b.slot) ||
      (a.file.month ?? '').localeCompare(b.file.month ?? '') ||
      (a.parts.branch ?? '').localeCompare(b.parts.branch ?? '') ||
      a.order - b.order,
  );
}

/** What each delete kind withdraws, with the cascade the spec states (§2.3, §3.3). */
export const DELETE_RULES: {
  readonly [K in Withdrawal['kind']]: { readonly withdraws: Withdrawal['withdraws']; readonly cascade: readonly UnitMemberKind[] };
} = {
  plan1Delete: { withdraws: 'plan1', cascade: ['plan2', 'plan3'] },
  table6PlanDelete: { withdraws: 'table6Plan', cascade: ['table7'] },
  table6ActualDelete: { withdraws: 'table6Actual', cascade: [] },
  preventionBasicInfoDelete: {
    withdraws: 'preventionBasicInfo',
    cascade: ['preventionBasicInfoSub1', 'preventionBasicInfoSub2', 'familyImage'],
  },
  preventionPlanDelete: { withdraws: 'preventionPlan', cascade: ['preventionPlanSub'] },
};

/** Whether a slot is a delete file's. */
export function isDeleteSlot(slot: Slot): slot is Withdrawal['kind'] {
  return Object.hasOwn(DELETE_RULES, slot);
}

/**
 * The withdrawals of a unit's delete files, file by file, record by record: at most `maxWithdrawals`
 * (then one `limit.withdrawals` warning, at the first file not listed in full, gives the total), and the
 * key's values only with `includeValues` (the month always).
 */
function withdrawalsOf(entries: readonly UnitEntry[], ctx: UnitContext, found: Found): Withdrawal[] {
  const out: Withdrawal[] = [];
  const withValues = ctx.includeValues;
  let total = 0;
  let cut: UnitEntry | null = null;
  for (const e of entries) {
    const kind = e.slot;
    if (!isDeleteSlot(kind)) continue;
    total += e.keys.deleteCount;
    const rule = DELETE_RULES[kind];
    for (const row of e.keys.deletes) {
      if (out.length >= ctx.maxWithdrawals) break;
      const v = row.values;
      const third = v[2] ?? '';
      const month = kind === 'table6PlanDelete' || kind === 'table6ActualDelete' ? third : null;
      out.push({
        kind,
        withdraws: rule.withdraws,
        cascade: rule.cascade,
        key: withValues
          ? {
              insurerNumber: v[0] ?? '',
              insuredNumber: v[1] ?? '',
              planDate: kind === 'plan1Delete' || kind === 'preventionPlanDelete' ? third : null,
              consultationDate: kind === 'preventionBasicInfoDelete' ? third : null,
              month,
              providerCode: kind === 'table6ActualDelete' ? (v[3] ?? '') : null,
              serviceTypeCode: kind === 'table6ActualDelete' ? (v[4] ?? '') : null,
            }
          : { ...NO_KEY, month },
        file: e.file.file,
        line: row.at.line,
        record: row.at.record,
      });
    }
    if (cut === null && total > out.length) cut = e;
  }
  if (cut !== null) {
    found.add('limit.withdrawals', cut.file.file, null, { expected: ctx.maxWithdrawals, actual: total }, null);
  }
  return out;
}

/** A withdrawal key without its values. */
const NO_KEY = {
  insurerNumber: null,
  insuredNumber: null,
  planDate: null,
  consultationDate: null,
  month: null,
  providerCode: null,
  serviceTypeCode: null,
} as const;

/** The result of checking one unit. */
export interface UnitFindings {
  readonly combination: CombinationDef | null;
  readonly issues: UnitIssue[];
  readonly errors: number;
  readonly warnings: number;
  readonly withdrawals: Withdrawal[];
}

/** Checks one unit (its entries sorted by {@link sortEntries}). */
export function checkUnit(unitId: string, entries: readonly UnitEntry[], ctx: UnitContext): UnitFindings {
  const found = new Found(ctx.locale, ctx.severities);
  const bySlot = new Map<Slot, UnitEntry[]>();
  for (const e of entries) {
    const list = bySlot.get(e.slot);
    if (list === undefined) bySlot.set(e.slot, [e]);
    else list.push(e);
  }
  const first = entries[0];
  const serial = first?.parts.serial ?? '';

  // The combination of kinds.
  const combination = matchCombination(new Set(bySlot.keys()));
  if (combination === null) {
    found.add('unit.combination', null, null, { detail: [...bySlot.keys()].map((s) => prefixOfSlot(s)).join(' + ') }, null);
  }

  // Two files of one kind (and month, and image branch) in one unit.
  const seen = new Map<string, UnitEntry>();
  for (const e of entries) {
    const id = `${e.slot}\u0000${e.file.month ?? ''}\u0000${e.parts.branch ?? ''}`;
    const before = seen.get(id);
    if (before === undefined) seen.set(id, e);
    else found.add('unit.duplicateFile', e.file.file, null, { detail: prefixOfSlot(e.slot, e.file.month) }, relatedTo(before, null));
  }

  // Files the unit lacks are reported when the files given are meant as a whole send (see `checkMembers`).
  const members = ctx.checkMembers === 'auto' ? entries.length >= 2 : ctx.checkMembers;

  // Dependants without their master file.
  for (const e of entries) {
    const master = masterOf(e.slot);
    if (master === null || bySlot.has(master)) continue;
    const other = ctx.elsewhere(serial, master, unitId);
    // A master given under other segments is worth saying even of a single file (`auto`).
    if (!members && (ctx.checkMembers === false || other === null)) continue;
    found.add(
      'unit.masterFileMissing',
      e.file.file,
      null,
      other === null
        ? { expected: prefixOfSlot(master), actual: prefixOfSlot(e.slot, e.file.month) }
        : { expected: prefixOfSlot(master), actual: prefixOfSlot(e.slot, e.file.month), detail: 'otherUnit' },
      other === null ? null : relatedTo(other, null),
    );
  }

  // Files the unit's combination lists, when their master is there (a 3表 only from 第4.0版 on).
  if (combination !== null && members) {
    const style = first?.parts.style ?? 'v4';
    for (const slot of combination.expected) {
      if (bySlot.has(slot) || (slot === 'plan3' && style === 'v3')) continue;
      const master = masterOf(slot);
      if (master === null) continue; // a missing master is reported by its dependants
      const masterEntry = bySlot.get(master)?.[0];
      if (masterEntry === undefined) continue;
      found.add(
        'unit.memberMissing',
        masterEntry.file.file,
        null,
        { expected: prefixOfSlot(slot, masterEntry.file.month), actual: prefixOfSlot(master) },
        null,
      );
    }
  }

  for (const link of LINKS) {
    const masters = bySlot.get(link.master);
    const dependants = bySlot.get(link.dependant);
    if (masters !== undefined && dependants !== undefined) checkLink(link, masters, dependants, found);
  }
  const t6 = bySlot.get('table6Plan');
  const t7 = bySlot.get('table7');
  if (t6 !== undefined && t7 !== undefined) checkTable6And7(t6, t7, found);
  const basics = bySlot.get('preventionBasicInfo');
  if (basics !== undefined) checkImages(basics, bySlot.get('familyImage') ?? [], found, ctx);

  const withdrawals = withdrawalsOf(entries, ctx, found);
  return { combination, issues: found.issues, errors: found.errors, warnings: found.warnings, withdrawals };
}

/** Merges the key groups of several files of one slot: key → [entry, group] of its first file. */
function keyIndex(entries: readonly UnitEntry[]): Map<string, [UnitEntry, KeyGroup]> {
  const index = new Map<string, [UnitEntry, KeyGroup]>();
  for (const e of entries) {
    for (const [key, g] of e.keys.groups) if (!index.has(key)) index.set(key, [e, g]);
  }
  return index;
}

/**
 * A link by key: every key of a dependant must be a master's (`link.masterMissing`, an error: the
 * receiver cannot attach the records), and every master's key should have dependant records
 * (`link.dependantMissing`, a warning). A side that is `partial` proves no absence and is skipped.
 */
function checkLink(link: LinkDef, masters: readonly UnitEntry[], dependants: readonly UnitEntry[], found: Found): void {
  const masterKeys = keyIndex(masters);
  const dependantKeys = keyIndex(dependants);
  const firstMaster = masters[0] as UnitEntry;
  const firstDependant = dependants[0] as UnitEntry;
  const keyField = link.key[2];
  if (!masters.some((m) => m.keys.partial)) {
    for (const d of dependants) {
      for (const [key, g] of d.keys.groups) {
        if (masterKeys.has(key)) continue;
        found.add(
          'link.masterMissing',
          d.file.file,
          g.at,
          { expected: prefixOfSlot(link.master), actual: g.count, detail: keyField },
          relatedTo(firstMaster, null),
        );
      }
    }
  }
  if (!dependants.some((d) => d.keys.partial)) {
    for (const m of masters) {
      for (const [key, g] of m.keys.groups) {
        if (dependantKeys.has(key) || masterKeys.get(key)?.[0] !== m) continue;
        found.add(
          'link.dependantMissing',
          m.file.file,
          g.at,
          { expected: prefixOfSlot(link.dependant, m.file.month), detail: keyField },
          relatedTo(firstDependant, null),
        );
      }
    }
  }
}

/**
 * 第6表 ↔ 第7表 per user-month present in both: the service types of the 第6表 lines have 第7表 rows and
 * the other way round, and a type with several distinct 第6表 lines (provider + サービスコード) has a
 * subtotal row in 第7表 (a warning, as `file.subtotalMissing`, which already covers a 第7表 with several
 * rows of the type). The grand total of each user is checked by the 第7表 file rule.
 */
function checkTable6And7(t6: readonly UnitEntry[], t7: readonly UnitEntry[], found: Found): void {
  for (const e6 of t6) {
    for (const [key, types6] of e6.keys.table6Types) {
      if (e6.keys.unsureTypes.has(key)) continue;
      const e7 = t7.find((e) => e.keys.groups.has(key));
      if (e7 === undefined || e7.keys.unsureTypes.has(key)) continue;
      const types7 = e7.keys.table7Types.get(key) ?? new Map();
      const user6 = e6.keys.groups.get(key)?.at ?? null;
      const user7 = e7.keys.groups.get(key)?.at ?? null;
      for (const [type, s] of types6) {
        const r = types7.get(type);
        if (r === undefined) {
          found.add('link.table7TypeMissing', e6.file.file, s.at, { expected: type }, relatedTo(e7, user7), fieldOf(e6, 'serviceCode'));
        } else if (s.lines.size >= 2 && !r.subtotal && r.normal < 2) {
          found.add(
            'link.subtotalMissing',
            e7.file.file,
            r.at,
            { expected: `${type}AAAA`, actual: s.lines.size },
            relatedTo(e6, s.at),
            fieldOf(e7, 'serviceCode'),
          );
        }
      }
      for (const [type, r] of types7) {
        if (types6.has(type)) continue;
        found.add('link.table6TypeMissing', e7.file.file, r.at, { expected: type }, relatedTo(e6, user6), fieldOf(e7, 'serviceCode'));
      }
    }
  }
}

/**
 * The family images: each name in 利用者基本情報 No.62 is a spec image name with the segments of its own
 * file (`link.imageName`) and the image is in the unit (`link.imageMissing`, unless images are not
 * checked); each image of the unit is named by a record (`link.imageUnreferenced`, a warning).
 */
function checkImages(basics: readonly UnitEntry[], images: readonly UnitEntry[], found: Found, ctx: UnitContext): void {
  const present = new Map<string, UnitEntry>();
  for (const img of images) present.set(baseName(img.file.file).toLowerCase(), img);
  const named = new Set<string>();
  for (const b of basics) {
    const field = fieldOf(b, 'familyImageFileName');
    for (const ref of b.keys.images) {
      const name = baseName(ref.name);
      const lower = name.toLowerCase();
      named.add(lower);
      const p = parseFileName(name);
      const parts = p.ok ? p.parts : null;
      if (parts === null || parts.attachment !== 'familyImage') {
        const problem = p.problems.find((q) => q.severity === 'error');
        found.add('link.imageName', b.file.file, ref.at, { detail: parts === null ? (problem?.code ?? 'unknownPrefix') : 'notImage' }, null, field);
        continue;
      }
      const own = b.parts;
      if (
        parts.senderOffice !== own.senderOffice ||
        parts.senderServiceType !== own.senderServiceType ||
        parts.receiverOffice !== own.receiverOffice ||
        parts.receiverServiceType !== own.receiverServiceType ||
        parts.serial !== own.serial
      ) {
        const other = ctx.byName(lower);
        found.add('link.imageName', b.file.file, ref.at, { detail: 'segments' }, other === null ? null : relatedTo(other, null), field);
        continue;
      }
      if (!present.has(lower) && ctx.checkImages) found.add('link.imageMissing', b.file.file, ref.at, {}, null, field);
    }
  }
  if (basics.some((b) => b.keys.partial)) return;
  const firstBasic = basics[0] as UnitEntry;
  for (const img of images) {
    if (named.has(baseName(img.file.file).toLowerCase())) continue;
    found.add('link.imageUnreferenced', img.file.file, null, {}, relatedTo(firstBasic, null));
  }
}
