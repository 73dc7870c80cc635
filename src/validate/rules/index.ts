import type { SupportedKind } from '../../schemas/layouts.js';
import { itemNoUniqueRule, PLAN2_ITEM_NO_KEYS, PLAN2_ITEM_NO_RULES, PREVENTION_PLAN_SUB_ITEM_NO_KEYS } from './item-numbers.js';
import { columnScopeRule } from './scope.js';
import { TABLE6_RULES } from './table6.js';
import { table7FileRule, TABLE7_RULES } from './table7.js';
import type { FileRule, RecordRule } from './types.js';
import { USER_SUPPLEMENT_RULES } from './user-supplement.js';

export type { BoundRule, FileContext, FileFinding, FileRule, RecordRule, RuleFinding, RuleRow } from './types.js';

const TABLE6_ALL_RULES: readonly RecordRule[] = [...TABLE6_RULES, columnScopeRule('serviceCode')];

/** Record rules per kind. */
export const RECORD_RULES: { readonly [K in SupportedKind]: readonly RecordRule[] } = {
  userSupplement: USER_SUPPLEMENT_RULES,
  plan1: [],
  plan1Delete: [],
  plan2: PLAN2_ITEM_NO_RULES,
  plan3: [],
  table6Plan: TABLE6_ALL_RULES,
  table6Actual: TABLE6_ALL_RULES,
  table6PlanDelete: [],
  table6ActualDelete: [columnScopeRule('serviceTypeCode')],
  table7: TABLE7_RULES,
  preventionBasicInfo: [],
  preventionBasicInfoDelete: [],
  preventionBasicInfoSub1: [],
  preventionBasicInfoSub2: [],
  preventionPlan: [],
  preventionPlanDelete: [],
  preventionPlanSub: [],
};

/** File rules per kind: a factory, called once per file (rules keep state across rows). */
export const FILE_RULES: { readonly [K in SupportedKind]?: () => readonly FileRule[] } = {
  plan2: () => [itemNoUniqueRule('plan2ItemNoUnique', PLAN2_ITEM_NO_KEYS)],
  table7: () => [table7FileRule()],
  preventionPlanSub: () => [itemNoUniqueRule('preventionPlanSubItemNoUnique', PREVENTION_PLAN_SUB_ITEM_NO_KEYS)],
};
