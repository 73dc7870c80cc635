import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getLayout, kindVersions, SUPPORTED_KINDS } from '../../src/schemas/layouts.js';

interface JsonSchema {
  $schema?: string;
  title?: string;
  description?: string;
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean;
  items?: JsonSchema;
  maxItems?: number;
  anyOf?: JsonSchema[];
  pattern?: string;
  const?: string;
  maxLength?: number;
}

const load = (file: string) => JSON.parse(readFileSync(`json-schema/${file}`, 'utf8')) as JsonSchema;
/** The branch of an optional column that is not the empty string. */
const value = (s: JsonSchema | undefined): JsonSchema | undefined => s?.anyOf?.find((b) => b.const !== '') ?? s;

describe('the JSON Schema files have the structure of the record model', () => {
  it('draft 2020-12, a title naming prefix, 日本語名称 and version, a description', () => {
    const s = load('table7.202407.json');
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.title).toBe('UPSIKYU 第7表（サービス利用票別表） 202407');
    expect(s.description).toContain('table7');
  });

  it('every record key is a property, exactly the required columns are required keys, no other key is allowed', () => {
    for (const kind of SUPPORTED_KINDS) {
      for (const version of kindVersions(kind)) {
        const s = load(`${kind}.${version}.json`);
        const layout = getLayout(kind, version);
        const keys = [...layout.recordKeys];
        const present = new Set(layout.fields.map((f) => f.key));
        const required = layout.recordFields
          .filter((f) => f.group === undefined && present.has(f.key) && f.required === 'required')
          .map((f) => f.key);
        expect(s.type).toBe('object');
        expect(s.additionalProperties, kind).toBe(false);
        expect(s.required ?? [], `${kind} ${version}`).toEqual(required);
        expect(Object.keys(s.properties ?? {}), `${kind} ${version}`).toEqual(keys);
      }
    }
  });

  it('a repeated group is an array of closed objects with maxItems = its slots', () => {
    const groups = SUPPORTED_KINDS.flatMap((kind) => getLayout(kind, '202407').groups.map((g) => ({ kind, g })));
    expect(groups.length).toBeGreaterThanOrEqual(3);
    for (const { kind, g } of groups) {
      const s = load(`${kind}.202407.json`).properties?.[g.key];
      expect(s?.type, g.key).toBe('array');
      expect(s?.maxItems, g.key).toBe(g.slots);
      expect(s?.items?.type).toBe('object');
      expect(s?.items?.additionalProperties).toBe(false);
      const layout = getLayout(kind, '202407');
      const requiredMembers = layout.fields
        .filter((f) => f.group?.key === g.key && f.group.index === 0 && f.required === 'required')
        .map((f) => f.group?.member);
      expect(s?.items?.required ?? [], g.key).toEqual(requiredMembers);
      expect(Object.keys(s?.items?.properties ?? {}), g.key).toEqual([...g.members]);
    }
  });

  it('dates, months and codes carry their patterns and enums', () => {
    const p = load('table6Plan.202407.json').properties ?? {};
    expect(p.serviceDate?.pattern).toBe('^\\d{8}$');
    expect(p.targetMonth?.pattern).toBe('^\\d{4}(0[1-9]|1[0-2])$');
    expect(value(p.startTime)?.pattern).toContain('9999');
    expect(value(p.over30Days)).toMatchObject({ enum: ['0', '1'] });
  });

  it('an optional column also accepts "", a required one does not', () => {
    const p = load('table6Plan.202407.json').properties ?? {};
    expect(p.units?.anyOf?.some((b) => b.const === '')).toBe(true);
    expect(p.serviceDate?.anyOf).toBeUndefined();
  });

  it('a column missing from 202208 is always "" and a 202208 length applies in 202208', () => {
    const v3 = load('table7.202208.json').properties ?? {};
    const v4 = load('table7.202407.json').properties ?? {};
    expect(v3.taisCode).toEqual({ default: '', type: 'string', const: '' });
    expect(value(v3.count)?.maxLength).toBe(2);
    expect(value(v4.count)?.maxLength).toBe(3);
  });
});
