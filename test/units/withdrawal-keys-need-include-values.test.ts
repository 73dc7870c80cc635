import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { createUnitValidator, validateUnits } from '../../src/units/index.js';
import { sample, sampleRecords } from './fixtures.js';

const DELETES = ['DLT1KYO', 'DLTPLAN_202505', 'DLTJSK_202505', 'DLTKIHON', 'DLTYOBO'];

describe('withdrawal keys hold values (被保険者番号 …) only with includeValues', () => {
  it('without it, every member of the key but the month is null, and no key value is in the result', () => {
    for (const prefix of DELETES) {
      const r = validateUnits([sample(prefix)]);
      const [w] = r.units[0]?.withdrawals ?? [];
      const month = prefix.startsWith('DLTPLAN') || prefix.startsWith('DLTJSK') ? '202505' : null;
      expect(w?.key).toEqual({
        insurerNumber: null,
        insuredNumber: null,
        planDate: null,
        consultationDate: null,
        month,
        providerCode: null,
        serviceTypeCode: null,
      });
      const text = JSON.stringify(r);
      const record = sampleRecords(prefix)[0] as Record<string, unknown>;
      expect(text).not.toContain(record.insuredNumber as string);
    }
  });

  it('the same from parsed results and from the unit validator', () => {
    const { name, bytes } = sample('DLT1KYO');
    const parsed = parse(bytes as Uint8Array, { fileName: name });
    expect(validateUnits([{ name, parsed }]).units[0]?.withdrawals[0]?.key.insuredNumber).toBeNull();
    const v = createUnitValidator();
    v.add(sample('DLT1KYO'));
    expect(v.finish().units[0]?.withdrawals[0]?.key.insuredNumber).toBeNull();
  });

  it('with it, the key is given in full', () => {
    const [w] = validateUnits([sample('DLT1KYO')], { includeValues: true }).units[0]?.withdrawals ?? [];
    expect(w?.key.insuredNumber).toBe('0000123456');
    expect(w?.key.planDate).toBe('20250415');
  });
});
