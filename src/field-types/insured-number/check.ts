import { digitsAt } from '../bytes.js';
import { fixedDigits, halfWidthOnly } from '../repair.js';
import { defineFieldType, simpleCheck } from '../types.js';

const isInsuredNumber = (b: Uint8Array, s: number, e: number): boolean =>
  e - s === 10 && (digitsAt(b, s, e) || (b[s] === 0x48 /* H */ && digitsAt(b, s + 1, e)));

/** 被保険者番号: 10 digits, or H + 9 digits. */
export const insuredNumber = defineFieldType({
  type: 'insuredNumber',
  labelJa: '被保険者番号 (数字10桁 / H+9桁)',
  labelEn: 'insured number (10 digits / H + 9 digits)',
  codes: ['field.insuredNumber'],
  compile: () => simpleCheck(isInsuredNumber, { code: 'field.insuredNumber' }),
  // All digits and fewer than 10: leading zeros dropped; H + 9 digits only in full width.
  repair: (value) => (/^[HＨ]/.test(value) ? halfWidthOnly(value, (v) => /^H\d{9}$/.test(v)) : fixedDigits(value, 10)),
});
