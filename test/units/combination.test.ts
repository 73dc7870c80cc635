import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { PLAN_SET, PREVENTION_SET, renamed, sample, SAMPLE_IMAGE, USAGE_SET } from './fixtures.js';

/** Moves a sample to another serial (the plan and 介護予防 sets are at 20250415093000). */
const toSerial = (serial: string) => (name: string) => name.replace(/_\d{14}(\.CSV|_\d{4}\.jpg)$/, `_${serial}$1`);

describe('the files of a unit must form one of the spec combinations (§2.4, §3.4)', () => {
  it('recognises every combination of the spec', () => {
    const cases: [string[], string][] = [
      [[...PLAN_SET], 'carePlan'],
      [[...USAGE_SET], 'usage'],
      [['DLT1KYO'], 'carePlanDelete'],
      [['DLTPLAN_202505'], 'usageDelete'],
      [['UPJSK_202505'], 'actual'],
      [['DLTJSK_202505'], 'actualDelete'],
      [['UPKIHON', 'UPKIHON_SUB1', 'UPKIHON_SUB2'], 'basicInfo'],
      [['UPYOBO', 'UPYOBO_SUB'], 'preventionPlan'],
      [[...PREVENTION_SET], 'preventionPlanWithBasicInfo'],
      [['DLTKIHON'], 'basicInfoDelete'],
      [['DLTYOBO'], 'preventionPlanDelete'],
    ];
    for (const [prefixes, combination] of cases) {
      const files = prefixes.map(sample);
      if (prefixes.includes('UPKIHON')) files.push({ name: SAMPLE_IMAGE });
      const r = validateUnits(files);
      expect(
        r.units.map((u) => u.combination),
        combination,
      ).toEqual([combination]);
      expect(r.units[0]?.issues, combination).toEqual([]);
    }
  });

  it('a 1表 and a 第6表 under one serial, sender and receiver are no combination (an error)', () => {
    const r = validateUnits([sample('UP1KYO'), renamed('UPPLAN_202505', toSerial('20250415093000'))]);
    const u = r.units[0];
    expect(u?.combination).toBeNull();
    expect(u?.issues.map((i) => [i.code, i.severity, i.file, i.params.detail])).toEqual([['unit.combination', 'error', null, 'UP1KYO + UPPLAN']]);
    expect(u?.verdict).toBe('invalid');
  });

  it('an UPHOSOKU of a month (sent with 第6表) in the plan set is tied to the wrong set', () => {
    const r = validateUnits([...PLAN_SET.map(sample), renamed('UPHOSOKU_202505', toSerial('20250415093000'))]);
    expect(r.units[0]?.issues.map((i) => [i.code, i.params.detail])).toContainEqual([
      'unit.combination',
      'UP1KYO + UP2KYO + UP3KYO + UPHOSOKU_000000 + UPHOSOKU_YYYYMM',
    ]);
  });

  it('a delete file with other files of the same serial is no combination', () => {
    const r = validateUnits([sample('DLT1KYO'), renamed('UP1KYO', toSerial('20250416101500'))]);
    expect(r.units[0]?.issues.map((i) => i.code)).toContain('unit.combination');
  });
});
