import { defineFieldType, simpleCheck } from '../types.js';

/** ※使用しない: must be empty (a value is a warning). */
export const unused = defineFieldType({
  type: 'unused',
  labelJa: '使用しない (空)',
  labelEn: 'not used (empty)',
  codes: ['field.unused'],
  compile: () => simpleCheck(() => false, { code: 'field.unused' }),
});
