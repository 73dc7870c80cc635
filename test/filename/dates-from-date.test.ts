import { describe, expect, it } from 'vitest';
import { buildFileName, CareplanUsageError, isUsageError, parseFileName, toDateString, toFileSerial, toYearMonthString } from '../../src/index.js';

describe('dates, months and file serials from a Date, in Japan time', () => {
  it('gives YYYYMMDD, YYYYMM and YYYYMMDDHHMMSS in UTC+9 whatever the machine time zone', () => {
    const d = new Date('2025-04-30T15:30:05Z'); // 2025-05-01 00:30:05 in Japan
    expect(toDateString(d)).toBe('20250501');
    expect(toYearMonthString(d)).toBe('202505');
    expect(toFileSerial(d)).toBe('20250501003005');
  });

  it('the serial makes a file name buildFileName accepts and parseFileName reads back', () => {
    const d = new Date('2025-04-25T08:05:12Z');
    const name = buildFileName({
      kind: 'table6Plan',
      month: toYearMonthString(d),
      senderOffice: '1370000001',
      senderServiceType: '43',
      receiverOffice: '1310000002',
      receiverServiceType: '11',
      serial: toFileSerial(d),
    });
    expect(name).toBe('UPPLAN_202504_1370000001_43_1310000002_11_20250425170512.CSV');
    const parsed = parseFileName(name);
    expect(parsed.ok && parsed.parts.serial).toBe('20250425170512');
  });

  it('an invalid Date, or no Date, is API misuse: a coded CareplanUsageError naming the function', () => {
    const calls = { toDateString, toYearMonthString, toFileSerial } as Record<string, (d: unknown) => string>;
    for (const [name, fn] of Object.entries(calls)) {
      for (const bad of [new Date(Number.NaN), '2025-05-01', 20250501, undefined]) {
        let thrown: unknown;
        try {
          fn(bad);
        } catch (e) {
          thrown = e;
        }
        expect(thrown, `${name}(${String(bad)})`).toBeInstanceOf(CareplanUsageError);
        expect(thrown).toBeInstanceOf(TypeError);
        expect(thrown).toMatchObject({ code: 'ERR_CAREPLAN_ARGUMENT', function: name });
        expect(isUsageError(thrown)).toBe(true);
        // The message names the type, never the value.
        expect((thrown as Error).message).not.toContain('2025');
      }
    }
  });
});
