import { exactDigits } from '../bytes.js';
import { fixedDigits } from '../repair.js';
import { defineFieldType, simpleCheck } from '../types.js';

/** 保険者番号: 6 digits. */
export const insurerNumber = defineFieldType({
  type: 'insurerNumber',
  labelJa: '保険者番号 (数字6桁)',
  labelEn: 'insurer number (6 digits)',
  codes: ['field.insurerNumber'],
  // Exactly 項目長 digits (6 in the spec).
  compile: (field) => simpleCheck(exactDigits(field.maxLength ?? -1), { code: 'field.insurerNumber' }),
  // Fewer digits than 項目長: a spreadsheet read the number and dropped its leading zeros.
  repair: (value, field) => fixedDigits(value, field.maxLength ?? -1),
});
