import { describe, expect, it } from 'vitest';
import { parseFileName } from '../../src/filename/index.js';

const planName = (month: string): string => `UPPLAN_${month}_1370000001_43_1310000002_11_20250425170512.CSV`;
const supplementName = (month: string): string => `UPHOSOKU_${month}_1370000001_43_1310000002_11_20250425170512.CSV`;
const serialName = (serial: string): string => `UP1KYO_1370000001_43_1310000002_11_${serial}.CSV`;

const badMonth = { code: 'badMonth', severity: 'error', segment: 'month' };
const badSerial = { code: 'badSerial', severity: 'error', segment: 'serial' };

describe('the month segment must be a real month', () => {
  it.each(['202501', '202512', '202505', '199901'])('accepts %s', (m) => {
    expect(parseFileName(planName(m))).toMatchObject({ ok: true, parts: { month: m } });
  });

  it.each(['202500', '202513', '202599', '000000', '000013'])('refuses %s for UPPLAN', (m) => {
    const result = parseFileName(planName(m));
    expect(result).toMatchObject({ ok: false, kind: 'table6Plan', parts: null });
    expect(result.problems).toEqual([badMonth]);
  });

  it('accepts 000000 for UPHOSOKU (the file goes with plan tables 1–3)', () => {
    expect(parseFileName(supplementName('000000'))).toMatchObject({ ok: true, problems: [], parts: { month: '000000' } });
  });

  it.each(['202500', '202513', '00000', '2025AB'])('refuses %s for UPHOSOKU', (m) => {
    expect(parseFileName(supplementName(m)).problems).toEqual([badMonth]);
  });

  it.each(['DLTPLAN', 'DLTJSK', 'UPJSK', 'UPSIKYU'])('refuses 000000 for %s', (prefix) => {
    const result = parseFileName(`${prefix}_000000_1370000001_43_1310000002_11_20250425170512.CSV`);
    expect(result.problems).toEqual([badMonth]);
  });
});

describe('the ファイル連番 must be a real date and time', () => {
  it.each([
    '20250101000000',
    '20251231235959',
    '20240229120000', // leap year
    '20000229120000', // divisible by 400: leap
    '20250430000000',
    '20250131000000',
  ])('accepts %s', (serial) => {
    expect(parseFileName(serialName(serial))).toMatchObject({ ok: true, parts: { serial } });
  });

  it.each([
    ['month 00', '20250015093000'],
    ['month 13', '20251315093000'],
    ['day 00', '20250400093000'],
    ['April 31', '20250431093000'],
    ['February 29 of a common year', '20250229093000'],
    ['February 29 of 1900 (divisible by 100, not 400)', '19000229093000'],
    ['February 30 of a leap year', '20240230093000'],
    ['day 32', '20250132093000'],
    ['hour 24', '20250415240000'],
    ['minute 60', '20250415096000'],
    ['second 60', '20250415093060'],
    ['letters', '2025041509300A'],
    ['full-width digits', '２０２５０４１５０９３０００'],
  ])('refuses %s', (_label, serial) => {
    const result = parseFileName(serialName(serial));
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([badSerial]);
  });
});
