import * as z from 'zod';
import type { ZodFacet } from '../types.js';

export const fixedZod: ZodFacet = (field) => z.literal(field.fixedValue ?? '');
