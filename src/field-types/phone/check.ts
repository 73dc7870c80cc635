import { plainTextCheck } from '../string/check.js';
import { defineFieldType } from '../types.js';

/** 電話番号: no format is stated; checked as a `string` (no CSV specials, up to 項目長). */
export const phone = defineFieldType({
  type: 'phone',
  labelJa: '電話番号',
  labelEn: 'phone number',
  codes: ['field.csvSpecialChar', 'field.tooLong'],
  compile: plainTextCheck,
});
