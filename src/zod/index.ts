/**
 * zod 4 schemas of the record model, derived from the same layout tables as the validator
 * (`careplan-csv/zod`; zod is an optional peer dependency, needed only for this entry point).
 *
 * The validator's hot path does not run these schemas (see docs/design.md: it checks rows without
 * building objects); they are for users who validate records in their own code, for JSON Schema, and as
 * an independent oracle in this project's tests: a record passes the schema exactly when the validator
 * finds no field-level error in it.
 *
 * @packageDocumentation
 */
import * as z from 'zod';
import { FIELD_TYPE_ZOD } from '../field-types/zod.js';
import type { FieldDef } from '../schemas/field.js';
import { getLayout, type CsvVersion, type SupportedKind } from '../schemas/layouts.js';

export interface SchemaOptions {
  /** Columns whose 必須 mark is uncertain are required (see the option of the same name in parse). */
  readonly requireUncertainFields?: boolean;
}

/** The zod schema of one non-empty column value. */
export function fieldValueSchema(field: FieldDef): z.ZodType<string> {
  const value = valueSchema(field);
  return field.placeholder === undefined ? value : z.union([z.literal(field.placeholder), value]);
}

/** The value schema of the column's type unit (src/field-types/<type>/zod.ts). */
function valueSchema(field: FieldDef): z.ZodType<string> {
  return FIELD_TYPE_ZOD[field.type](field);
}

function isRequired(field: FieldDef, options: SchemaOptions): boolean {
  return field.required === 'required' || (options.requireUncertainFields === true && field.required === 'uncertain');
}

/** The zod schema of one column: the value schema, or `''` where the column may be empty. */
export function fieldSchema(field: FieldDef, options: SchemaOptions = {}): z.ZodType<string> {
  const value = fieldValueSchema(field).describe(`${field.no} ${field.nameJa}`);
  return isRequired(field, options) ? value : z.union([z.literal(''), value]);
}

/**
 * The zod object schema of a record of `kind` written in `version` (default 202407). Unknown keys are
 * rejected (`z.strictObject`). A repeated group is an array of at most its number of slots. The key of a
 * column that may be empty may also be left out (the serializer writes an absent key as an empty column);
 * the keys of required columns must be present.
 */
export function recordSchema(kind: SupportedKind, version: CsvVersion = '202407', options: SchemaOptions = {}) {
  const layout = getLayout(kind, version);
  const shape: Record<string, z.ZodType> = {};
  const missing = new Set(layout.missingFields);
  const fields = new Map(layout.fields.map((f) => [f.no, f]));
  for (const model of layout.recordFields) {
    const g = model.group;
    if (g === undefined) {
      const f = fields.get(model.no);
      // A key may be left out where the value may be empty: the serializer reads an absent key as ''.
      if (f === undefined || missing.has(model)) shape[model.key] = z.literal('').optional();
      else shape[model.key] = isRequired(f, options) ? fieldSchema(f, options) : fieldSchema(f, options).optional();
    } else if (g.index === 0) {
      const def = layout.groups.find((x) => x.key === g.key);
      const members: Record<string, z.ZodType<string | undefined>> = {};
      for (const f of layout.fields) {
        if (f.group?.key === g.key && f.group.index === 0) {
          members[f.group.member] = isRequired(f, options) ? fieldSchema(f, options) : fieldSchema(f, options).optional();
        }
      }
      shape[g.key] = z.array(z.strictObject(members)).max(def?.slots ?? 0).optional();
    }
  }
  return z.strictObject(shape);
}

/** JSON Schema (draft 2020-12) of a record, generated from the zod schema. */
export function recordJsonSchema(kind: SupportedKind, version: CsvVersion = '202407', options: SchemaOptions = {}) {
  return z.toJSONSchema(recordSchema(kind, version, options), { unrepresentable: 'any' });
}
