import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const fixedZod: ZodFacet = (field) => z.literal(field.fixedValue ?? '');
