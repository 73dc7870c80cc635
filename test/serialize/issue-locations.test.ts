import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { cellOffset, cellsOf, locatedAll, parsePlan, validRecord } from '../helpers/table6.js';

describe('serializer: issues point into the written file as the reader would point into it', () => {
  // Multi-line free text shifts the line numbers of later fields and records.
  const records = [
    validRecord({ providerName: '本店\r\n2階' }),
    validRecord({ serviceDate: '20250506', providerName: 'A\nB', over30Days: '2' }),
    validRecord({ serviceDate: '20250601', createdDate: '20250229' }),
  ];
  const rows = records.map((r) => cellsOf(r));

  it('gives the line, record, column, field and byte offset of each field issue', () => {
    const r = serialize('table6Plan', records, { allowInvalid: true });
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'field.code',
        severity: 'error',
        line: 4,
        record: 2,
        column: 23,
        field: 'over30Days',
        fieldJa: '３０日超区分',
        byteOffset: cellOffset(rows, 1, 23),
      },
      {
        code: 'field.date',
        severity: 'error',
        line: 5,
        record: 3,
        column: 4,
        field: 'createdDate',
        fieldJa: '作成年月日',
        byteOffset: cellOffset(rows, 2, 4),
      },
      {
        code: 'record.serviceDateOutsideMonth',
        severity: 'error',
        line: 5,
        record: 3,
        column: 10,
        field: 'serviceDate',
        fieldJa: 'サービス利用日',
        byteOffset: cellOffset(rows, 2, 10),
      },
    ]);
    expect(r.issues).toEqual(parsePlan(r.bytes!).issues);
  });

  it('points after the opening quote for a field issue on a quoted free-text column, as the reader does', () => {
    const recs = [validRecord({ planManagerName: '' })];
    const r = serialize('table6Plan', recs, { allowInvalid: true, requireUncertainFields: true });
    const read = parsePlan(r.bytes!, { requireUncertainFields: true });
    expect(locatedAll(read.issues)).toEqual([
      {
        code: 'field.required',
        severity: 'error',
        line: 1,
        record: 1,
        column: 7,
        field: 'planManagerName',
        fieldJa: 'プラン担当者名',
        byteOffset: cellOffset([cellsOf(recs[0]!)], 0, 7),
      },
    ]);
    expect(locatedAll(r.issues)).toEqual(locatedAll(read.issues));
  });
});
