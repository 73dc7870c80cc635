import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

describe('reconcile: no personal values unless includeValues', () => {
  const plan = [
    validRecord({ insuredNumber: 'H000000012', planManagerName: '介護　花子', serviceDate: '20250505' }),
    validRecord({ serviceDate: '20250506' }),
  ];
  const actual = [
    validRecord({ insuredNumber: 'H000000012', planManagerName: '介護　花子', serviceDate: '20250505', startTime: '1030' }),
    validRecord({ serviceDate: '20250520' }),
  ];
  const compare = ['startTime', 'planManagerName'] as const;

  it('leaves out 被保険者番号 and free-text values by default', () => {
    const r = reconcile(plan, [{ ...actual[0], planManagerName: '別人　太郎' }, ...actual.slice(1)], { compare: [...compare] });
    const json = JSON.stringify(r);
    expect(json).not.toContain('H000000012');
    expect(json).not.toContain('0000123456');
    expect(json).not.toContain('花子');
    expect(json).not.toContain('太郎');
    // The free-text change is still reported, without its values; codes and times keep theirs.
    const changes = r.differences.find((d) => d.type === 'changed')?.changes;
    expect(changes).toEqual([
      { field: 'planManagerName', fieldJa: 'プラン担当者名', column: 7 },
      { field: 'startTime', fieldJa: 'サービス開始時刻', column: 12, plan: '1000', actual: '1030' },
    ]);
    expect(r.userMonths[0]).not.toHaveProperty('insuredNumber');
    expect(r.differences[0]?.user).toEqual({ insurerNumber: '131001', targetMonth: '202505' });
  });

  it('gives them with includeValues: true', () => {
    const r = reconcile(plan, [{ ...actual[0], planManagerName: '別人　太郎' }, ...actual.slice(1)], { compare: [...compare], includeValues: true });
    expect(r.userMonths.map((u) => u.insuredNumber)).toEqual(['H000000012', '0000123456']);
    const changes = r.differences.find((d) => d.type === 'changed')?.changes;
    expect(changes?.[0]).toEqual({ field: 'planManagerName', fieldJa: 'プラン担当者名', column: 7, plan: '介護　花子', actual: '別人　太郎' });
  });
});
