import { freeText } from '../../testing/values.js';
import type { TestingFacet } from '../facets.js';

/** Free text takes any character: only its length can be wrong (it is quoted, so `tooLong` writes あ). */
export const freeTextTesting: TestingFacet = {
  valid: (field) => freeText(field.maxLength ?? 40),
  invalid: null,
  overLength: '1',
};
