// The types of careplan-csv/zod: statically typed schemas per kind (generated from the layout tables), whose
// output is the validated record type and whose input is what serialize takes.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/v4';
import type { FieldDef, RecordInputFor, Table6RecordInput, ValidRecordFor, ValidTable6Record, ValidUserSupplementRecord } from '../../src/index.js';
import { fieldSchema, recordJsonSchema, recordSchema, schemas, type RecordSchema, type SchemaOptions } from '../../src/zod/index.js';

declare const f: FieldDef;

describe('careplan-csv/zod', () => {
  it('schemas: z.infer is the validated record type, which serialize takes', () => {
    expectTypeOf<z.infer<typeof schemas.table6Plan>>().toEqualTypeOf<ValidTable6Record>();
    expectTypeOf<z.infer<typeof schemas.table6Plan>['over30Days']>().toEqualTypeOf<'0' | '1'>();
    expectTypeOf<z.infer<typeof schemas.userSupplement>>().toEqualTypeOf<ValidUserSupplementRecord>();
    expectTypeOf<z.infer<typeof schemas.plan1>>().toEqualTypeOf<ValidRecordFor<'plan1'>>();
    expectTypeOf<z.infer<typeof schemas.table7>>().toEqualTypeOf<ValidRecordFor<'table7'>>();
    // What the schema gives can be serialized as it is.
    expectTypeOf<z.infer<typeof schemas.table6Plan>>().toExtend<Table6RecordInput>();
    expectTypeOf<z.infer<typeof schemas.preventionPlan>>().toExtend<RecordInputFor<'preventionPlan'>>();
    // The keys of columns that may be empty may be left out of the input.
    expectTypeOf<z.input<typeof schemas.table6Plan>['units']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(schemas.table6Plan.shape.over30Days).toEqualTypeOf<z.ZodType<'0' | '1', '0' | '1'>>();
  });

  it('recordSchema: typed by kind, whatever the version', () => {
    const s = recordSchema('plan1', '202208', { requireUncertainFields: true });
    expectTypeOf(s).toEqualTypeOf<RecordSchema<'plan1'>>();
    expectTypeOf<z.infer<typeof s>>().toEqualTypeOf<ValidRecordFor<'plan1'>>();
    // @ts-expect-error not a kind
    recordSchema('table8');
    // @ts-expect-error not a CSVバージョン
    recordSchema('plan1', '202501');
  });

  it('fieldSchema: a zod schema of a string', () => {
    expectTypeOf(fieldSchema(f)).toEqualTypeOf<z.ZodType<string>>();
    expectTypeOf(fieldSchema).parameter(1).toEqualTypeOf<SchemaOptions | undefined>();
  });

  it('recordJsonSchema: zod’s JSON Schema type', () => {
    expectTypeOf(recordJsonSchema('table7')).toExtend<z.core.JSONSchema.BaseSchema>();
  });
});
