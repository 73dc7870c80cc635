import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { renamed, sample } from './fixtures.js';

describe('a dependant file needs its master file in the same unit', () => {
  it('a 2表 alone: error on the 2表, naming the master kind', () => {
    const r = validateUnits([sample('UP2KYO')]);
    expect(r.units[0]?.issues.map((i) => [i.code, i.severity, i.file, i.params.expected, i.params.actual, i.related])).toEqual([
      ['unit.masterFileMissing', 'error', 'UP2KYO_1370000001_43_1310000002_11_20250415093000.CSV', 'UP1KYO', 'UP2KYO', null],
    ]);
    expect(r.units[0]?.combination).toBe('carePlan');
  });

  it('a 第7表 or an UPHOSOKU of a month without the 第6表', () => {
    const r = validateUnits([sample('UPSIKYU_202505'), sample('UPHOSOKU_202505')]);
    expect(r.units[0]?.issues.map((i) => [i.code, i.params.actual])).toEqual([
      ['unit.masterFileMissing', 'UPSIKYU'],
      ['unit.masterFileMissing', 'UPHOSOKU_202505'],
    ]);
  });

  it('a sub-file whose segments differ from its parent lands in another unit: the parent there is named', () => {
    // 別表1 written with the sender's service type 43 instead of the UPKIHON's 46.
    const sub1 = renamed('UPKIHON_SUB1', (n) => n.replace('_1370000001_46_', '_1370000001_43_'));
    const r = validateUnits([sample('UPKIHON'), sample('UPKIHON_SUB2'), sub1], { checkImages: false });
    const own = r.units.find((u) => u.files.some((f) => f.file === sub1.name));
    expect(own?.issues.map((i) => [i.code, i.params.detail, i.related?.file])).toEqual([
      ['unit.masterFileMissing', 'otherUnit', 'UPKIHON_1370000001_46_1310000002_A2_20250415093000.CSV'],
    ]);
    expect(own?.issues[0]?.message).toContain('送信元または送信先の異なる UPKIHON があります');
    // The parent's unit misses its 別表1.
    const parent = r.units.find((u) => u !== own);
    expect(parent?.issues.map((i) => [i.code, i.params.expected])).toEqual([['unit.memberMissing', 'UPKIHON_SUB1']]);
  });

  it('a family image without its 利用者基本情報', () => {
    const r = validateUnits([{ name: 'UPKIHON_IMAGE_1370000001_46_1310000002_A2_20250415093000_0001.jpg' }]);
    expect(r.units[0]?.issues.map((i) => [i.code, i.params.expected, i.params.actual])).toEqual([
      ['unit.masterFileMissing', 'UPKIHON', 'UPKIHON_IMAGE'],
    ]);
  });
});
