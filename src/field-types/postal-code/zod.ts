import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const postalCodeZod: ZodFacet = () => z.string().regex(/^\d{3}-\d{4}$/);
