import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { allSamples, SAMPLE_IMAGE } from './fixtures.js';

describe('the bundled samples form send units of the spec', () => {
  const r = validateUnits(allSamples());
  const byId = new Map(r.units.map((u) => [u.id, u]));

  it('groups the 21 sample files and the family image into 10 units, none ungrouped', () => {
    expect(r.ungrouped).toEqual([]);
    expect(r.units).toHaveLength(10);
    expect(r.units.flatMap((u) => u.files)).toHaveLength(22);
  });

  it('each unit is the combination its files make', () => {
    expect(r.units.map((u) => [u.serial, u.combination])).toEqual([
      ['20250225170512', 'usage'],
      ['20250415093000', 'carePlan'],
      ['20250415093000', 'preventionPlanWithBasicInfo'],
      ['20250416101500', 'carePlanDelete'],
      ['20250417091500', 'basicInfoDelete'],
      ['20250417093000', 'preventionPlanDelete'],
      ['20250425170512', 'usage'],
      ['20250426090000', 'usageDelete'],
      ['20250603120000', 'actual'],
      ['20250605100000', 'actualDelete'],
    ]);
  });

  it('every unit is valid, the 第3.x 予定 set (UPPLAN, UPSIKYU, UPHOSOKU of 202503) included', () => {
    for (const u of r.units) {
      expect(u.issues, u.id).toEqual([]);
      expect(u.verdict, u.id).toBe('valid');
    }
    expect(
      byId
        .get('1370000001_1310000002_20250225170512')
        ?.files.map((f) => f.kind)
        .sort(),
    ).toEqual(['table6Plan', 'table7', 'userSupplement']);
  });

  it('without the family image the 介護予防 unit is invalid: the image UPKIHON No.62 names is missing', () => {
    const without = validateUnits(allSamples().filter((f) => f.name !== SAMPLE_IMAGE));
    const unit = without.units.find((u) => u.combination === 'preventionPlanWithBasicInfo');
    expect(unit?.issues.map((i) => [i.code, i.line, i.column])).toEqual([['link.imageMissing', 1, 62]]);
    expect(unit?.verdict).toBe('invalid');
  });
});
