import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cellOffset, cellsOf, csvText, KEYS_202407, locatedAll, parsePlan, readRecords, rowOffset, validV3Record } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const SAMPLE_V3 = 'UPPLAN_202503_1370000001_1310000002_20250225170512.CSV';

describe('file rule: 202208 files have 22 columns and are read into the 25-key record model', () => {
  it('reads the 202208 sample with the three 202407-only keys as empty strings, keys in model order', () => {
    const bytes = new Uint8Array(readFileSync(new URL(`../../samples/${SAMPLE_V3}`, import.meta.url)));
    const r = parsePlan(bytes, { fileName: SAMPLE_V3 });
    expect(r.issues).toEqual([]);
    expect(r.version).toBe('202208');
    expect(r.recordCount).toBeGreaterThan(0);
    for (const rec of r.records) {
      expect(Object.keys(rec)).toEqual([...KEYS_202407]);
      expect(rec.taisCode).toBe('');
      expect(rec.welfareEquipmentCode).toBe('');
      expect(rec.equipmentName).toBe('');
      expect(rec.csvVersion).toBe('202208');
    }
  });

  it('numbers columns as in the file: サービス事業者コード is column 17 in 202208', () => {
    const { rows, result } = readRecords([validV3Record({ providerCode: '123' })]);
    expect(rows[0]).toHaveLength(22);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'field.officeNumber',
        severity: 'error',
        line: 1,
        record: 1,
        column: 17,
        field: 'providerCode',
        fieldJa: 'サービス事業者コード',
        byteOffset: cellOffset(rows, 0, 17),
      },
    ]);
  });

  it('a 202208 row with 25 columns is a column-count error', () => {
    const wide = cellsOf(validV3Record(), '202407'); // 25 cells, column 1 still 202208
    const r = parsePlan(ms932(csvText([wide])));
    expect(locatedAll(r.issues)).toEqual([
      { code: 'csv.columnCount', severity: 'error', line: 1, record: 1, column: null, field: null, fieldJa: null, byteOffset: rowOffset([wide], 0) },
    ]);
    expect(r.issues[0]!.params).toEqual({ expected: 22, actual: 25 });
  });
});
