/**
 * The zod facets of the field types (`careplan-csv/zod` only: this module loads zod).
 * @internal
 */
import { codeZod } from './code/zod.js';
import { csvVersionZod } from './csv-version/zod.js';
import { dateZod } from './date/zod.js';
import { dayFlags31Zod } from './day-flags31/zod.js';
import { decimalZod } from './decimal/zod.js';
import { fixedZod } from './fixed/zod.js';
import { freeTextZod } from './free-text/zod.js';
import { insuredNumberZod } from './insured-number/zod.js';
import { insurerNumberZod } from './insurer-number/zod.js';
import { integerZod } from './integer/zod.js';
import { officeNumberZod } from './office-number/zod.js';
import { phoneZod } from './phone/zod.js';
import { postalCodeZod } from './postal-code/zod.js';
import { serviceCodeZod } from './service-code/zod.js';
import { stringZod } from './string/zod.js';
import { timeZod } from './time/zod.js';
import { unusedZod } from './unused/zod.js';
import { yearMonthZod } from './year-month/zod.js';
import type { FieldTypeName } from './index.js';
import type { ZodFacet } from './facets.js';

/** The zod schema of a non-empty value, per field type. */
export const FIELD_TYPE_ZOD: { readonly [T in FieldTypeName]: ZodFacet } = {
  csvVersion: csvVersionZod,
  yearMonth: yearMonthZod,
  date: dateZod,
  time: timeZod,
  insurerNumber: insurerNumberZod,
  insuredNumber: insuredNumberZod,
  officeNumber: officeNumberZod,
  integer: integerZod,
  code: codeZod,
  serviceCode: serviceCodeZod,
  dayFlags31: dayFlags31Zod,
  freeText: freeTextZod,
  string: stringZod,
  decimal: decimalZod,
  postalCode: postalCodeZod,
  phone: phoneZod,
  fixed: fixedZod,
  unused: unusedZod,
};
