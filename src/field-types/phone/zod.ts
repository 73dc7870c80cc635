import { stringZod } from '../string/zod.js';
import type { ZodFacet } from '../types.js';

export const phoneZod: ZodFacet = stringZod;
