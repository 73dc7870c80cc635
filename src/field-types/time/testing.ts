import fc from 'fast-check';
import { time } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const timeTesting: TestingFacet = {
  valid: (field) => (field.allowNoTime ? fc.oneof(time, fc.constant('9999')) : time),
  invalid: { mutation: 'invalidTime', what: 'not a time', samples: () => ['2400', '1260', '2500', '930', '09300'] },
  overLength: null,
};
