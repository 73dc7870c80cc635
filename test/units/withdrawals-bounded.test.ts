import { describe, expect, it } from 'vitest';
import { normalizeParseOptions } from '../../src/options.js';
import { readBytes } from '../../src/parse/read.js';
import { summary } from '../../src/summary.js';
import { KeyObserver } from '../../src/units/keys.js';
import { MAX_WITHDRAWALS } from '../../src/units/validate-units.js';
import { validateUnits } from '../../src/units/index.js';
import { edited, sampleName } from './fixtures.js';

const N = 300;
// A valid DLT1KYO of N records, one user each.
const file = edited('DLT1KYO', (rs) => Array.from({ length: N }, (_, i) => ({ ...rs[0], insuredNumber: String(1_000_000 + i).padStart(10, '0') })));
const bytes = file.bytes as Uint8Array;

describe('the withdrawals of a unit are bounded by maxWithdrawals', () => {
  it('lists that many, then one limit.withdrawals warning gives the total', () => {
    const r = validateUnits([file], { maxWithdrawals: 100 });
    const u = r.units[0];
    expect(u?.files[0]?.result.ok).toBe(true);
    expect(u?.withdrawals).toHaveLength(100);
    expect(u?.withdrawals.map((w) => w.record)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(u?.issues.map((i) => [i.code, i.severity, i.file, i.params])).toEqual([
      ['limit.withdrawals', 'warning', file.name, { expected: 100, actual: N }],
    ]);
    expect(u?.verdict).toBe('warnings');
  });

  it('the keys kept for the unit checks are bounded too (a count for the rest)', () => {
    const name = sampleName('DLT1KYO');
    const observer = new KeyObserver('plan1Delete', 'plan1Delete', 10);
    const keys = observer.finish(summary(readBytes(bytes, normalizeParseOptions({ fileName: name }), false, [], false, [observer])));
    expect(keys.deletes).toHaveLength(10);
    expect(keys.deleteCount).toBe(N);
  });

  it('up to the limit, all are listed and there is no issue', () => {
    const u = validateUnits([file], { maxWithdrawals: N }).units[0];
    expect(u?.withdrawals).toHaveLength(N);
    expect(u?.issues).toEqual([]);
    expect(u?.verdict).toBe('valid');
  });

  it('is 100,000 by default; 0 and Infinity are allowed, anything else is misuse', () => {
    expect(MAX_WITHDRAWALS).toBe(100_000);
    expect(validateUnits([file], { maxWithdrawals: 0 }).units[0]?.withdrawals).toEqual([]);
    expect(validateUnits([file], { maxWithdrawals: Infinity }).units[0]?.withdrawals).toHaveLength(N);
    for (const bad of [-1, 1.5, Number.NaN, '10']) {
      expect(() => validateUnits([file], { maxWithdrawals: bad as number })).toThrow(TypeError);
    }
  });
});
