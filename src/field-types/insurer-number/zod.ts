import * as z from 'zod';
import type { ZodFacet } from '../types.js';

export const insurerNumberZod: ZodFacet = () => z.string().regex(/^\d{6}$/);
