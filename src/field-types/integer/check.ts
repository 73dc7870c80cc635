import { digitsAt } from '../bytes.js';
import { halfWidthOnly } from '../repair.js';
import { defineFieldType, type FieldIssue } from '../types.js';

const NOT_DIGITS: FieldIssue = { code: 'field.integer' };

/** 整数: ASCII digits, at most 項目長 of them. */
export const integer = defineFieldType({
  type: 'integer',
  labelJa: '整数',
  labelEn: 'integer',
  codes: ['field.integer', 'field.tooLong'],
  compile: (field) => {
    const max = field.maxLength ?? -1;
    const test = (b: Uint8Array, s: number, e: number): boolean => digitsAt(b, s, e) && (max < 0 || e - s <= max);
    return {
      test,
      testEscaped: test,
      issue: (b, s, e) => (digitsAt(b, s, e) ? { code: 'field.tooLong', params: { expected: field.maxLength ?? 0, actual: e - s } } : NOT_DIGITS),
    };
  },
  // Full-width digits → ASCII (an integer has no fixed length: no zeros to restore).
  repair: (value, field) => halfWidthOnly(value, (v) => /^\d+$/.test(v) && (field.maxLength === null || v.length <= field.maxLength)),
});
