import { describe, expect, it } from 'vitest';
import { KINDS } from '../../src/kinds.js';
import { getLayout, hasLayout, kindVersions } from '../../src/schemas/layouts.js';

// Column counts of the spec reference's file catalogue (§3) and of the 202208 layouts (§7), written out here.
const COLUMNS_202407 = {
  userSupplement: 63,
  plan1: 28,
  plan1Delete: 4,
  plan2: 22,
  plan3: 13,
  table6Plan: 25,
  table6Actual: 25,
  table6PlanDelete: 4,
  table6ActualDelete: 6,
  table7: 37,
  preventionBasicInfo: 71,
  preventionBasicInfoDelete: 4,
  preventionBasicInfoSub1: 7,
  preventionBasicInfoSub2: 11,
  preventionPlan: 57,
  preventionPlanDelete: 4,
  preventionPlanSub: 17,
} as const;
const COLUMNS_202208: { readonly [K in keyof typeof COLUMNS_202407]?: number } = {
  userSupplement: 63,
  plan1: 28,
  plan1Delete: 4,
  plan2: 22,
  table6Plan: 22,
  table6Actual: 22,
  table6PlanDelete: 4,
  table6ActualDelete: 6,
  table7: 34,
};

describe('layout registry: every kind of 第4.1版, and the 202208 layouts of the kinds 第3.x had', () => {
  it.each(KINDS)('%s has the column counts of the spec', (kind) => {
    expect(getLayout(kind, '202407').fields).toHaveLength(COLUMNS_202407[kind]);
    const v3 = COLUMNS_202208[kind];
    expect(hasLayout(kind, '202208')).toBe(v3 !== undefined);
    expect(kindVersions(kind)).toEqual(v3 === undefined ? ['202407'] : ['202407', '202208']);
    if (v3 !== undefined) expect(getLayout(kind, '202208').fields).toHaveLength(v3);
  });

  it.each(KINDS)('%s: column numbers run 1…n and keys are unique', (kind) => {
    const fields = getLayout(kind, '202407').fields;
    expect(fields.map((f) => f.no)).toEqual(fields.map((_, i) => i + 1));
    expect(new Set(fields.map((f) => f.key)).size).toBe(fields.length);
  });

  it('asking for a layout a kind does not have is API misuse: TypeError', () => {
    expect(() => getLayout('plan3', '202208')).toThrow(TypeError);
    expect(() => getLayout('preventionPlan', '202208')).toThrow(TypeError);
  });

  it('第7表 回数／日数 is 2 long in 202208 and 3 in 202407; the three 202407 columns are missing in 202208', () => {
    const count = (v: '202407' | '202208') => getLayout('table7', v).fields.find((f) => f.key === 'count');
    expect(count('202407')?.maxLength).toBe(3);
    expect(count('202208')?.maxLength).toBe(2);
    expect(getLayout('table7', '202208').missingFields.map((f) => f.no)).toEqual([10, 11, 12]);
  });

  it('delete files require every column', () => {
    for (const kind of ['plan1Delete', 'table6PlanDelete', 'table6ActualDelete', 'preventionBasicInfoDelete', 'preventionPlanDelete'] as const) {
      expect(getLayout(kind, '202407').fields.every((f) => f.required === 'required')).toBe(true);
    }
  });

  it('the month column of month-scoped kinds: 対象年月, or 削除対象年月 for the deletes; none for the others', () => {
    expect(getLayout('table7', '202407').monthKey).toBe('targetMonth');
    expect(getLayout('userSupplement', '202407').monthKey).toBe('targetMonth');
    expect(getLayout('table6PlanDelete', '202407').monthKey).toBe('deleteMonth');
    expect(getLayout('table6ActualDelete', '202407').monthKey).toBe('deleteMonth');
    expect(getLayout('plan1', '202407').monthKey).toBeNull();
  });
});
