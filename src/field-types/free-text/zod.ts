import * as z from 'zod';
import type { ZodFacet } from '../facets.js';

export const freeTextZod: ZodFacet = (field) => (field.maxLength === null ? z.string() : z.string().max(field.maxLength));
