import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const yearMonthZod: ZodFacet = () => z.string().regex(/^\d{4}(0[1-9]|1[0-2])$/);
