import { halfWidthOnly } from '../repair.js';
import { defineFieldType, simpleCheck } from '../types.js';

const isDayFlags = (b: Uint8Array, s: number, e: number): boolean => {
  if (e - s !== 31) return false;
  for (let i = s; i < e; i++) if (b[i] !== 0x30 && b[i] !== 0x31) return false;
  return true;
};

/** 31 characters of 0/1 (日割対象日). */
export const dayFlags31 = defineFieldType({
  type: 'dayFlags31',
  labelJa: '0/1 × 31',
  labelEn: '0/1 × 31',
  codes: ['field.dayFlags'],
  compile: () => simpleCheck(isDayFlags, { code: 'field.dayFlags' }),
  // Full-width 0/1 → ASCII.
  repair: (value) => halfWidthOnly(value, (v) => /^[01]{31}$/.test(v)),
});
