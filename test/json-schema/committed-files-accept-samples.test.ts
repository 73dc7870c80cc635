import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod/v4';
import type { CsvVersion, SupportedKind } from '../../src/schemas/layouts.js';

// The committed JSON Schema files themselves (not the zod schemas they come from) accept every record of
// the bundled samples: each file is read back as a schema with z.fromJSONSchema and applied to the records.
const SAMPLES = new URL('../../samples/json/', import.meta.url);
const SCHEMAS = new URL('../../json-schema/', import.meta.url);
const names = readdirSync(SAMPLES).filter((n) => n.endsWith('.json'));

describe('the committed json-schema/ files accept the sample records', () => {
  it.each(names)('%s', (name) => {
    const sample = JSON.parse(readFileSync(new URL(name, SAMPLES), 'utf8')) as { kind: SupportedKind; records: Record<string, unknown>[] };
    const version = (sample.records[0]?.csvVersion ?? '202407') as CsvVersion;
    const schemaJson = JSON.parse(readFileSync(new URL(`${sample.kind}.${version}.json`, SCHEMAS), 'utf8')) as Record<string, unknown>;
    const schema = z.fromJSONSchema(schemaJson);
    expect(sample.records.length).toBeGreaterThan(0);
    for (const rec of sample.records) {
      const r = schema.safeParse(rec);
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.map((i) => i.path))).toBe(true);
    }
  });

  it('and reject a record with a wrong date', () => {
    const schemaJson = JSON.parse(readFileSync(new URL('table6Plan.202407.json', SCHEMAS), 'utf8')) as Record<string, unknown>;
    const sample = JSON.parse(readFileSync(new URL(names.find((n) => n.startsWith('UPPLAN_202505')) as string, SAMPLES), 'utf8')) as {
      records: Record<string, unknown>[];
    };
    const rec = { ...sample.records[0], serviceDate: '2025-05-01' };
    expect(z.fromJSONSchema(schemaJson).safeParse(rec).success).toBe(false);
  });
});
