import fc from 'fast-check';
import { digits } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const insuredNumberTesting: TestingFacet = {
  valid: () =>
    fc.oneof(
      digits(10, 10),
      digits(9, 9).map((d) => `H${d}`),
    ),
  invalid: { mutation: 'badInsuredNumber', what: 'not a 被保険者番号', samples: () => ['123456789', 'X123456789', 'H12345678', '12345678901'] },
  overLength: null,
};
