import { describe, expect, it } from 'vitest';
import { locatedAll, readRecords, rowOffset, validRecord, validV3Record } from '../helpers/table6.js';

// A 202208 record for the same month as the default 202407 record (written with its own 22 columns).
const V3_SAME_MONTH = validV3Record({ createdDate: '20250420', targetMonth: '202505', serviceDate: '20250506' });

describe('file rule: one CSVバージョン per file (file.mixedVersion)', () => {
  it('reports every record whose version differs from the first record, pointing back at line 1', () => {
    const { rows, result } = readRecords([validRecord(), V3_SAME_MONTH, validRecord(), V3_SAME_MONTH]);
    const mixed = (i: number) => ({
      code: 'file.mixedVersion',
      severity: 'error',
      line: i + 1,
      record: i + 1,
      column: null,
      field: null,
      fieldJa: null,
      byteOffset: rowOffset(rows, i),
    });
    expect(locatedAll(result.issues)).toEqual([mixed(1), mixed(3)]);
    expect(result.issues.map((i) => i.params)).toEqual([{ otherLine: 1 }, { otherLine: 1 }]);
    // Each row was still read with its own layout (no column-count errors) and the file's version is the first one's.
    expect(result.version).toBe('202407');
    expect(result.records).toHaveLength(4);
    expect(result.records[1]!.serviceDate).toBe('20250506');
  });

  it('is silent when every record has the same version', () => {
    expect(readRecords([validRecord(), validRecord({ serviceDate: '20250506' })]).result.issues).toEqual([]);
  });
});
