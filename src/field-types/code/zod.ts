import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const codeZod: ZodFacet = (field) => z.enum(Object.keys(field.codes ?? {}) as [string, ...string[]]);
