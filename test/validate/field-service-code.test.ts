import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('field rule: サービスコード is 6 ASCII letters or digits (field.serviceCode)', () => {
  it('accepts 6 digits and codes with upper-case letters (e.g. 総合事業 A2)', () => {
    const { result } = readRecords([validRecord({ serviceCode: '111211' }), validRecord({ serviceCode: 'A21001' })]);
    expect(result.issues).toEqual([]);
  });

  it('rejects 5 or 7 characters, full-width characters and punctuation', () => {
    const bad = ['11121', '1112111', '11121１', '111-21', '111 21'];
    const { rows, result } = readRecords(bad.map((serviceCode) => validRecord({ serviceCode })));
    expect(locatedAll(result.issues)).toEqual(
      bad.map((_, i) => ({
        code: 'field.serviceCode',
        severity: 'error',
        line: i + 1,
        record: i + 1,
        column: 15,
        field: 'serviceCode',
        fieldJa: 'サービスコード',
        byteOffset: cellOffset(rows, i, 15),
      })),
    );
  });
});
