import * as z from 'zod';
import type { ZodFacet } from '../types.js';

export const freeTextZod: ZodFacet = (field) => (field.maxLength === null ? z.string() : z.string().max(field.maxLength));
