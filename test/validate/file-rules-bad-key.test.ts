import { describe, expect, it } from 'vitest';
import { PLAN_NAME_202505, readRecords, validRecord } from '../helpers/table6.js';

const fileCodes = (codes: string[]) => codes.filter((c) => c.startsWith('file.'));

// The file rules of the validator read CSVバージョン and 対象年月: an invalid value there has its field error
// and nothing else (no mixed version or month, no version/month or name/month mismatch).
describe('file rules on CSVバージョン and 対象年月: an invalid key value causes no further finding', () => {
  it('an invalid 対象年月 (one record, or every record) with a file name that gives the month', () => {
    const one = readRecords([validRecord(), validRecord({ targetMonth: '202513' }), validRecord()], { fileName: PLAN_NAME_202505 });
    expect(one.result.issues.map((i) => i.code)).toEqual(['field.yearMonth']);
    const all = readRecords([validRecord({ targetMonth: '2025' }), validRecord({ targetMonth: '202500' })], { fileName: PLAN_NAME_202505 });
    expect(fileCodes(all.result.issues.map((i) => i.code))).toEqual([]);
  });

  it('an invalid CSVバージョン on one record: no file.mixedVersion, no file.versionMonth, the file still 202407', () => {
    const r = readRecords([validRecord(), validRecord({ csvVersion: '2024x7' }), validRecord()], { fileName: PLAN_NAME_202505 });
    expect(fileCodes(r.result.issues.map((i) => i.code))).toEqual([]);
    expect(r.result.issues.map((i) => i.record)).toEqual(r.result.issues.map(() => 2));
    expect(r.result.version).toBe('202407');
  });

  it('file.versionMonth and file.nameStyle judge the file by its version and month, not by one odd record', () => {
    // Record 1 says 202208 (columns of 202407): it is the odd one; the file is 202407 for 202505, as named.
    const r = readRecords([validRecord({ csvVersion: '202208' }), validRecord(), validRecord()], { fileName: PLAN_NAME_202505 });
    expect(r.result.issues.map((i) => [i.code, i.record])).toEqual([['file.mixedVersion', 1]]);
  });
});
