/**
 * The field-type registry: one unit per type (src/field-types/<type>/), iterated by the validator, the
 * serializer's fast path and the docs. The zod and testing facets have registries of their own
 * (./zod.ts, ./testing.ts) so that the core entry point never loads zod or fast-check.
 *
 * Adding a field type: a new unit folder (check.ts, zod.ts, testing.ts) and one line in each registry;
 * `FieldType` is the list in ./names.ts, which this object must match (scripts/gen-layouts.mjs reads that list).
 * @internal
 */
import { code } from './code/check.js';
import { csvVersion } from './csv-version/check.js';
import { date } from './date/check.js';
import { dayFlags31 } from './day-flags31/check.js';
import { decimal } from './decimal/check.js';
import { fixed } from './fixed/check.js';
import { freeText } from './free-text/check.js';
import { insuredNumber } from './insured-number/check.js';
import { insurerNumber } from './insurer-number/check.js';
import { integer } from './integer/check.js';
import { officeNumber } from './office-number/check.js';
import { phone } from './phone/check.js';
import { postalCode } from './postal-code/check.js';
import { serviceCode } from './service-code/check.js';
import { string } from './string/check.js';
import { time } from './time/check.js';
import type { FieldTypeName } from './names.js';
import type { FieldTypeUnit } from './types.js';
import { unused } from './unused/check.js';
import { yearMonth } from './year-month/check.js';

/** Every field type, by name. */
export const FIELD_TYPES = {
  csvVersion,
  yearMonth,
  date,
  time,
  insurerNumber,
  insuredNumber,
  officeNumber,
  integer,
  code,
  serviceCode,
  dayFlags31,
  freeText,
  string,
  decimal,
  postalCode,
  phone,
  fixed,
  unused,
} as const satisfies { readonly [T in FieldTypeName]: FieldTypeUnit<T> };

export { FIELD_TYPE_NAMES, type FieldTypeName } from './names.js';

/** The registry as a list, in its order. */
export const ALL_FIELD_TYPES: readonly FieldTypeUnit<FieldTypeName>[] = Object.values(FIELD_TYPES);

export type { ColumnCheck, ColumnPredicate, FieldIssue, FieldIssueCode, FieldRepair, FieldTypeUnit } from './types.js';
