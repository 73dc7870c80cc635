import * as z from 'zod/v4';
import type { ZodFacet } from '../facets.js';

/** Whether YYYYMMDD names a real day, computed with `Date` (independent of the byte check). */
function calendarDate(v: string): boolean {
  const y = Number(v.slice(0, 4));
  const m = Number(v.slice(4, 6));
  const d = Number(v.slice(6, 8));
  const t = new Date(Date.UTC(2000, m - 1, d));
  t.setUTCFullYear(y);
  return y >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export const dateZod: ZodFacet = () =>
  z
    .string()
    .regex(/^\d{8}$/)
    .refine(calendarDate, { message: 'not a calendar date' });
