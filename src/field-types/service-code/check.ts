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
  // Lower-case letters are the only near miss with one reading.
  repair: (value) => (/^[0-9A-Za-z]{6}$/.test(value) && /[a-z]/.test(value) ? { value: value.toUpperCase(), cause: 'letterCase' } : null),
});
