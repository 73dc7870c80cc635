import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const unusedZod: ZodFacet = () => z.string().max(0);
