// The types of careplan-csv/zod, as they are today: recordSchema is built at run time from the layout, so
// its type is a strict object of string keys, not the kind's record type.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import type { FieldDef } from '../../src/index.js';
import { fieldSchema, recordJsonSchema, recordSchema, type SchemaOptions } from '../../src/zod/index.js';

declare const f: FieldDef;

describe('careplan-csv/zod', () => {
  it('recordSchema (today): a strict zod object whose output is a record of unknown values', () => {
    const s = recordSchema('plan1', '202407', { requireUncertainFields: true });
    expectTypeOf(s).toEqualTypeOf<z.ZodObject<{ [x: string]: z.ZodType }, z.core.$strict>>();
    expectTypeOf<z.infer<typeof s>>().toEqualTypeOf<{ [x: string]: unknown }>();
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
    expectTypeOf(recordJsonSchema('table7')).toEqualTypeOf<z.core.ZodStandardJSONSchemaPayload<ReturnType<typeof recordSchema>>>();
    expectTypeOf(recordJsonSchema('table7')).toExtend<z.core.JSONSchema.BaseSchema>();
  });
});
