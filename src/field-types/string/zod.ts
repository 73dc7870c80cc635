import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

/** Text without `"` `,` CR LF, up to 項目長 (also 電話番号). */
export const stringZod: ZodFacet = (field) => {
  const plain = z.string().regex(/^[^",\r\n]*$/);
  return field.maxLength === null ? plain : plain.max(field.maxLength);
};
