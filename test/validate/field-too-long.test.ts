import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('field rule: 項目長 (field.tooLong)', () => {
  it('reports values longer than the column length, with expected and actual lengths', () => {
    const { rows, result } = readRecords([
      validRecord({ taisCode: '1234567890123' }), // 13 > 12
      validRecord({ welfareEquipmentCode: 'ABCDEFGHIJKLM' }), // 13 > 12
      validRecord({ satelliteBranch: '123' }), // 3 > 2
      validRecord({ units: '1234567' }), // 7 digits > 6
      validRecord({ serviceCount: '100' }), // 3 digits > 2
    ]);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'field.tooLong',
        severity: 'error',
        line: 1,
        record: 1,
        column: 16,
        field: 'taisCode',
        fieldJa: 'TAISコード',
        byteOffset: cellOffset(rows, 0, 16),
      },
      {
        code: 'field.tooLong',
        severity: 'error',
        line: 2,
        record: 2,
        column: 17,
        field: 'welfareEquipmentCode',
        fieldJa: '福祉用具届出コード',
        byteOffset: cellOffset(rows, 1, 17),
      },
      {
        code: 'field.tooLong',
        severity: 'error',
        line: 3,
        record: 3,
        column: 22,
        field: 'satelliteBranch',
        fieldJa: 'サテライト枝番',
        byteOffset: cellOffset(rows, 2, 22),
      },
      {
        code: 'field.tooLong',
        severity: 'error',
        line: 4,
        record: 4,
        column: 8,
        field: 'units',
        fieldJa: '単位数',
        byteOffset: cellOffset(rows, 3, 8),
      },
      {
        code: 'field.tooLong',
        severity: 'error',
        line: 5,
        record: 5,
        column: 14,
        field: 'serviceCount',
        fieldJa: 'サービス回数',
        byteOffset: cellOffset(rows, 4, 14),
      },
    ]);
    expect(result.issues.map((i) => i.params)).toEqual([
      { expected: 12, actual: 13 },
      { expected: 12, actual: 13 },
      { expected: 2, actual: 3 },
      { expected: 6, actual: 7 },
      { expected: 2, actual: 3 },
    ]);
  });

  it('accepts values of exactly the column length', () => {
    const { result } = readRecords([
      validRecord({ taisCode: '123456789012', welfareEquipmentCode: 'ABCDEFGHIJKL', satelliteBranch: '12', units: '999999', serviceCount: '99' }),
    ]);
    expect(result.issues).toEqual([]);
  });

  it('counts characters, not bytes (12 full-width characters fit a 12-long column)', () => {
    const { rows, result } = readRecords([
      validRecord({ taisCode: 'ＡＢＣＤＥＦＧＨＩＪＫＬ' }), // 12 characters, 24 bytes
      validRecord({ taisCode: 'ＡＢＣＤＥＦＧＨＩＪＫＬＭ' }), // 13 characters
    ]);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'field.tooLong',
        severity: 'error',
        line: 2,
        record: 2,
        column: 16,
        field: 'taisCode',
        fieldJa: 'TAISコード',
        byteOffset: cellOffset(rows, 1, 16),
      },
    ]);
    expect(result.issues[0]!.params).toEqual({ expected: 12, actual: 13 });
  });
});
