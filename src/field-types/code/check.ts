import { asciiBytes, inCodes } from '../bytes.js';
import { toHalfWidth } from '../repair.js';
import { defineFieldType, type Mended } from '../types.js';

/**
 * A code in full width, or a numeric code that lost its leading zeros (`1` for `01`) when every code of the
 * column is digits of one length: one reading only, and only when the result is one of the codes.
 */
function repairCode(value: string, codes: readonly string[]): Mended | null {
  const half = toHalfWidth(value);
  if (half !== value && codes.includes(half)) return { value: half, cause: 'fullWidth' };
  const first = codes[0];
  if (first === undefined || !/^\d+$/.test(half) || half.length >= first.length) return null;
  if (!codes.every((c) => c.length === first.length && /^\d+$/.test(c))) return null;
  const padded = half.padStart(first.length, '0');
  return codes.includes(padded) ? { value: padded, cause: 'leadingZeros' } : null;
}

/** One of the column's `codes`. */
export const code = defineFieldType({
  type: 'code',
  labelJa: 'コード',
  labelEn: 'code',
  codes: ['field.code'],
  compile: (field) => {
    const codes = Object.keys(field.codes ?? {}).map(asciiBytes);
    const test = (b: Uint8Array, s: number, e: number): boolean => inCodes(codes, b, s, e);
    return { test, testEscaped: test, issue: () => ({ code: 'field.code', params: { allowed: Object.keys(field.codes ?? {}) } }) };
  },
  repair: (value, field) => repairCode(value, Object.keys(field.codes ?? {})),
});
