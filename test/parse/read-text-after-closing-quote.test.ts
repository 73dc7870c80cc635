import { describe, expect, it } from 'vitest';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, ms932 } from '../helpers/bytes.js';

describe('reader: text between a closing quote and the delimiter (csv.textAfterClosingQuote)', () => {
  it('is reported at the first stray byte, with the field, and the field is not checked again', () => {
    const rows = [
      cellsOf(validRecord()).map((c, i) => (i === 20 ? '"ひまわり"訪問' : c)),
      cellsOf(validRecord()).map((c, i) => (i === 7 ? '"396"x' : c)), // 単位数
    ];
    const r = parsePlan(ms932(csvText(rows)));
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'csv.textAfterClosingQuote',
        severity: 'error',
        line: 1,
        record: 1,
        column: 21,
        field: 'providerName',
        fieldJa: 'サービス事業所名',
        byteOffset: cellOffset(rows, 0, 21) + byteLength('ひまわり"'),
      },
      // Not also field.integer.
      {
        code: 'csv.textAfterClosingQuote',
        severity: 'error',
        line: 2,
        record: 2,
        column: 8,
        field: 'units',
        fieldJa: '単位数',
        byteOffset: cellOffset(rows, 1, 8) + byteLength('396"'),
      },
    ]);
    expect(r.records[0]!.providerName).toBe('ひまわり"訪問');
    expect(r.recordCount).toBe(2);
  });
});
