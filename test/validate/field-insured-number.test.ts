import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('field rule: 被保険者番号 is 10 digits, or H + 9 digits (field.insuredNumber)', () => {
  it('accepts 10 digits and H followed by 9 digits (生保単独)', () => {
    const { result } = readRecords([validRecord({ insuredNumber: '0000123456' }), validRecord({ insuredNumber: 'H000123456' })]);
    expect(result.issues).toEqual([]);
  });

  it('rejects other shapes, including lower-case h and over-long values (one issue, not also tooLong)', () => {
    const bad = ['000012345', '00001234567', 'H00012345', 'h000123456', 'HH00123456', 'A000123456', '０００0123456'];
    const { rows, result } = readRecords(bad.map((insuredNumber) => validRecord({ insuredNumber })));
    expect(locatedAll(result.issues)).toEqual(
      bad.map((_, i) => ({
        code: 'field.insuredNumber',
        severity: 'error',
        line: i + 1,
        record: i + 1,
        column: 3,
        field: 'insuredNumber',
        fieldJa: '被保険者番号',
        byteOffset: cellOffset(rows, i, 3),
      })),
    );
  });
});
