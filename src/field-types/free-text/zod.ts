import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const freeTextZod: ZodFacet = (field) => (field.maxLength === null ? z.string() : z.string().max(field.maxLength));
