import { describe, expect, it } from 'vitest';
import { locatedAll, readRecords, rowOffset, validRecord } from '../helpers/table6.js';

describe('file rule: one 対象年月 per file (file.mixedMonth)', () => {
  it('reports a record whose 対象年月 differs from the first record, pointing back at its line', () => {
    const { rows, result } = readRecords([
      validRecord(),
      validRecord({ serviceDate: '20250506' }),
      validRecord({ targetMonth: '202506', serviceDate: '20250605' }),
    ]);
    expect(locatedAll(result.issues)).toEqual([
      // A file-level finding located at the record (no column): the byte offset is the row's start.
      { code: 'file.mixedMonth', severity: 'error', line: 3, record: 3, column: null, field: null, fieldJa: null, byteOffset: rowOffset(rows, 2) },
    ]);
    expect(result.issues[0]!.params).toEqual({ otherLine: 1 });
  });

  it('ignores records whose 対象年月 is itself invalid (they already have a field issue)', () => {
    const { result } = readRecords([validRecord(), validRecord({ targetMonth: '202513' })]);
    expect(result.issues.map((i) => i.code)).toEqual(['field.yearMonth']);
  });
});
