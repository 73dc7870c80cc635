import { exactDigits } from '../bytes.js';
import { fixedDigits } from '../repair.js';
import { defineFieldType, simpleCheck } from '../types.js';

/** 事業所番号 / 業者コード: 10 digits. */
export const officeNumber = defineFieldType({
  type: 'officeNumber',
  labelJa: '事業所番号 (数字10桁)',
  labelEn: 'office number (10 digits)',
  codes: ['field.officeNumber'],
  // Exactly 項目長 digits (10 in the spec).
  compile: (field) => simpleCheck(exactDigits(field.maxLength ?? -1), { code: 'field.officeNumber' }),
  // Fewer digits than 項目長: a spreadsheet read the number and dropped its leading zeros.
  repair: (value, field) => fixedDigits(value, field.maxLength ?? -1),
});
