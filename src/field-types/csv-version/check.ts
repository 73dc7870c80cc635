import { exactDigits } from '../bytes.js';
import { defineFieldType, simpleCheck } from '../types.js';

/** CSVバージョン: 6 digits; which values are accepted is a file-level matter. */
export const csvVersion = defineFieldType({
  type: 'csvVersion',
  labelJa: 'CSVバージョン (YYYYMM)',
  labelEn: 'CSV version (YYYYMM)',
  codes: ['field.csvVersion'],
  // Exactly 項目長 digits (6 in the spec).
  compile: (field) => simpleCheck(exactDigits(field.maxLength ?? -1), { code: 'field.csvVersion' }),
});
