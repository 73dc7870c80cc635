import { digitsAt } from '../bytes.js';
import { toHalfWidth } from '../repair.js';
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
  // Seven digits without the hyphen have one reading; so have full-width digits and hyphen.
  repair: (value) => {
    const half = toHalfWidth(value);
    if (/^\d{7}$/.test(half)) return { value: `${half.slice(0, 3)}-${half.slice(3)}`, cause: 'missingHyphen' };
    return half !== value && /^\d{3}-\d{4}$/.test(half) ? { value: half, cause: 'fullWidth' } : null;
  },
});
