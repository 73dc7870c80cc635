import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const decimalZod: ZodFacet = (field) =>
  field.maxLength === null
    ? z.string().regex(/^\d+\.\d\d$/)
    : z
        .string()
        .regex(/^\d+\.\d\d$/)
        .max(field.maxLength);
