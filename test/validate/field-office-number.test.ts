import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('field rule: 事業所番号 columns are 10 digits (field.officeNumber)', () => {
  it('checks プラン担当業者コード, サービス事業者コード and 更新業者コード', () => {
    const { rows, result } = readRecords([
      validRecord({ planOfficeCode: '137000000' }), // 9 digits
      validRecord({ providerCode: '13100000021' }), // 11 digits
      validRecord({ updaterCode: '137000000A' }), // a letter
      validRecord({ providerCode: '１３１0000002' }), // full-width digits
    ]);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'field.officeNumber',
        severity: 'error',
        line: 1,
        record: 1,
        column: 6,
        field: 'planOfficeCode',
        fieldJa: 'プラン担当業者コード',
        byteOffset: cellOffset(rows, 0, 6),
      },
      {
        code: 'field.officeNumber',
        severity: 'error',
        line: 2,
        record: 2,
        column: 20,
        field: 'providerCode',
        fieldJa: 'サービス事業者コード',
        byteOffset: cellOffset(rows, 1, 20),
      },
      {
        code: 'field.officeNumber',
        severity: 'error',
        line: 3,
        record: 3,
        column: 24,
        field: 'updaterCode',
        fieldJa: '更新業者コード',
        byteOffset: cellOffset(rows, 2, 24),
      },
      {
        code: 'field.officeNumber',
        severity: 'error',
        line: 4,
        record: 4,
        column: 20,
        field: 'providerCode',
        fieldJa: 'サービス事業者コード',
        byteOffset: cellOffset(rows, 3, 20),
      },
    ]);
  });

  it('accepts 10 digits with leading zeros', () => {
    expect(readRecords([validRecord({ providerCode: '0100000001', updaterCode: '0000000000' })]).result.issues).toEqual([]);
  });
});
