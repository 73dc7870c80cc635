import { digits } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const insurerNumberTesting: TestingFacet = {
  valid: () => digits(6, 6),
  invalid: { mutation: 'badInsurerNumber', what: 'not 6 digits', samples: () => ['12345', '1234567', '12345A'] },
  overLength: null,
};
