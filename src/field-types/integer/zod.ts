import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const integerZod: ZodFacet = (field) =>
  field.maxLength === null ? z.string().regex(/^\d+$/) : z.string().regex(/^\d+$/).max(field.maxLength);
