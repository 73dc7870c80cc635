import { digitsAt } from '../bytes.js';
import { halfWidthOnly } from '../repair.js';
import { defineFieldType, simpleCheck } from '../types.js';

/** 99.99: digits, a period, two digits, at most 項目長 characters (第7表 単位数単価). */
export const decimal = defineFieldType({
  type: 'decimal',
  labelJa: '小数 99.99',
  labelEn: 'decimal 99.99',
  codes: ['field.decimal'],
  compile: (field) => {
    const max = field.maxLength ?? -1;
    return simpleCheck(
      (b, s, e) => {
        const dot = e - 3;
        return dot > s && b[dot] === 0x2e && digitsAt(b, s, dot) && digitsAt(b, dot + 1, e) && (max < 0 || e - s <= max);
      },
      { code: 'field.decimal' },
    );
  },
  // Full-width digits → ASCII (a full-width period is not read: it is not among the characters mended).
  repair: (value, field) => halfWidthOnly(value, (v) => /^\d+\.\d{2}$/.test(v) && (field.maxLength === null || v.length <= field.maxLength)),
});
