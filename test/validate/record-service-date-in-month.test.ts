import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('record rule: サービス利用日 lies inside 対象年月', () => {
  it('reports record.serviceDateOutsideMonth at the サービス利用日 column', () => {
    const { rows, result } = readRecords([
      validRecord({ serviceDate: '20250601' }), // the month after
      validRecord({ serviceDate: '20250501' }), // first day: fine
      validRecord({ serviceDate: '20250531' }), // last day: fine
      validRecord({ serviceDate: '20250430' }), // the month before
      validRecord({ serviceDate: '20240505' }), // same month, another year
    ]);
    const outside = (i: number) => ({
      code: 'record.serviceDateOutsideMonth',
      severity: 'error',
      line: i + 1,
      record: i + 1,
      column: 10,
      field: 'serviceDate',
      fieldJa: 'サービス利用日',
      byteOffset: cellOffset(rows, i, 10),
    });
    expect(locatedAll(result.issues)).toEqual([outside(0), outside(3), outside(4)]);
  });

  it('is not checked when 対象年月 is invalid (only the field issue is reported)', () => {
    const { rows, result } = readRecords([validRecord({ targetMonth: '202513', serviceDate: '20250601' })]);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'field.yearMonth',
        severity: 'error',
        line: 1,
        record: 1,
        column: 5,
        field: 'targetMonth',
        fieldJa: '対象年月',
        byteOffset: cellOffset(rows, 0, 5),
      },
    ]);
  });
});
