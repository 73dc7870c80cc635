import fc from 'fast-check';
import { ms932Char } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const stringTesting: TestingFacet = {
  valid: (field) => fc.array(ms932Char(true), { minLength: 1, maxLength: field.maxLength ?? 20 }).map((a) => a.join('')),
  invalid: null,
  overLength: 'A',
};
