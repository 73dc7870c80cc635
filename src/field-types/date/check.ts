import { asciiBytes, inCodes, isCalendarDateAt } from '../bytes.js';
import { repairDate } from '../repair.js';
import { defineFieldType, simpleCheck, type FieldIssue } from '../types.js';

const ISSUE: FieldIssue = { code: 'field.date' };

/** YYYYMMDD, a real calendar date; or the column's placeholder (利用者補足情報 No.4 00000000). */
export const date = defineFieldType({
  type: 'date',
  labelJa: '日付 YYYYMMDD',
  labelEn: 'date YYYYMMDD',
  codes: ['field.date'],
  compile: (field) => {
    if (field.placeholder === undefined) return simpleCheck(isCalendarDateAt, ISSUE);
    const codes = [asciiBytes(field.placeholder)];
    return simpleCheck((b, s, e) => isCalendarDateAt(b, s, e) || inCodes(codes, b, s, e), ISSUE);
  },
  // 2025/5/1, 2025-05-01, 2025/05/01 (a spreadsheet's formats) → 20250501, only for a real day.
  repair: (value) => repairDate(value),
});
