import fc from 'fast-check';
import type { TestingFacet } from '../facets.js';

const CANDIDATES = ['Z', '99', 'X1', '0', '9', '00', '999'];

export const codeTesting: TestingFacet = {
  valid: (field) => fc.constantFrom(...Object.keys(field.codes ?? {})),
  invalid: {
    mutation: 'badCode',
    what: 'outside the code list',
    samples: (field) => {
      const outside = CANDIDATES.filter((c) => !Object.hasOwn(field.codes ?? {}, c));
      return outside.length > 0 ? outside : ['ZZZZ'];
    },
  },
  overLength: null,
};
