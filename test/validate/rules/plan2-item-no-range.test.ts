import { describe, expect, it } from 'vitest';
import { brief, read, rec } from './rule-helpers.js';

const row = (issueNo: string, goalNo: string, supportNo: string) => rec('plan2', { issueNo, goalNo, supportNo });
const range = (line: number, column: number, field: string, fieldJa: string) => ({
  code: 'record.itemNoRange',
  severity: 'error',
  line,
  record: line,
  column,
  field,
  fieldJa,
  params: { expected: '1-99' },
});

describe('2表 record rule: 課題ＮＯ / 援助目標ＮＯ / 援助内容ＮＯ run from 1 to 99', () => {
  it('accepts 1–99 (also written 01) and empty', () => {
    const r = read('plan2', [row('1', '1', '1'), row('99', '99', '99'), row('01', '02', '03'), row('2', '', '')]);
    expect(r.issues).toEqual([]);
  });

  it('reports record.itemNoRange at each NO that is 0 or 00', () => {
    const r = read('plan2', [row('0', '1', '1'), row('1', '00', '2'), row('1', '1', '0'), row('00', '0', '00')]);
    expect(brief(r.issues)).toEqual([
      range(1, 6, 'issueNo', '課題ＮＯ'),
      range(2, 8, 'goalNo', '援助目標ＮＯ'),
      range(3, 13, 'supportNo', '援助内容ＮＯ'),
      range(4, 6, 'issueNo', '課題ＮＯ'),
      range(4, 8, 'goalNo', '援助目標ＮＯ'),
      range(4, 13, 'supportNo', '援助内容ＮＯ'),
    ]);
  });

  it('leaves values that fail the column check to that check', () => {
    const r = read('plan2', [row('100', '1', '1')]);
    expect(brief(r.issues).map((i) => [i.code, i.column])).toEqual([['field.tooLong', 6]]);
  });
});
