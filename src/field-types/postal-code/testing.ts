import fc from 'fast-check';
import { digits } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const postalCodeTesting: TestingFacet = {
  valid: () => fc.tuple(digits(3, 3), digits(4, 4)).map(([a, b]) => `${a}-${b}`),
  invalid: { mutation: 'badPostalCode', what: 'not a 郵便番号', samples: () => ['1000001', '100-001', '1000-001'] },
  overLength: null,
};
