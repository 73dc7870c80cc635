import { describe, expect, it } from 'vitest';
import { read, rec } from './rule-helpers.js';

const row = (kind: 'plan2' | 'preventionPlanSub', nos: readonly [string, string, string], o: Record<string, unknown> = {}) => {
  const keys = kind === 'plan2' ? ['issueNo', 'goalNo', 'supportNo'] : ['issueNo', 'supportPlanNo', 'serviceNo'];
  return rec(kind, { [keys[0] as string]: nos[0], [keys[1] as string]: nos[1], [keys[2] as string]: nos[2], ...o });
};

describe('item-number uniqueness (2表, 介護予防 別表): a plan-key column with its own error causes no further finding', () => {
  for (const kind of ['plan2', 'preventionPlanSub'] as const) {
    it(`${kind}: a row with an invalid 計画作成（変更）日 takes no part and does not end the plan`, () => {
      const r = read(kind, [
        row(kind, ['1', '1', '1']),
        row(kind, ['1', '1', '2']),
        row(kind, ['1', '1', '1'], { planDate: '20251301' }),
        row(kind, ['1', '1', '2'], { planDate: '20251301' }),
        row(kind, ['1', '1', '1']),
      ]);
      // The two bad rows get their field errors only (not a duplicate of each other's or of rows 1 and 2);
      // row 5 repeats row 1 of the same plan, across them.
      expect(r.issues.map((i) => [i.code, i.line, i.code === 'file.duplicateItemNo' ? i.params : null])).toEqual([
        ['field.date', 3, null],
        ['field.date', 4, null],
        ['file.duplicateItemNo', 5, { otherLine: 1 }],
      ]);
    });

    it(`${kind}: an invalid 被保険者番号 likewise`, () => {
      const r = read(kind, [row(kind, ['1', '1', '1'], { insuredNumber: 'X1' }), row(kind, ['1', '1', '1'], { insuredNumber: 'X1' })]);
      expect(r.issues.map((i) => i.code)).not.toContain('file.duplicateItemNo');
    });
  }
});
