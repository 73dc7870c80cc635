import { exactDigits } from '../bytes.js';
import { halfWidthOnly } from '../repair.js';
import { defineFieldType, simpleCheck } from '../types.js';

/** CSVバージョン: 6 digits; which values are accepted is a file-level matter. */
export const csvVersion = defineFieldType({
  type: 'csvVersion',
  labelJa: 'CSVバージョン (YYYYMM)',
  labelEn: 'CSV version (YYYYMM)',
  codes: ['field.csvVersion'],
  // Exactly 項目長 digits (6 in the spec).
  compile: (field) => simpleCheck(exactDigits(field.maxLength ?? -1), { code: 'field.csvVersion' }),
  // Full-width digits only (which version a file should have is the repair mode's file-level matter).
  repair: (value, field) => halfWidthOnly(value, (v) => /^\d+$/.test(v) && v.length === field.maxLength),
});
