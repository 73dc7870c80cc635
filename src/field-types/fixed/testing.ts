import fc from 'fast-check';
import type { TestingFacet } from '../facets.js';

export const fixedTesting: TestingFacet = {
  valid: (field) => fc.constant(field.fixedValue ?? ''),
  invalid: { mutation: 'badFixed', what: 'not the fixed value', samples: (field) => [`${field.fixedValue ?? ''}0`] },
  overLength: null,
};
