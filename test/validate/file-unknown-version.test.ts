import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord, validV3Record } from '../helpers/table6.js';

describe('file rule: an unknown CSVバージョン is an error, and the layout is chosen by column count', () => {
  it('reports file.unknownVersion once and reads 25-column rows with the 202407 layout', () => {
    const { result } = readRecords([
      validRecord({ csvVersion: '202301', taisCode: 'T1' }),
      validRecord({ csvVersion: '202301', serviceDate: '20250506' }),
    ]);
    expect(locatedAll(result.issues)).toEqual([
      { code: 'file.unknownVersion', severity: 'error', line: 1, record: 1, column: null, field: null, fieldJa: null, byteOffset: 0 },
    ]);
    expect(result.issues[0]!.params).toEqual({ actual: '202301' });
    expect(result.version).toBeNull();
    expect(result.records).toHaveLength(2);
    expect(result.records[0]!.taisCode).toBe('T1');
  });

  it('reads 22-column rows with the 202208 layout (no column-count error)', () => {
    const { result } = readRecords([validV3Record({ csvVersion: '201910' })]);
    expect(result.issues.map((i) => i.code)).toEqual(['file.unknownVersion']);
    const rec = result.records[0]!;
    expect(rec.providerCode).toBe('1310000002');
    expect(rec.over30Days).toBe('0');
    expect([rec.taisCode, rec.welfareEquipmentCode, rec.equipmentName]).toEqual(['', '', '']);
  });

  it('a value that is not 6 digits is a field error of CSVバージョン instead', () => {
    const { rows, result } = readRecords([validRecord({ csvVersion: 'V4.1' })]);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'field.csvVersion',
        severity: 'error',
        line: 1,
        record: 1,
        column: 1,
        field: 'csvVersion',
        fieldJa: 'CSVバージョン',
        byteOffset: cellOffset(rows, 0, 1),
      },
    ]);
    expect(result.version).toBeNull();
  });
});
