import { describe, expect, it } from 'vitest';
import { DELETE_RULES, validateUnits } from '../../src/units/index.js';
import { edited, sample } from './fixtures.js';

// The keys are personal data: they are given with includeValues (test/units/withdrawal-keys-need-include-values.test.ts).
const only = (prefix: string) => validateUnits([sample(prefix)], { includeValues: true }).units[0]?.withdrawals ?? [];
const NO_KEY = { planDate: null, consultationDate: null, month: null, providerCode: null, serviceTypeCode: null };

describe('delete files are reported as withdrawals, with the cascade the spec states', () => {
  it('DLT1KYO withdraws a plan (1表) and its 2表 and 3表', () => {
    expect(only('DLT1KYO')).toEqual([
      {
        kind: 'plan1Delete',
        withdraws: 'plan1',
        cascade: ['plan2', 'plan3'],
        key: { ...NO_KEY, insurerNumber: '131001', insuredNumber: '0000123456', planDate: '20250415' },
        file: 'DLT1KYO_1370000001_43_1310000002_11_20250416101500.CSV',
        line: 1,
        record: 1,
      },
    ]);
  });

  it('DLTPLAN withdraws a month of 予定 and its 第7表', () => {
    const [w] = only('DLTPLAN_202505');
    expect([w?.withdraws, w?.cascade, w?.key]).toEqual([
      'table6Plan',
      ['table7'],
      { ...NO_KEY, insurerNumber: '131001', insuredNumber: 'H000000012', month: '202505' },
    ]);
  });

  it('DLTJSK withdraws the 実績 of one provider and service type for a month, nothing else', () => {
    const [w] = only('DLTJSK_202505');
    expect([w?.withdraws, w?.cascade, w?.key]).toEqual([
      'table6Actual',
      [],
      { ...NO_KEY, insurerNumber: '131001', insuredNumber: '0000123456', month: '202505', providerCode: '1310000002', serviceTypeCode: '11' },
    ]);
  });

  it('DLTKIHON withdraws 利用者基本情報 with 別表1, 別表2 and the family image; DLTYOBO the plan and its 別表', () => {
    const [kihon] = only('DLTKIHON');
    expect([kihon?.withdraws, kihon?.cascade, kihon?.key.consultationDate]).toEqual([
      'preventionBasicInfo',
      ['preventionBasicInfoSub1', 'preventionBasicInfoSub2', 'familyImage'],
      '20250401',
    ]);
    const [yobo] = only('DLTYOBO');
    expect([yobo?.withdraws, yobo?.cascade, yobo?.key.planDate]).toEqual(['preventionPlan', ['preventionPlanSub'], '20250410']);
  });

  it('one withdrawal per delete record, in file order; a record with a bad key is left out (its file reports it)', () => {
    const file = edited('DLT1KYO', (rs) => [
      rs[0] as Record<string, unknown>,
      { ...rs[0], insuredNumber: '0000654321' },
      { ...rs[0], planDate: '2025041' },
    ]);
    const r = validateUnits([file], { includeValues: true });
    expect(r.units[0]?.withdrawals.map((w) => [w.record, w.key.insuredNumber])).toEqual([
      [1, '0000123456'],
      [2, '0000654321'],
    ]);
    expect(r.units[0]?.verdict).toBe('invalid');
  });

  it('units without delete files withdraw nothing; the rule table is exported as data', () => {
    expect(only('UP1KYO')).toEqual([]);
    expect(Object.keys(DELETE_RULES).sort()).toEqual([
      'plan1Delete',
      'preventionBasicInfoDelete',
      'preventionPlanDelete',
      'table6ActualDelete',
      'table6PlanDelete',
    ]);
  });
});
