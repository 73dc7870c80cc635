import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const insuredNumberZod: ZodFacet = () => z.string().regex(/^(\d{10}|H\d{9})$/);
