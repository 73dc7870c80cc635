import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('field rule: 保険者番号 is 6 digits (field.insurerNumber)', () => {
  it('accepts 6 digits', () => {
    expect(readRecords([validRecord({ insurerNumber: '010017' })]).result.issues).toEqual([]);
  });

  it('rejects 5 or 7 digits, letters and full-width digits', () => {
    const bad = ['13100', '1310011', 'A31001', '１３１００１'];
    const { rows, result } = readRecords(bad.map((insurerNumber) => validRecord({ insurerNumber })));
    expect(locatedAll(result.issues)).toEqual(
      bad.map((_, i) => ({
        code: 'field.insurerNumber',
        severity: 'error',
        line: i + 1,
        record: i + 1,
        column: 2,
        field: 'insurerNumber',
        fieldJa: '保険者番号',
        byteOffset: cellOffset(rows, i, 2),
      })),
    );
  });
});
