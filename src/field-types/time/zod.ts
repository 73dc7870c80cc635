import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

export const timeZod: ZodFacet = (field) => z.string().regex(field.allowNoTime ? /^(([01]\d|2[0-3])[0-5]\d|9999)$/ : /^([01]\d|2[0-3])[0-5]\d$/);
