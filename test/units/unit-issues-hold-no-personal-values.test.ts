import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { edited, sample, USAGE_SET } from './fixtures.js';

describe('unit issues are data without personal values', () => {
  it('links broken with other 被保険者番号 never echo them, in either locale', () => {
    const insured = fc.stringMatching(/^[0-9]{10}$/).filter((s) => !s.startsWith('0000') && !s.startsWith('13'));
    fc.assert(
      fc.property(insured, insured, fc.constantFrom('ja' as const, 'en' as const), (a, b, locale) => {
        const t7 = edited('UPSIKYU_202505', (rs) => rs.map((r) => (r.insuredNumber === 'H000000012' ? { ...r, insuredNumber: a } : r)));
        const sup = edited('UPHOSOKU_202505', (rs) => rs.map((r) => ({ ...r, insuredNumber: b })));
        const r = validateUnits([sample('UPPLAN_202505'), t7, sup], { locale });
        const issues = r.units[0]?.issues ?? [];
        expect(issues.map((i) => i.code)).toContain('link.masterMissing');
        const text = JSON.stringify(issues);
        expect(text).not.toContain(a);
        expect(text).not.toContain(b);
        for (const i of issues) expect(i.value).toBeUndefined();
      }),
      { numRuns: 20 },
    );
  });

  it('every unit issue is plain JSON data with a rendered message', () => {
    const r = validateUnits([sample('UPSIKYU_202505'), ...USAGE_SET.map(sample), sample('UP1KYO')]);
    const issues = r.units.flatMap((u) => u.issues);
    expect(issues.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(issues))).toEqual(issues);
    for (const i of issues) expect(i.message.length).toBeGreaterThan(0);
  });
});
