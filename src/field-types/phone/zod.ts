import { stringZod } from '../string/zod.js';
import type { ZodFacet } from '../facets.js';

export const phoneZod: ZodFacet = stringZod;
