import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../src/api.js';
import { validateUnits } from '../../src/units/index.js';
import type { UnitFileInput } from '../../src/units/types.js';
import { edited, PLAN_SET, sample } from './fixtures.js';

const asParsed = (f: UnitFileInput): UnitFileInput => ({ name: f.name, parsed: parse(f.bytes as Uint8Array, { fileName: f.name }) });

describe('already-parsed results can stand in for bytes', () => {
  const plan2 = edited('UP2KYO', (rs) => rs.map((r) => ({ ...r, planDate: '20250416' })));
  const files = [...PLAN_SET.filter((p) => p !== 'UP2KYO').map(sample), plan2];

  it('give the same unit issues as bytes, with the record number and no line', () => {
    const fromBytes = validateUnits(files).units[0]?.issues ?? [];
    const fromParsed = validateUnits(files.map(asParsed)).units[0]?.issues ?? [];
    expect(fromParsed.map((i) => [i.code, i.file, i.record, i.params])).toEqual(fromBytes.map((i) => [i.code, i.file, i.record, i.params]));
    expect(fromParsed.map((i) => i.line)).toEqual([null, null]);
    expect(fromBytes.map((i) => i.line)).toEqual([1, 1]);
  });

  it('keep the file results without their records', () => {
    const unit = validateUnits(files.map(asParsed)).units[0];
    expect(unit?.files.map((f) => [f.kind, f.result.recordCount, 'records' in f.result])).toEqual([
      ['plan1', 1, false],
      ['plan2', 4, false],
      ['plan3', 4, false],
      ['userSupplement', 1, false],
    ]);
  });

  it('a validate result (no records) takes part in no link check', () => {
    const withValidate = files.map((f) =>
      f.name === plan2.name ? { name: f.name, parsed: validate(f.bytes as Uint8Array, { fileName: f.name }) } : f,
    );
    expect(validateUnits(withValidate).units[0]?.issues).toEqual([]);
  });
});
