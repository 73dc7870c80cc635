import { describe, expect, it } from 'vitest';
import { brief, read, rec } from './rule-helpers.js';

const row = (issueNo: string, goalNo: string, supportNo: string, o: Record<string, unknown> = {}) =>
  rec('plan2', { issueNo, goalNo, supportNo, ...o });
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

describe('2表 file rule: (課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ) is unique per plan (保険者番号, 被保険者番号, 計画作成（変更）日)', () => {
  it('reports file.duplicateItemNo at each repeat, naming the first row', () => {
    const r = read('plan2', [row('1', '1', '1'), row('1', '1', '2'), row('1', '1', '1'), row('1', '1', '2'), row('1', '1', '1')]);
    expect(brief(r.issues)).toEqual([duplicate(3, 1), duplicate(4, 2), duplicate(5, 1)]);
  });

  it('compares numbers by value: 01 repeats 1', () => {
    expect(brief(read('plan2', [row('1', '2', '3'), row('01', '02', '03')]).issues)).toEqual([duplicate(2, 1)]);
  });

  it('compares by value however many digits a NO has, and letters as written (a column error turned into a warning)', () => {
    const rules = { 'field.integer': 'warning', 'field.tooLong': 'warning' } as const;
    const codes = (rows: Record<string, unknown>[]) =>
      read('plan2', rows, { rules })
        .issues.filter((i) => i.code === 'file.duplicateItemNo')
        .map((i) => [i.line, i.params]);
    expect(codes([row('1', '2', '3'), row('0000001', '002', '03')])).toEqual([[2, { otherLine: 1 }]]);
    expect(codes([row('123456', '2', '3'), row('0123456', '2', '3')])).toEqual([[2, { otherLine: 1 }]]);
    expect(codes([row('1A', '2', '3'), row('1A', '2', '3'), row('01A', '2', '3')])).toEqual([[2, { otherLine: 1 }]]);
    expect(codes([row('10000', '1', '1'), row('1', '0', '1'), row('1', '1', '0')])).toEqual([]);
  });

  it('leaves out rows with an empty NO (all three are 任意, and the spec defines no uniqueness for them)', () => {
    expect(read('plan2', [row('1', '', ''), row('1', '1', ''), row('1', '1', '1'), row('1', '', '')]).issues).toEqual([]);
    expect(read('plan2', [row('', '', ''), row('', '', '')]).issues).toEqual([]);
    // A fully numbered repeat is still found next to them.
    expect(brief(read('plan2', [row('1', '', ''), row('1', '1', '1'), row('1', '', ''), row('1', '1', '1')]).issues)).toEqual([duplicate(4, 2)]);
  });

  it('keeps plans apart: another 計画作成（変更）日, 被保険者番号 or 保険者番号 is another plan', () => {
    const r = read('plan2', [
      row('1', '1', '1'),
      row('1', '1', '1', { planDate: '20250601' }),
      row('1', '1', '1', { insuredNumber: '0000000002' }),
      row('1', '1', '1', { insurerNumber: '141002' }),
    ]);
    expect(r.issues).toEqual([]);
  });

  it('leaves out a row whose NO failed its column check', () => {
    const r = read('plan2', [row('1', '1', '1'), row('1', '1', '1x')]);
    expect(brief(r.issues).map((i) => [i.code, i.line])).toEqual([['field.integer', 2]]);
  });
});
