/**
 * The names of the field types, in registry order. A module of its own, importing nothing, so that
 * {@link FieldDef} (src/schemas/field.ts) can name its type without loading the units; the registry in
 * ./index.ts must have exactly these keys (checked by its `satisfies`). scripts/gen-layouts.mjs reads this list.
 * @internal
 */
export const FIELD_TYPE_NAMES = [
  'csvVersion',
  'yearMonth',
  'date',
  'time',
  'insurerNumber',
  'insuredNumber',
  'officeNumber',
  'integer',
  'code',
  'serviceCode',
  'dayFlags31',
  'freeText',
  'string',
  'decimal',
  'postalCode',
  'phone',
  'fixed',
  'unused',
] as const;

/** The name of a field type. */
export type FieldTypeName = (typeof FIELD_TYPE_NAMES)[number];
