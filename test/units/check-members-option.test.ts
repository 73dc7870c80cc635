import { describe, expect, it } from 'vitest';
import { createUnitValidator, validateUnits } from '../../src/units/index.js';
import { sample } from './fixtures.js';

const codes = (r: ReturnType<typeof validateUnits>) => r.units.flatMap((u) => u.issues.map((i) => i.code));

describe('checkMembers: whether the files a unit lacks are reported', () => {
  it('true (the default): a single file is a whole send', () => {
    expect(codes(validateUnits([sample('UPPLAN_202505')]))).toEqual(['unit.memberMissing', 'unit.memberMissing']);
    expect(codes(validateUnits([sample('UPSIKYU_202505')]))).toEqual(['unit.masterFileMissing']);
  });

  it("'auto': a unit of one file is checked as a file; a unit of two or more is checked for the rest", () => {
    expect(codes(validateUnits([sample('UPPLAN_202505')], { checkMembers: 'auto' }))).toEqual([]);
    const t7 = validateUnits([sample('UPSIKYU_202505')], { checkMembers: 'auto' });
    expect(codes(t7)).toEqual([]);
    expect(t7.ok).toBe(true);
    const two = validateUnits([sample('UPPLAN_202505'), sample('UPHOSOKU_202505')], { checkMembers: 'auto' });
    expect(two.units[0]?.issues.map((i) => [i.code, i.params.expected])).toEqual([['unit.memberMissing', 'UPSIKYU']]);
  });

  it('false: never', () => {
    expect(codes(validateUnits([sample('UPPLAN_202505'), sample('UPHOSOKU_202505')], { checkMembers: false }))).toEqual([]);
    expect(codes(validateUnits([sample('UPSIKYU_202505')], { checkMembers: false }))).toEqual([]);
  });

  it('another value is API misuse', () => {
    expect(() => createUnitValidator({ checkMembers: 'yes' as never })).toThrow(/checkMembers/);
  });
});
