import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const officeNumberZod: ZodFacet = () => z.string().regex(/^\d{10}$/);
