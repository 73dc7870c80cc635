import { describe, expect, it } from 'vitest';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, readRecords, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe('reader: line breaks inside quoted free text are data and line numbers stay right', () => {
  // Record 1: lines 1–2; record 2: lines 3–5 (LF and a lone CR inside); record 3: line 6.
  const records = [
    validRecord({ providerName: 'ひまわり\r\n訪問介護' }),
    validRecord({ serviceDate: '20250506', providerName: 'A\nB\rC', over30Days: '2' }),
    validRecord({ serviceDate: '20250507', createdDate: '20250230' }),
  ];

  it('keeps the line breaks in the values', () => {
    const { result } = readRecords([records[0]!, validRecord({ serviceDate: '20250506', providerName: 'A\nB\rC' })]);
    expect(result.issues).toEqual([]);
    expect(result.records.map((r) => r.providerName)).toEqual(['ひまわり\r\n訪問介護', 'A\nB\rC']);
  });

  it('locates later records, and fields after a multi-line field, on their physical lines', () => {
    const rows = records.map((r) => cellsOf(r));
    const r = parsePlan(ms932(csvText(rows)));
    expect(locatedAll(r.issues)).toEqual([
      // ３０日超区分 of record 2 starts on line 5, after the 3-line サービス事業所名.
      {
        code: 'field.code',
        severity: 'error',
        line: 5,
        record: 2,
        column: 23,
        field: 'over30Days',
        fieldJa: '３０日超区分',
        byteOffset: cellOffset(rows, 1, 23),
      },
      {
        code: 'field.date',
        severity: 'error',
        line: 6,
        record: 3,
        column: 4,
        field: 'createdDate',
        fieldJa: '作成年月日',
        byteOffset: cellOffset(rows, 2, 4),
      },
    ]);
  });

  it('keeps commas and doubled quotes inside free text', () => {
    const { result } = readRecords([validRecord({ providerName: '訪問介護,"ひまわり"\r\n2号館' })]);
    expect(result.issues).toEqual([]);
    expect(result.records[0]!.providerName).toBe('訪問介護,"ひまわり"\r\n2号館');
  });
});
