import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const dayFlags31Zod: ZodFacet = () => z.string().regex(/^[01]{31}$/);
