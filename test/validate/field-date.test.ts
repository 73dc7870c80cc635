import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord, validV3Record } from '../helpers/table6.js';

const createdDateIssue = (rows: string[][], i: number) => ({
  code: 'field.date',
  severity: 'error',
  line: i + 1,
  record: i + 1,
  column: 4,
  field: 'createdDate',
  fieldJa: '作成年月日',
  byteOffset: cellOffset(rows, i, 4),
});

describe('field rule: dates are real calendar days YYYYMMDD (field.date)', () => {
  it('accepts 29 February in leap years only', () => {
    const { rows, result } = readRecords([
      validRecord({ createdDate: '20240229' }), // 2024 is a leap year
      validRecord({ createdDate: '20250229' }), // 2025 is not
      validRecord({ createdDate: '20000229' }), // divisible by 400: leap
      validRecord({ createdDate: '21000229' }), // divisible by 100, not 400: not leap
    ]);
    expect(locatedAll(result.issues)).toEqual([createdDateIssue(rows, 1), createdDateIssue(rows, 3)]);
  });

  it('rejects days past the end of the month, month 00/13, day 00 and other shapes', () => {
    const { rows, result } = readRecords([
      validRecord({ createdDate: '20250431' }), // April has 30 days
      validRecord({ createdDate: '20250430' }), // fine
      validRecord({ createdDate: '20251301' }),
      validRecord({ createdDate: '20250001' }),
      validRecord({ createdDate: '20250400' }),
      validRecord({ createdDate: '2025-4-1' }),
      validRecord({ createdDate: '２０２５０４２０' }), // full-width digits
      validRecord({ createdDate: '202504201' }), // 9 digits
    ]);
    expect(locatedAll(result.issues)).toEqual([0, 2, 3, 4, 5, 6, 7].map((i) => createdDateIssue(rows, i)));
  });

  it('checks サービス利用日 the same way, and then does not also report it as outside 対象年月', () => {
    const { rows, result } = readRecords([validV3Record({ targetMonth: '202502', serviceDate: '20250229', createdDate: '20250120' })]);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'field.date',
        severity: 'error',
        line: 1,
        record: 1,
        column: 10,
        field: 'serviceDate',
        fieldJa: 'サービス利用日',
        byteOffset: cellOffset(rows, 0, 10),
      },
    ]);
  });
});
