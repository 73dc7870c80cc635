import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('field rule: 識別子 (※使用しない) must be empty (field.unused, a warning)', () => {
  it('warns about any value, whatever its length, and the file stays ok', () => {
    const { rows, result } = readRecords([validRecord({ identifier: '1' }), validRecord({ identifier: 'XYZ' })]);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'field.unused',
        severity: 'warning',
        line: 1,
        record: 1,
        column: 25,
        field: 'identifier',
        fieldJa: '識別子',
        byteOffset: cellOffset(rows, 0, 25),
      },
      {
        code: 'field.unused',
        severity: 'warning',
        line: 2,
        record: 2,
        column: 25,
        field: 'identifier',
        fieldJa: '識別子',
        byteOffset: cellOffset(rows, 1, 25),
      },
    ]);
    expect(result.ok).toBe(true);
    expect(result.errorCount).toBe(0);
    expect(result.warningCount).toBe(2);
  });

  it('is silent when the column is empty', () => {
    expect(readRecords([validRecord({ identifier: '' })]).result.issues).toEqual([]);
  });
});
