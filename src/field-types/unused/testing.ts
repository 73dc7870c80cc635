import fc from 'fast-check';
import type { TestingFacet } from '../facets.js';

/** The only valid value is empty. */
export const unusedTesting: TestingFacet = {
  valid: () => fc.constant(''),
  invalid: { mutation: 'filledUnused', what: 'a ※使用しない column filled', samples: () => ['X', '0'] },
  overLength: null,
};
