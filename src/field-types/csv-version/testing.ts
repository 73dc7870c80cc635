import fc from 'fast-check';
import type { TestingFacet } from '../facets.js';

/** Column 1 picks the layout: it has no mutation of its own. */
export const csvVersionTesting: TestingFacet = {
  valid: () => fc.constant('202407'),
  invalid: null,
  overLength: null,
};
