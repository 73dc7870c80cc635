import { describe, expect, it } from 'vitest';
import { reconcile } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

// The plan lists every provider's services (第6表 is the user's whole month); a UPJSK file holds one
// provider's 実績 for one service type.
const homeHelp = validRecord({ providerCode: '1310000002', serviceCode: '111211', serviceDate: '20250505' });
const dayCare = validRecord({ providerCode: '1510000003', serviceCode: '155111', serviceDate: '20250507', startTime: '0930', endTime: '1600' });
const nursing = validRecord({ providerCode: '1310000002', serviceCode: '131111', serviceDate: '20250510', startTime: '1400', endTime: '1500' });
const plan = [homeHelp, dayCare, nursing];

describe('reconcile: the plan side is restricted to the providers of the actual side', () => {
  it('by default, other providers and other service types of the same office are excluded, not missing', () => {
    const r = reconcile(plan, [homeHelp]);
    expect(r.scope).toBe('actualProviders');
    expect(r.same).toBe(true);
    expect(r.summary).toMatchObject({ planRows: 1, matched: 1, excludedPlanRows: 2 });
    expect(r.excluded).toEqual([
      { targetMonth: '202505', providerCode: '1510000003', serviceType: '15', planRows: 1 },
      { targetMonth: '202505', providerCode: '1310000002', serviceType: '13', planRows: 1 },
    ]);
  });

  it('a provider present in the actual side has its undelivered rows reported', () => {
    const second = { ...homeHelp, serviceDate: '20250512' };
    const r = reconcile([...plan, second], [homeHelp]);
    expect(r.differences.map((d) => [d.type, d.plan?.serviceDate])).toEqual([['missing', '20250512']]);
  });

  it('satellites share the provider scope (one file per office number and service type)', () => {
    const satellite = { ...homeHelp, satelliteBranch: '2', serviceDate: '20250506' };
    const r = reconcile([homeHelp, satellite], [homeHelp]);
    expect(r.differences.map((d) => [d.type, d.plan?.satelliteBranch])).toEqual([['missing', '2']]);
  });

  it("scope 'all' compares every plan row", () => {
    const r = reconcile(plan, [homeHelp], { scope: 'all' });
    expect(r.summary).toMatchObject({ planRows: 3, missing: 2, excludedPlanRows: 0 });
    expect(r.excluded).toEqual([]);
  });

  it('an actual side for another month covers no plan row', () => {
    const r = reconcile(plan, [{ ...homeHelp, targetMonth: '202506', serviceDate: '20250605' }]);
    expect(r.summary).toMatchObject({ excludedPlanRows: 3, extra: 1, missing: 0 });
  });
});
