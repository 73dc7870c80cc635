import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('field rule: 対象年月 is a real month YYYYMM (field.yearMonth)', () => {
  it('rejects month 00 and 13, wrong lengths and full-width digits', () => {
    const bad = ['202500', '202513', '20255', '2025055', '２０２５０５', '2025/5'];
    const { rows, result } = readRecords(bad.map((targetMonth) => validRecord({ targetMonth })));
    expect(locatedAll(result.issues)).toEqual(
      bad.map((_, i) => ({
        code: 'field.yearMonth',
        severity: 'error',
        line: i + 1,
        record: i + 1,
        column: 5,
        field: 'targetMonth',
        fieldJa: '対象年月',
        byteOffset: cellOffset(rows, i, 5),
      })),
    );
  });

  it('accepts months 01 to 12', () => {
    const { result } = readRecords([validRecord({ targetMonth: '202501', serviceDate: '20250105', csvVersion: '202208' })]);
    // 202208 is the version for 2025-01, so there is no file-level warning either.
    expect(result.issues).toEqual([]);
    const dec = readRecords([validRecord({ targetMonth: '202512', serviceDate: '20251231' })]).result;
    expect(dec.issues).toEqual([]);
  });
});
