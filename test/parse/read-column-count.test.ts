import { describe, expect, it } from 'vitest';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, rowOffset, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe('reader: a row with the wrong number of columns is an error and reading continues', () => {
  const rows = [
    cellsOf(validRecord()),
    cellsOf(validRecord({ insuredNumber: '0000999999' })).slice(0, 24), // 24 columns
    [...cellsOf(validRecord()), 'extra'], // 26 columns
    cellsOf(validRecord({ createdDate: '20250431' })),
  ];
  const r = parsePlan(ms932(csvText(rows)));

  it('reports csv.columnCount for each such row, with expected and actual counts, and checks later rows', () => {
    expect(locatedAll(r.issues)).toEqual([
      { code: 'csv.columnCount', severity: 'error', line: 2, record: 2, column: null, field: null, fieldJa: null, byteOffset: rowOffset(rows, 1) },
      { code: 'csv.columnCount', severity: 'error', line: 3, record: 3, column: null, field: null, fieldJa: null, byteOffset: rowOffset(rows, 2) },
      {
        code: 'field.date',
        severity: 'error',
        line: 4,
        record: 4,
        column: 4,
        field: 'createdDate',
        fieldJa: '作成年月日',
        byteOffset: cellOffset(rows, 3, 4),
      },
    ]);
    expect(r.issues.slice(0, 2).map((i) => i.params)).toEqual([
      { expected: 25, actual: 24 },
      { expected: 25, actual: 26 },
    ]);
  });

  it('keeps the rows as records (mapped by position) so that issue.record - 1 indexes records', () => {
    expect(r.recordCount).toBe(4);
    expect(r.records).toHaveLength(4);
    expect(r.records[1]!.insuredNumber).toBe('0000999999');
    expect(r.records[1]!.identifier).toBe('');
    expect(Object.keys(r.records[2]!)).toHaveLength(25);
    expect(r.records[3]!.createdDate).toBe('20250431');
  });
});
