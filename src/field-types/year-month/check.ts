import { asciiBytes, inCodes, isYearMonthAt } from '../bytes.js';
import { repairYearMonth } from '../repair.js';
import { defineFieldType, simpleCheck, type FieldIssue } from '../types.js';

const ISSUE: FieldIssue = { code: 'field.yearMonth' };

/** YYYYMM, a real month; or the column's placeholder (利用者補足情報 No.63 000000). */
export const yearMonth = defineFieldType({
  type: 'yearMonth',
  labelJa: '年月 YYYYMM',
  labelEn: 'year-month YYYYMM',
  codes: ['field.yearMonth'],
  compile: (field) => {
    if (field.placeholder === undefined) return simpleCheck(isYearMonthAt, ISSUE);
    const codes = [asciiBytes(field.placeholder)];
    return simpleCheck((b, s, e) => isYearMonthAt(b, s, e) || inCodes(codes, b, s, e), ISSUE);
  },
  // 2025/5, 2025-05 → 202505.
  repair: (value) => repairYearMonth(value),
});
