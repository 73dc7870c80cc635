import { digits } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const integerTesting: TestingFacet = {
  valid: (field) => digits(1, field.maxLength ?? 3),
  invalid: {
    mutation: 'nonDigit',
    what: 'not digits',
    // The first character is never a digit, so a value cut to 項目長 is still no integer.
    samples: (field) => ['A', 'A1', '-1', ' 1', '.5'].map((v) => v.slice(0, Math.max(1, field.maxLength ?? 2))),
  },
  overLength: '1',
};
