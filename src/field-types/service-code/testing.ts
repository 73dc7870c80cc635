import fc from 'fast-check';
import { serviceType } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const serviceCodeTesting: TestingFacet = {
  valid: () =>
    fc
      .tuple(serviceType, fc.array(fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 4, maxLength: 4 }))
      .map(([t, r]) => t + r.join('')),
  invalid: { mutation: 'badServiceCode', what: 'not a サービスコード', samples: () => ['11a211', '1121', '1112111', '11-211'] },
  overLength: null,
};
