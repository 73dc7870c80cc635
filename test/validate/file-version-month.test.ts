import { describe, expect, it } from 'vitest';
import { locatedAll, readRecords, validRecord, validV3Record } from '../helpers/table6.js';

const FILE_LEVEL = { record: null, column: null, field: null, fieldJa: null, byteOffset: null };

describe('file rule: the CSVバージョン must be the one for the 対象年月 (file.versionMonth, a warning)', () => {
  it('warns about 202208 for 2025-05 (202407 applies from 2025-04)', () => {
    const { result } = readRecords([validV3Record({ createdDate: '20250420', targetMonth: '202505', serviceDate: '20250505' })]);
    expect(locatedAll(result.issues)).toEqual([{ code: 'file.versionMonth', severity: 'warning', line: 1, ...FILE_LEVEL }]);
    expect(result.issues[0]!.params).toEqual({ actual: '202208', expected: '202407' });
    expect(result.ok).toBe(true);
  });

  it('warns about 202407 for 2025-03 (202208 applies until then)', () => {
    const { result } = readRecords([validRecord({ targetMonth: '202503', serviceDate: '20250305' })]);
    expect(locatedAll(result.issues)).toEqual([{ code: 'file.versionMonth', severity: 'warning', line: 1, ...FILE_LEVEL }]);
    expect(result.issues[0]!.params).toEqual({ actual: '202407', expected: '202208' });
  });

  it('reports once per file, at the line of the first record', () => {
    const { result } = readRecords([
      validRecord({ targetMonth: '202503', serviceDate: '20250305' }),
      validRecord({ targetMonth: '202503', serviceDate: '20250306' }),
    ]);
    expect(locatedAll(result.issues)).toEqual([{ code: 'file.versionMonth', severity: 'warning', line: 1, ...FILE_LEVEL }]);
  });

  it('is silent at the boundary: 202208 for 2025-03, 202407 for 2025-04', () => {
    expect(readRecords([validV3Record()]).result.issues).toEqual([]);
    expect(readRecords([validRecord({ targetMonth: '202504', serviceDate: '20250401', createdDate: '20250320' })]).result.issues).toEqual([]);
  });
});
