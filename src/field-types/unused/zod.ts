import * as z from 'zod';
import type { ZodFacet } from '../types.js';

export const unusedZod: ZodFacet = () => z.string().max(0);
