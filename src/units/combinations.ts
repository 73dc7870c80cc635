/**
 * The send units of the spec (第4.1版 §2.4, §3.4) and the links by key between files (§2.3, §3.3), as data.
 * Internal to src/units.
 */
import { KIND_INFO } from '../kinds.js';
import type { UnitCombination, UnitMemberKind } from './types.js';

/**
 * The place of a file in a unit. 利用者補足情報 has two: with 1表–3表 (file-name month `000000`) and with
 * 第6表/第7表 (a month).
 */
export type Slot = Exclude<UnitMemberKind, 'userSupplement'> | 'userSupplementPlan' | 'userSupplementUsage';

/** The slot of a file, from its kind and the file name's month segment. */
export function slotOf(kind: UnitMemberKind, month: string | null): Slot {
  if (kind !== 'userSupplement') return kind;
  return month === '000000' ? 'userSupplementPlan' : 'userSupplementUsage';
}

/** The kind of a slot (both 利用者補足情報 slots are `userSupplement`). */
export function kindOfSlot(slot: Slot): UnitMemberKind {
  return slot === 'userSupplementPlan' || slot === 'userSupplementUsage' ? 'userSupplement' : slot;
}

/**
 * File-name prefix of a slot, for messages (language-neutral); for 利用者補足情報 with its month segment
 * (`month` when known, else `YYYYMM`).
 */
export function prefixOfSlot(slot: Slot, month: string | null = null): string {
  switch (slot) {
    case 'userSupplementPlan':
      return 'UPHOSOKU_000000';
    case 'userSupplementUsage':
      return `UPHOSOKU_${month ?? 'YYYYMM'}`;
    case 'familyImage':
      return 'UPKIHON_IMAGE';
    default:
      return KIND_INFO[slot].prefix;
  }
}

/** Order of files in a unit: masters before their dependants, images last. */
export const SLOT_ORDER: readonly Slot[] = [
  'plan1',
  'plan2',
  'plan3',
  'userSupplementPlan',
  'table6Plan',
  'table7',
  'userSupplementUsage',
  'plan1Delete',
  'table6PlanDelete',
  'table6Actual',
  'table6ActualDelete',
  'preventionBasicInfo',
  'preventionBasicInfoSub1',
  'preventionBasicInfoSub2',
  'preventionPlan',
  'preventionPlanSub',
  'preventionBasicInfoDelete',
  'preventionPlanDelete',
  'familyImage',
];

/** One send unit of the spec. */
export interface CombinationDef {
  readonly id: UnitCombination;
  /** The slots the unit may hold. */
  readonly members: readonly Slot[];
  /**
   * The slots whose absence is reported (`unit.memberMissing`, a warning) when the unit has its master:
   * the files the spec lists for the unit. The image is not here: it is needed only when No.62 names one.
   */
  readonly expected: readonly Slot[];
}

const BASIC_INFO: readonly Slot[] = ['preventionBasicInfo', 'preventionBasicInfoSub1', 'preventionBasicInfoSub2'];
const PREVENTION_PLAN: readonly Slot[] = ['preventionPlan', 'preventionPlanSub'];

/**
 * The combinations, smallest first: a unit is matched to the first one that holds all its slots (so a
 * unit of 利用者基本情報 alone is `basicInfo`, not `preventionPlanWithBasicInfo`).
 */
export const COMBINATIONS: readonly CombinationDef[] = [
  {
    id: 'carePlan',
    members: ['plan1', 'plan2', 'plan3', 'userSupplementPlan'],
    expected: ['plan1', 'plan2', 'plan3', 'userSupplementPlan'],
  },
  { id: 'usage', members: ['table6Plan', 'table7', 'userSupplementUsage'], expected: ['table6Plan', 'table7', 'userSupplementUsage'] },
  { id: 'carePlanDelete', members: ['plan1Delete'], expected: [] },
  { id: 'usageDelete', members: ['table6PlanDelete'], expected: [] },
  { id: 'actual', members: ['table6Actual'], expected: [] },
  { id: 'actualDelete', members: ['table6ActualDelete'], expected: [] },
  { id: 'basicInfo', members: [...BASIC_INFO, 'familyImage'], expected: BASIC_INFO },
  { id: 'preventionPlan', members: PREVENTION_PLAN, expected: PREVENTION_PLAN },
  {
    id: 'preventionPlanWithBasicInfo',
    members: [...BASIC_INFO, 'familyImage', ...PREVENTION_PLAN],
    expected: [...BASIC_INFO, ...PREVENTION_PLAN],
  },
  { id: 'basicInfoDelete', members: ['preventionBasicInfoDelete'], expected: [] },
  { id: 'preventionPlanDelete', members: ['preventionPlanDelete'], expected: [] },
];

/** The first combination that holds every slot of the unit, or null. */
export function matchCombination(slots: ReadonlySet<Slot>): CombinationDef | null {
  for (const c of COMBINATIONS) {
    if ([...slots].every((s) => c.members.includes(s))) return c;
  }
  return null;
}

/** Key fields that link a dependant to its master: the same three record keys on both sides. */
export type LinkKey = readonly ['insurerNumber', 'insuredNumber', 'planDate' | 'targetMonth' | 'consultationDate'];

/** A master → dependant link by key. */
export interface LinkDef {
  readonly master: Slot;
  readonly dependant: Slot;
  readonly key: LinkKey;
}

const PLAN_KEY: LinkKey = ['insurerNumber', 'insuredNumber', 'planDate'];
const MONTH_KEY: LinkKey = ['insurerNumber', 'insuredNumber', 'targetMonth'];
const CONSULTATION_KEY: LinkKey = ['insurerNumber', 'insuredNumber', 'consultationDate'];

/**
 * The links of §2.3 / §3.3. 利用者補足情報 links by 居宅サービス計画作成（変更）日 (No.4) with 1表 and by
 * 対象年月 (No.63) with 第6表 ("対象年月は利用しない" / "計画作成（変更）日は利用しない"). The family image is
 * linked by name (No.62), not by key, and is checked apart.
 */
export const LINKS: readonly LinkDef[] = [
  { master: 'plan1', dependant: 'plan2', key: PLAN_KEY },
  { master: 'plan1', dependant: 'plan3', key: PLAN_KEY },
  { master: 'plan1', dependant: 'userSupplementPlan', key: PLAN_KEY },
  { master: 'table6Plan', dependant: 'table7', key: MONTH_KEY },
  { master: 'table6Plan', dependant: 'userSupplementUsage', key: MONTH_KEY },
  { master: 'preventionBasicInfo', dependant: 'preventionBasicInfoSub1', key: CONSULTATION_KEY },
  { master: 'preventionBasicInfo', dependant: 'preventionBasicInfoSub2', key: CONSULTATION_KEY },
  { master: 'preventionPlan', dependant: 'preventionPlanSub', key: PLAN_KEY },
];

/** The master slot of a dependant slot, or null for masters and files that stand alone. */
export function masterOf(slot: Slot): Slot | null {
  if (slot === 'familyImage') return 'preventionBasicInfo';
  return LINKS.find((l) => l.dependant === slot)?.master ?? null;
}
