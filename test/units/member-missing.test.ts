import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { PLAN_SET, sample } from './fixtures.js';

describe('a unit should hold every file its combination lists (a warning)', () => {
  it('a 第6表 sent without its 第7表 and 利用者補足情報', () => {
    const r = validateUnits([sample('UPPLAN_202505')]);
    const u = r.units[0];
    expect(u?.issues.map((i) => [i.code, i.severity, i.file, i.params.expected, i.params.actual])).toEqual([
      ['unit.memberMissing', 'warning', 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV', 'UPSIKYU', 'UPPLAN'],
      ['unit.memberMissing', 'warning', 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV', 'UPHOSOKU_202505', 'UPPLAN'],
    ]);
    expect(u?.verdict).toBe('warnings');
    expect(r.ok).toBe(true);
  });

  it('a plan set without its 3表', () => {
    const r = validateUnits(PLAN_SET.filter((p) => p !== 'UP3KYO').map(sample));
    expect(r.units[0]?.issues.map((i) => [i.code, i.params.expected])).toEqual([['unit.memberMissing', 'UP3KYO']]);
  });

  it('利用者基本情報 without its 別表 1 and 2', () => {
    const r = validateUnits([sample('UPKIHON')], { checkImages: false });
    expect(r.units[0]?.issues.map((i) => [i.code, i.params.expected])).toEqual([
      ['unit.memberMissing', 'UPKIHON_SUB1'],
      ['unit.memberMissing', 'UPKIHON_SUB2'],
    ]);
  });

  it('a 介護予防サービス・支援計画書 alone or with 利用者基本情報 is a unit of the spec; a delete file stands alone', () => {
    expect(validateUnits([sample('UPYOBO'), sample('UPYOBO_SUB')]).units[0]?.issues).toEqual([]);
    expect(validateUnits([sample('DLTPLAN_202505')]).units[0]?.issues).toEqual([]);
  });
});
