import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('field rule: 整数 columns take ASCII digits only (field.integer)', () => {
  it('rejects full-width digits, signs, decimal points and spaces', () => {
    const { rows, result } = readRecords([
      validRecord({ units: '３９６' }), // full-width digits
      validRecord({ serviceCount: '１' }), // full-width digit
      validRecord({ units: '-1' }),
      validRecord({ shortStayDaysBeforeMonth: '+3' }),
      validRecord({ units: '39.6' }),
      validRecord({ detailCode: ' 1' }),
      validRecord({ detailCode: 'a' }),
    ]);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'field.integer',
        severity: 'error',
        line: 1,
        record: 1,
        column: 8,
        field: 'units',
        fieldJa: '単位数',
        byteOffset: cellOffset(rows, 0, 8),
      },
      {
        code: 'field.integer',
        severity: 'error',
        line: 2,
        record: 2,
        column: 14,
        field: 'serviceCount',
        fieldJa: 'サービス回数',
        byteOffset: cellOffset(rows, 1, 14),
      },
      {
        code: 'field.integer',
        severity: 'error',
        line: 3,
        record: 3,
        column: 8,
        field: 'units',
        fieldJa: '単位数',
        byteOffset: cellOffset(rows, 2, 8),
      },
      {
        code: 'field.integer',
        severity: 'error',
        line: 4,
        record: 4,
        column: 9,
        field: 'shortStayDaysBeforeMonth',
        fieldJa: '前月までの短期入所利用日数',
        byteOffset: cellOffset(rows, 3, 9),
      },
      {
        code: 'field.integer',
        severity: 'error',
        line: 5,
        record: 5,
        column: 8,
        field: 'units',
        fieldJa: '単位数',
        byteOffset: cellOffset(rows, 4, 8),
      },
      {
        code: 'field.integer',
        severity: 'error',
        line: 6,
        record: 6,
        column: 19,
        field: 'detailCode',
        fieldJa: '明細判別コード',
        byteOffset: cellOffset(rows, 5, 19),
      },
      {
        code: 'field.integer',
        severity: 'error',
        line: 7,
        record: 7,
        column: 19,
        field: 'detailCode',
        fieldJa: '明細判別コード',
        byteOffset: cellOffset(rows, 6, 19),
      },
    ]);
  });

  it('accepts plain ASCII digits, including 0 and leading zeros', () => {
    const { result } = readRecords([validRecord({ units: '0', serviceCount: '01', shortStayDaysBeforeMonth: '12345', detailCode: '2' })]);
    expect(result.issues).toEqual([]);
  });
});
