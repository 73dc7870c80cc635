import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

const DAYS_1_TO_5 = `11111${'0'.repeat(26)}`;

describe('field rule: 日割対象日 is exactly 31 characters of 0/1 (field.dayFlags)', () => {
  it('accepts 31 flags, and an empty value (not a pro-rated service)', () => {
    expect(DAYS_1_TO_5).toHaveLength(31);
    const { result } = readRecords([
      validRecord({ proRataDays: DAYS_1_TO_5 }),
      validRecord({ proRataDays: '1'.repeat(31) }),
      validRecord({ proRataDays: '' }),
    ]);
    expect(result.issues).toEqual([]);
  });

  it('rejects 30 or 32 flags, other digits and full-width digits (one issue, not also tooLong)', () => {
    const bad = ['0'.repeat(30), '0'.repeat(32), `2${'0'.repeat(30)}`, `１${'0'.repeat(30)}`, ` ${'0'.repeat(30)}`];
    const { rows, result } = readRecords(bad.map((proRataDays) => validRecord({ proRataDays })));
    expect(locatedAll(result.issues)).toEqual(
      bad.map((_, i) => ({
        code: 'field.dayFlags',
        severity: 'error',
        line: i + 1,
        record: i + 1,
        column: 11,
        field: 'proRataDays',
        fieldJa: '日割対象日',
        byteOffset: cellOffset(rows, i, 11),
      })),
    );
  });
});
