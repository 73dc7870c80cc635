import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, rowOffset, validRecord } from '../helpers/table6.js';
import { byteLength, ms932 } from '../helpers/bytes.js';

describe('every issue of a file is reported in one pass, in file order (the whole-file findings last)', () => {
  const badQuote = cellsOf(validRecord()).map((c, i) => (i === 2 ? '00001"3456' : c)); // 被保険者番号 with a stray quote
  const rows = [
    cellsOf(validRecord()),
    cellsOf(validRecord({ createdDate: '20250229', units: '３９６' })),
    cellsOf(validRecord()).slice(0, 24), // one column short
    cellsOf(validRecord({ serviceDate: '20250601', identifier: '1' })),
    cellsOf(validRecord({ serviceCode: '171001', targetMonth: '202506', serviceDate: '20250605' })),
    badQuote,
    cellsOf(validRecord({ serviceDate: '20250510' })),
  ];
  const bytes = ms932(csvText(rows));

  it('reports faults of different records and kinds, not only the first', () => {
    const r = parsePlan(bytes);
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'field.date',
        severity: 'error',
        line: 2,
        record: 2,
        column: 4,
        field: 'createdDate',
        fieldJa: '作成年月日',
        byteOffset: cellOffset(rows, 1, 4),
      },
      {
        code: 'field.integer',
        severity: 'error',
        line: 2,
        record: 2,
        column: 8,
        field: 'units',
        fieldJa: '単位数',
        byteOffset: cellOffset(rows, 1, 8),
      },
      { code: 'csv.columnCount', severity: 'error', line: 3, record: 3, column: null, field: null, fieldJa: null, byteOffset: rowOffset(rows, 2) },
      // Within a record: field checks in column order, then record rules, then file-level tracking.
      {
        code: 'field.unused',
        severity: 'warning',
        line: 4,
        record: 4,
        column: 25,
        field: 'identifier',
        fieldJa: '識別子',
        byteOffset: cellOffset(rows, 3, 25),
      },
      {
        code: 'record.serviceDateOutsideMonth',
        severity: 'error',
        line: 4,
        record: 4,
        column: 10,
        field: 'serviceDate',
        fieldJa: 'サービス利用日',
        byteOffset: cellOffset(rows, 3, 10),
      },
      {
        code: 'record.rentalItemCode',
        severity: 'error',
        line: 5,
        record: 5,
        column: null,
        field: null,
        fieldJa: null,
        byteOffset: rowOffset(rows, 4),
      },
      {
        code: 'csv.quoteInUnquotedField',
        severity: 'error',
        line: 6,
        record: 6,
        column: 3,
        field: 'insuredNumber',
        fieldJa: '被保険者番号',
        byteOffset: cellOffset(rows, 5, 3) + byteLength('00001'),
      },
      // The file's 対象年月 is known once every record is read (the month most records carry): the odd
      // record is reported then, at its 対象年月.
      {
        code: 'file.mixedMonth',
        severity: 'error',
        line: 5,
        record: 5,
        column: 5,
        field: 'targetMonth',
        fieldJa: '対象年月',
        byteOffset: cellOffset(rows, 4, 5),
      },
    ]);
    expect(r.recordCount).toBe(7);
    expect(r.records).toHaveLength(7);
    expect(r.errorCount).toBe(7);
    expect(r.warningCount).toBe(1);
    expect(r.ok).toBe(false);
  });

  it('validate() reports exactly the same issues as parse()', () => {
    const v = validate(bytes, { kind: 'table6Plan' });
    expect(v.issues).toEqual(parsePlan(bytes).issues);
    expect(v.recordCount).toBe(7);
  });
});
