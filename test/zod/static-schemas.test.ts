import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getLayout, SUPPORTED_KINDS } from '../../src/schemas/layouts.js';
import { schemas } from '../../src/zod/index.js';

const samples = readdirSync('samples/json').map(
  (f) => JSON.parse(readFileSync(`samples/json/${f}`, 'utf8')) as { kind: string; records: Record<string, unknown>[] },
);

describe('schemas: one statically typed 202407 schema per kind, built once', () => {
  it('has every kind, each schema the same object on every access, keyed by the record model', () => {
    expect(Object.keys(schemas).sort()).toEqual([...SUPPORTED_KINDS].sort());
    for (const kind of SUPPORTED_KINDS) {
      expect(schemas[kind]).toBe(schemas[kind]);
      expect(Object.keys(schemas[kind].shape)).toEqual([...getLayout(kind, '202407').recordKeys]);
    }
  });

  it('gives every key of the record model, with the empty value where an optional key was left out', () => {
    for (const { kind, records } of samples.filter((s) => s.records[0]?.csvVersion === '202407')) {
      const schema = schemas[kind as (typeof SUPPORTED_KINDS)[number]];
      const layout = getLayout(kind as (typeof SUPPORTED_KINDS)[number], '202407');
      const record = records[0] as Record<string, unknown>;
      const input = Object.fromEntries(
        Object.entries(record).filter(([k, v]) => v !== '' || layout.fields.some((f) => f.key === k && f.required === 'required')),
      );
      const out = schema.parse(input) as Record<string, unknown>;
      expect(Object.keys(out).sort()).toEqual([...layout.recordKeys].sort());
      expect(out).toEqual(schema.parse(record));
    }
  });

  it('a code column takes its codes only', () => {
    const shape = schemas.table6Plan.shape;
    expect(shape.over30Days.safeParse('1').success).toBe(true);
    expect(shape.over30Days.safeParse('2').success).toBe(false);
  });
});
