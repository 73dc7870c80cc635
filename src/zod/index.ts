/**
 * zod 4 schemas of the record model (built with `zod/v4`, which zod 3.25+ and zod 4 both provide), derived from the same layout tables as the validator
 * (`careplan-csv/zod`; zod is an optional peer dependency, needed only for this entry point).
 *
 * The validator's hot path does not run these schemas (see docs/design.md: it checks rows without
 * building objects); they are for users who validate records in their own code, for JSON Schema, and as
 * an independent oracle in this project's tests: a record passes the schema exactly when the validator
 * finds no field-level error in it.
 *
 * @packageDocumentation
 */
import * as z from 'zod/v4';
import { FIELD_TYPE_ZOD } from '../field-types/zod.js';
import type { FieldDef } from '../schemas/field.js';
import { KINDS } from '../kinds.js';
import { getLayout, type CsvVersion, type RecordInputFor, type SupportedKind, type ValidRecordFor } from '../schemas/layouts.js';
import type {
  Plan1DeleteShape,
  Plan1Shape,
  Plan2Shape,
  Plan3Shape,
  PreventionBasicInfoDeleteShape,
  PreventionBasicInfoShape,
  PreventionBasicInfoSub1Shape,
  PreventionBasicInfoSub2Shape,
  PreventionPlanDeleteShape,
  PreventionPlanShape,
  PreventionPlanSubShape,
  Table6ActualDeleteShape,
  Table6PlanDeleteShape,
  Table6Shape,
  Table7Shape,
  UserSupplementShape,
} from './shapes.js';

export type * from './shapes.js';

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

/** The zod shape of a record of each kind (generated from the layout tables into ./shapes.ts). */
export interface RecordShapes {
  userSupplement: UserSupplementShape;
  plan1: Plan1Shape;
  plan1Delete: Plan1DeleteShape;
  plan2: Plan2Shape;
  plan3: Plan3Shape;
  table6Plan: Table6Shape;
  table6Actual: Table6Shape;
  table6PlanDelete: Table6PlanDeleteShape;
  table6ActualDelete: Table6ActualDeleteShape;
  table7: Table7Shape;
  preventionBasicInfo: PreventionBasicInfoShape;
  preventionBasicInfoDelete: PreventionBasicInfoDeleteShape;
  preventionBasicInfoSub1: PreventionBasicInfoSub1Shape;
  preventionBasicInfoSub2: PreventionBasicInfoSub2Shape;
  preventionPlan: PreventionPlanShape;
  preventionPlanDelete: PreventionPlanDeleteShape;
  preventionPlanSub: PreventionPlanSubShape;
}

/**
 * The zod schema of a record of kind `K`: `z.infer` of it is the validated record type
 * ({@link ValidRecordFor}), `z.input` what the serializer takes ({@link RecordInputFor}).
 */
export type RecordSchema<K extends SupportedKind> = z.ZodObject<RecordShapes[K], z.core.$strict>;

/**
 * The zod object schema of a record of `kind` written in `version` (default 202407). Unknown keys are
 * rejected (`z.strictObject`). A repeated group is an array of at most its number of slots. The key of a
 * column that may be empty may be left out: the schema's output then has `''` (a group `[]`), as the
 * serializer writes an absent key as an empty column; the keys of required columns must be present.
 * Statically typed per kind (see {@link schemas} for the 202407 schemas, built once).
 */
export function recordSchema<K extends SupportedKind>(kind: K, version: CsvVersion = '202407', options: SchemaOptions = {}): RecordSchema<K> {
  const layout = getLayout(kind, version);
  const shape: Record<string, z.ZodType> = {};
  const missing = new Set(layout.missingFields);
  const fields = new Map(layout.fields.map((f) => [f.no, f]));
  const member = (f: FieldDef) => (isRequired(f, options) ? fieldSchema(f, options) : fieldSchema(f, options).default(''));
  for (const model of layout.recordFields) {
    const g = model.group;
    if (g === undefined) {
      const f = fields.get(model.no);
      // A key may be left out where the value may be empty: the serializer reads an absent key as ''.
      if (f === undefined || missing.has(model)) shape[model.key] = z.literal('').default('');
      else shape[model.key] = member(f);
    } else if (g.index === 0) {
      const def = layout.groups.find((x) => x.key === g.key);
      const members: Record<string, z.ZodType> = {};
      for (const f of layout.fields) {
        if (f.group?.key === g.key && f.group.index === 0) members[f.group.member] = member(f);
      }
      shape[g.key] = z
        .array(z.strictObject(members))
        .max(def?.slots ?? 0)
        .default(() => []);
    }
  }
  // The shape built here has the keys of the generated one (./shapes.ts; test/zod/static-schemas.test.ts).
  return z.strictObject(shape) as unknown as RecordSchema<K>;
}

const built = new Map<SupportedKind, z.ZodType>();

/**
 * The zod schema of a record of each kind in CSVバージョン 202407, statically typed: `z.infer<typeof
 * schemas.table6Plan>` is `ValidTable6Record`. Each is built on first use and kept. For 202208 or other
 * options, call {@link recordSchema}.
 *
 * @example
 * ```ts
 * const rec: ValidTable6Record = schemas.table6Plan.parse(json);
 * ```
 */
export const schemas: { readonly [K in SupportedKind]: RecordSchema<K> } = Object.freeze(
  Object.defineProperties(
    {},
    Object.fromEntries(
      KINDS.map((kind) => [
        kind,
        {
          enumerable: true,
          get() {
            let s = built.get(kind);
            if (s === undefined) built.set(kind, (s = recordSchema(kind)));
            return s;
          },
        },
      ]),
    ),
  ),
) as { readonly [K in SupportedKind]: RecordSchema<K> };

/**
 * JSON Schema (draft 2020-12) of a record as input (what the serializer takes: keys of columns that may be
 * empty may be left out), generated from the zod schema.
 */
export function recordJsonSchema(kind: SupportedKind, version: CsvVersion = '202407', options: SchemaOptions = {}): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(recordSchema(kind, version, options), { unrepresentable: 'any', io: 'input' });
}
