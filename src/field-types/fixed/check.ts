import { asciiBytes, inCodes } from '../bytes.js';
import { halfWidthOnly } from '../repair.js';
import { defineFieldType } from '../types.js';

/** One fixed value (`fixedValue`), or empty when optional. */
export const fixed = defineFieldType({
  type: 'fixed',
  labelJa: '固定値',
  labelEn: 'fixed value',
  codes: ['field.fixed'],
  compile: (field) => {
    const expected = field.fixedValue ?? '';
    const codes = [asciiBytes(expected)];
    const test = (b: Uint8Array, s: number, e: number): boolean => inCodes(codes, b, s, e);
    return { test, testEscaped: test, issue: () => ({ code: 'field.fixed', params: { expected } }) };
  },
  // The fixed value in full width → ASCII.
  repair: (value, field) => halfWidthOnly(value, (v) => v === field.fixedValue),
});
