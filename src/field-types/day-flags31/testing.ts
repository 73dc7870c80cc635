import fc from 'fast-check';
import type { TestingFacet } from '../facets.js';

export const dayFlags31Testing: TestingFacet = {
  valid: () => fc.array(fc.constantFrom('0', '1'), { minLength: 31, maxLength: 31 }).map((a) => a.join('')),
  invalid: { mutation: 'badDayFlags', what: 'not 31 day flags', samples: () => [`2${'0'.repeat(30)}`, '1'.repeat(30), '0'.repeat(32)] },
  overLength: null,
};
