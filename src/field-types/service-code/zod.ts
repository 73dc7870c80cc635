import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const serviceCodeZod: ZodFacet = () => z.string().regex(/^[0-9A-Z]{6}$/);
