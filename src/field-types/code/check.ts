import { asciiBytes, inCodes } from '../bytes.js';
import { defineFieldType } from '../types.js';

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
});
