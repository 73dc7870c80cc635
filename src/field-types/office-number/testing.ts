import { digits } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const officeNumberTesting: TestingFacet = {
  valid: () => digits(10, 10),
  invalid: { mutation: 'badOfficeNumber', what: 'not 10 digits', samples: () => ['123456789', '12345678901', '123456789A'] },
  overLength: null,
};
