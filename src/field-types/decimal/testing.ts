import fc from 'fast-check';
import { digits } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const decimalTesting: TestingFacet = {
  valid: () => fc.tuple(digits(1, 2), digits(2, 2)).map(([a, b]) => `${a}.${b}`),
  invalid: { mutation: 'badDecimal', what: 'not 99.99', samples: () => ['12.3', '1234', 'A.00', '.00'] },
  overLength: null,
};
