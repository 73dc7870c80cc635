import fc from 'fast-check';
import type { TestingFacet } from '../facets.js';

export const yearMonthTesting: TestingFacet = {
  valid: (_field, month) => fc.constant(month),
  invalid: { mutation: 'invalidYearMonth', what: 'not a year and month', samples: () => ['202513', '202500', '202400', '20250'] },
  overLength: null,
};
