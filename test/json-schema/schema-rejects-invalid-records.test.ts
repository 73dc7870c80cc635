import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CsvVersion, SupportedKind } from '../../src/schemas/layouts.js';
import { validRecord } from '../../src/testing/arbitraries.js';
import { recordSchema } from '../../src/zod/index.js';

function valid(kind: SupportedKind, version: CsvVersion, month: string): Record<string, unknown> {
  const [record] = fc.sample(validRecord(kind, { version, month }), { numRuns: 1, seed: 11 });
  return { ...record };
}

const accepts = (kind: SupportedKind, version: CsvVersion, record: Record<string, unknown>) => recordSchema(kind, version).safeParse(record).success;

describe('the schema behind each JSON Schema file rejects invalid records', () => {
  it('a valid record is accepted (baseline for the cases below)', () => {
    expect(accepts('table7', '202407', valid('table7', '202407', '202505'))).toBe(true);
  });

  it('a date that matches the pattern but is no calendar date (作成年月日 20250230)', () => {
    expect(accepts('table7', '202407', { ...valid('table7', '202407', '202505'), createdDate: '20250230' })).toBe(false);
  });

  it('a key the layout does not have', () => {
    expect(accepts('table6Plan', '202407', { ...valid('table6Plan', '202407', '202505'), serviceDay: '20250501' })).toBe(false);
  });

  it('a missing key of a required column (an optional column\'s key may be left out, as the serializer reads it as "")', () => {
    const { serviceDate: _date, ...withoutRequired } = valid('table6Plan', '202407', '202505');
    expect(accepts('table6Plan', '202407', withoutRequired)).toBe(false);
    const { units: _units, ...withoutOptional } = valid('table6Plan', '202407', '202505');
    expect(accepts('table6Plan', '202407', withoutOptional)).toBe(true);
  });

  it('a number instead of a string', () => {
    expect(accepts('table6Plan', '202407', { ...valid('table6Plan', '202407', '202505'), units: 350 })).toBe(false);
  });

  it('a value in a column that 202208 does not have (TAISコード)', () => {
    expect(accepts('table6Plan', '202208', { ...valid('table6Plan', '202208', '202412'), taisCode: '00001-000010' })).toBe(false);
  });

  it('a value longer in 202208 than its 202208 length (第7表 回数／日数 100)', () => {
    const record = { ...valid('table7', '202208', '202412'), count: '100' };
    expect(accepts('table7', '202208', record)).toBe(false);
    expect(accepts('table7', '202407', { ...valid('table7', '202407', '202505'), count: '100' })).toBe(true);
  });

  it('a repeated group with more items than slots', () => {
    const item = { serviceTypeCode: '11', limitAmount: '16765', totalUnits: '12000', overUnits: '0' };
    const record = valid('userSupplement', '202407', '202505');
    expect(accepts('userSupplement', '202407', { ...record, serviceTypeLimits: Array.from({ length: 9 }, () => item) })).toBe(true);
    expect(accepts('userSupplement', '202407', { ...record, serviceTypeLimits: Array.from({ length: 10 }, () => item) })).toBe(false);
  });

  it('a group item with an unknown member', () => {
    const item = { serviceTypeCode: '11', limitAmount: '16765', totalUnits: '12000', overUnits: '0', note: 'x' };
    expect(accepts('userSupplement', '202407', { ...valid('userSupplement', '202407', '202505'), serviceTypeLimits: [item] })).toBe(false);
  });
});
