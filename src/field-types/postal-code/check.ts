import { digitsAt } from '../bytes.js';
import { defineFieldType, simpleCheck } from '../types.js';

const isPostalCode = (b: Uint8Array, s: number, e: number): boolean =>
  e - s === 8 && b[s + 3] === 0x2d && digitsAt(b, s, s + 3) && digitsAt(b, s + 4, e);

/** 郵便番号 XXX-XXXX. */
export const postalCode = defineFieldType({
  type: 'postalCode',
  labelJa: '郵便番号 XXX-XXXX',
  labelEn: 'postal code XXX-XXXX',
  codes: ['field.postalCode'],
  compile: () => simpleCheck(isPostalCode, { code: 'field.postalCode' }),
  // Seven digits without the hyphen have one reading.
  repair: (value) => (/^\d{7}$/.test(value) ? { value: `${value.slice(0, 3)}-${value.slice(3)}`, cause: 'missingHyphen' } : null),
});
