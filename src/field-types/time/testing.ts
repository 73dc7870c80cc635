import fc from 'fast-check';
import { time } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const timeTesting: TestingFacet = {
  valid: (field) => (field.allowNoTime ? fc.oneof(time, fc.constant('9999')) : time),
  // Not 2400: in an end-time column it is `field.time2400` (the end of the day, a warning under profile lenient).
  invalid: { mutation: 'invalidTime', what: 'not a time', samples: () => ['2430', '1260', '2500', '930', '09300'] },
  overLength: null,
};
