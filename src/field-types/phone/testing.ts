import fc from 'fast-check';
import { digits } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const phoneTesting: TestingFacet = {
  valid: (field) => fc.tuple(digits(2, 4), digits(2, 4), digits(4, 4)).map(([a, b, c]) => `${a}-${b}-${c}`.slice(0, field.maxLength ?? 15)),
  invalid: null,
  overLength: '1',
};
