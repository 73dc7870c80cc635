import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, rowOffset, validRecord, validV3Record } from '../helpers/table6.js';

describe('record rule: 福祉用具貸与 lines (17 / 67) need a TAISコード or a 福祉用具届出コード', () => {
  it('reports record.rentalItemCode on the record when both are empty', () => {
    const { rows, result } = readRecords([
      validRecord({ serviceCode: '171001' }), // 福祉用具貸与, no code
      validRecord({ serviceCode: '671001', taisCode: '00170-000001' }),
      validRecord({ serviceCode: '171001', welfareEquipmentCode: 'T123456' }),
      validRecord({ serviceCode: '671001' }), // 介護予防福祉用具貸与, no code
      validRecord({ serviceCode: '111211' }), // not a rental line
    ]);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'record.rentalItemCode',
        severity: 'error',
        line: 1,
        record: 1,
        column: null,
        field: null,
        fieldJa: null,
        byteOffset: rowOffset(rows, 0),
      },
      {
        code: 'record.rentalItemCode',
        severity: 'error',
        line: 4,
        record: 4,
        column: null,
        field: null,
        fieldJa: null,
        byteOffset: rowOffset(rows, 3),
      },
    ]);
  });

  it('does not apply to 202208 files, which have no such columns', () => {
    const { result } = readRecords([validV3Record({ serviceCode: '171001' })]);
    expect(result.issues).toEqual([]);
    expect(result.version).toBe('202208');
  });

  it('is not checked when the サービスコード itself is invalid (no duplicate finding)', () => {
    const { rows, result } = readRecords([validRecord({ serviceCode: '17100' })]);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'field.serviceCode',
        severity: 'error',
        line: 1,
        record: 1,
        column: 15,
        field: 'serviceCode',
        fieldJa: 'サービスコード',
        byteOffset: cellOffset(rows, 0, 15),
      },
    ]);
  });
});
