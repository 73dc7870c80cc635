import { calendarDate } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

export const dateTesting: TestingFacet = {
  valid: () => calendarDate,
  invalid: {
    mutation: 'invalidDate',
    what: 'not a calendar date',
    samples: () => ['20250230', '20240231', '20230229', '20250431', '20251301', '20250100', '20250032'],
  },
  overLength: null,
};
