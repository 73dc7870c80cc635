import * as z from 'zod';
import type { ZodFacet } from '../facets.js';

export const codeZod: ZodFacet = (field) => z.enum(Object.keys(field.codes ?? {}) as [string, ...string[]]);
