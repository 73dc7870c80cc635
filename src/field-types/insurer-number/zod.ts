import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const insurerNumberZod: ZodFacet = () => z.string().regex(/^\d{6}$/);
