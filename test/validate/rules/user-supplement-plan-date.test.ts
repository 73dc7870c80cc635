import { describe, expect, it } from 'vitest';
import { brief, read, rec } from './rule-helpers.js';

const issuesOf = (planDate: string, targetMonth: string) => brief(read('userSupplement', [rec('userSupplement', { planDate, targetMonth })]).issues);
const planDate = (code: string) => ({
  code,
  severity: 'error',
  line: 1,
  record: 1,
  column: 4,
  field: 'planDate',
  fieldJa: '居宅サービス計画作成（変更）日',
  params: {},
});

describe('利用者補足情報 record rule: exactly one of No.4 (計画作成日) and No.63 (対象年月) is the placeholder', () => {
  it('accepts the plan-table set (No.63 000000, No.4 a date) and the 第6表 set (No.63 a month, No.4 00000000)', () => {
    expect(issuesOf('20250415', '000000')).toEqual([]);
    expect(issuesOf('00000000', '202505')).toEqual([]);
  });

  it('reports record.planDatePlaceholder at No.4 when both are placeholders', () => {
    expect(issuesOf('00000000', '000000')).toEqual([planDate('record.planDatePlaceholder')]);
  });

  it('reports record.planDateNotPlaceholder at No.4 when No.63 is a month and No.4 a date', () => {
    expect(issuesOf('20250415', '202505')).toEqual([planDate('record.planDateNotPlaceholder')]);
  });

  it('is not checked when either field is invalid (only the field issue)', () => {
    expect(issuesOf('20250415', '000013').map((i) => [i.code, i.column])).toEqual([['field.yearMonth', 63]]);
    expect(issuesOf('2025041', '202505').map((i) => [i.code, i.column])).toEqual([['field.date', 4]]);
  });
});
