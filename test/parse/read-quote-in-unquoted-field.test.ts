import { describe, expect, it } from 'vitest';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, ms932 } from '../helpers/bytes.js';

describe('reader: a double quote inside an unquoted field (csv.quoteInUnquotedField)', () => {
  it('is reported at the quote, with the field, and the field is not checked again', () => {
    const rows = [
      cellsOf(validRecord()),
      cellsOf(validRecord()).map((c, i) => (i === 2 ? '00001"3456' : c)), // 被保険者番号
      cellsOf(validRecord()).map((c, i) => (i === 20 ? 'ひまわり"訪問' : c)), // unquoted free text with a quote
    ];
    const r = parsePlan(ms932(csvText(rows)));
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'csv.quoteInUnquotedField',
        severity: 'error',
        line: 2,
        record: 2,
        column: 3,
        field: 'insuredNumber',
        fieldJa: '被保険者番号',
        byteOffset: cellOffset(rows, 1, 3) + byteLength('00001'),
      },
      // Not also csv.unquotedFreeText: the field already has an error.
      {
        code: 'csv.quoteInUnquotedField',
        severity: 'error',
        line: 3,
        record: 3,
        column: 21,
        field: 'providerName',
        fieldJa: 'サービス事業所名',
        byteOffset: cellOffset(rows, 2, 21) + byteLength('ひまわり'),
      },
    ]);
    // The quote is kept as data.
    expect(r.records[1]!.insuredNumber).toBe('00001"3456');
    expect(r.records[2]!.providerName).toBe('ひまわり"訪問');
  });
});
