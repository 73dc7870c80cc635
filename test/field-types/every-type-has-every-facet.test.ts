import { describe, expect, it } from 'vitest';
import { ALL_FIELD_TYPES, FIELD_TYPES } from '../../src/field-types/index.js';
import { FIELD_TYPE_TESTING } from '../../src/field-types/testing.js';
import { FIELD_TYPE_ZOD } from '../../src/field-types/zod.js';
import { ISSUE_CODES } from '../../src/issues/codes.js';
import { getLayout, kindVersions, SUPPORTED_KINDS } from '../../src/schemas/layouts.js';
import { MUTATION_KINDS } from '../../src/testing/mutations.js';

// Adding a field type is one unit (check.ts, zod.ts, testing.ts) plus its registry lines: every type of the
// core registry has every facet, and every consumer (layouts, generator, mutations) agrees on the list.
const generator = new URL('../../scripts/gen-layouts.mjs', import.meta.url).href;
const { fieldTypeNames } = (await import(generator)) as { fieldTypeNames: () => Set<string> };
const NAMES = Object.keys(FIELD_TYPES) as (keyof typeof FIELD_TYPES)[];

describe('every field type has every facet', () => {
  it.each(NAMES)('%s', (name) => {
    const unit = FIELD_TYPES[name];
    expect(unit.type).toBe(name);
    expect(unit.labelJa).not.toBe('');
    expect(unit.labelEn).not.toBe('');
    expect(unit.codes.length).toBeGreaterThan(0);
    for (const code of unit.codes) expect(Object.hasOwn(ISSUE_CODES, code)).toBe(true);
    expect(typeof unit.compile).toBe('function');
    if (unit.repair !== undefined) expect(typeof unit.repair).toBe('function');
    expect(typeof FIELD_TYPE_ZOD[name]).toBe('function');
    const testing = FIELD_TYPE_TESTING[name];
    expect(typeof testing.valid).toBe('function');
    if (testing.invalid !== null) {
      // The mutation's issue is one the unit reports.
      expect(Object.hasOwn(MUTATION_KINDS, testing.invalid.mutation)).toBe(true);
      expect(unit.codes).toContain(MUTATION_KINDS[testing.invalid.mutation]);
      expect(testing.invalid.what).not.toBe('');
    }
    // A type whose length can be exceeded reports field.tooLong.
    if (testing.overLength !== null) expect(unit.codes).toContain('field.tooLong');
  });

  it('the three registries list the same types, in the same order', () => {
    expect(ALL_FIELD_TYPES.map((u) => u.type)).toEqual(NAMES);
    expect(Object.keys(FIELD_TYPE_ZOD)).toEqual(NAMES);
    expect(Object.keys(FIELD_TYPE_TESTING)).toEqual(NAMES);
  });

  it('the layout generator reads the same list', () => {
    expect([...fieldTypeNames()]).toEqual(NAMES);
  });

  it('every column of every layout has a registered type', () => {
    for (const kind of SUPPORTED_KINDS) {
      for (const v of kindVersions(kind)) for (const f of getLayout(kind, v).fields) expect(NAMES).toContain(f.type);
    }
  });

  it('each mutation of a value belongs to one type', () => {
    const mutations = NAMES.flatMap((n) => FIELD_TYPE_TESTING[n].invalid?.mutation ?? []);
    expect(new Set(mutations).size).toBe(mutations.length);
  });
});
