import { toHalfWidth } from '../repair.js';
import { defineFieldType, simpleCheck } from '../types.js';

const isServiceCode = (b: Uint8Array, s: number, e: number): boolean => {
  if (e - s !== 6) return false;
  for (let i = s; i < e; i++) {
    const c = b[i] as number;
    if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a))) return false;
  }
  return true;
};

/** 6 ASCII upper-case letters/digits; the first two are the サービス種類コード. */
export const serviceCode = defineFieldType({
  type: 'serviceCode',
  labelJa: 'サービスコード (英数6桁)',
  labelEn: 'service code (6 letters/digits)',
  codes: ['field.serviceCode'],
  compile: () => simpleCheck(isServiceCode, { code: 'field.serviceCode' }),
  // Lower-case letters and full-width characters are the only near misses with one reading.
  repair: (value) => {
    const half = toHalfWidth(value);
    if (!/^[0-9A-Za-z]{6}$/.test(half)) return null;
    const upper = half.toUpperCase();
    if (upper === value) return null;
    return { value: upper, cause: half !== value ? 'fullWidth' : 'letterCase' };
  },
});
