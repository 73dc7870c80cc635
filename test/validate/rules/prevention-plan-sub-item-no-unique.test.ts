import { describe, expect, it } from 'vitest';
import { brief, read, rec } from './rule-helpers.js';

const row = (issueNo: string, supportPlanNo: string, serviceNo: string, o: Record<string, unknown> = {}) =>
  rec('preventionPlanSub', { issueNo, supportPlanNo, serviceNo, ...o });
const duplicate = (line: number, otherLine: number) => ({
  code: 'file.duplicateItemNo',
  severity: 'error',
  line,
  record: line,
  column: null,
  field: null,
  fieldJa: null,
  params: { otherLine },
});

describe('介護予防 別表 (UPYOBO_SUB) file rule: (課題ＮＯ, 支援計画ＮＯ, 利用サービスＮＯ) is unique per plan', () => {
  it('reports file.duplicateItemNo at the repeat, naming the first row; 01 repeats 1', () => {
    const r = read('preventionPlanSub', [row('1', '1', '1'), row('1', '1', '2'), row('1', '2', '1'), row('01', '1', '2')]);
    expect(brief(r.issues)).toEqual([duplicate(4, 2)]);
  });

  it('compares only rows where all three NOs are present', () => {
    const r = read('preventionPlanSub', [row('1', '1', ''), row('1', '1', ''), row('', '', ''), row('', '', '')]);
    expect(r.issues).toEqual([]);
  });

  it('keeps plans apart by 保険者番号, 被保険者番号 and 計画作成(変更)日', () => {
    const r = read('preventionPlanSub', [
      row('1', '1', '1'),
      row('1', '1', '1', { planDate: '20250601' }),
      row('1', '1', '1', { insuredNumber: '0000000002' }),
      row('1', '1', '1', { insurerNumber: '141002' }),
    ]);
    expect(r.issues).toEqual([]);
  });
});
