/**
 * The testing facets of the field types (`careplan-csv/testing` only: this module loads fast-check).
 * @internal
 */
import { codeTesting } from './code/testing.js';
import { csvVersionTesting } from './csv-version/testing.js';
import { dateTesting } from './date/testing.js';
import { dayFlags31Testing } from './day-flags31/testing.js';
import { decimalTesting } from './decimal/testing.js';
import { fixedTesting } from './fixed/testing.js';
import { freeTextTesting } from './free-text/testing.js';
import { insuredNumberTesting } from './insured-number/testing.js';
import { insurerNumberTesting } from './insurer-number/testing.js';
import { integerTesting } from './integer/testing.js';
import { officeNumberTesting } from './office-number/testing.js';
import { phoneTesting } from './phone/testing.js';
import { postalCodeTesting } from './postal-code/testing.js';
import { serviceCodeTesting } from './service-code/testing.js';
import { stringTesting } from './string/testing.js';
import { timeTesting } from './time/testing.js';
import { unusedTesting } from './unused/testing.js';
import { yearMonthTesting } from './year-month/testing.js';
import type { FieldTypeName } from './index.js';
import type { TestingFacet } from './facets.js';

/** The valid-value arbitrary and the invalid samples, per field type. */
export const FIELD_TYPE_TESTING: { readonly [T in FieldTypeName]: TestingFacet } = {
  csvVersion: csvVersionTesting,
  yearMonth: yearMonthTesting,
  date: dateTesting,
  time: timeTesting,
  insurerNumber: insurerNumberTesting,
  insuredNumber: insuredNumberTesting,
  officeNumber: officeNumberTesting,
  integer: integerTesting,
  code: codeTesting,
  serviceCode: serviceCodeTesting,
  dayFlags31: dayFlags31Testing,
  freeText: freeTextTesting,
  string: stringTesting,
  decimal: decimalTesting,
  postalCode: postalCodeTesting,
  phone: phoneTesting,
  fixed: fixedTesting,
  unused: unusedTesting,
};
