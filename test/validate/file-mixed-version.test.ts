import { describe, expect, it } from 'vitest';
import { ms932 } from '../helpers/bytes.js';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, readRecords, validRecord, validV3Record } from '../helpers/table6.js';

// A 202208 record for the same month as the default 202407 record (written with its own 22 columns).
const V3_SAME_MONTH = validV3Record({ createdDate: '20250420', targetMonth: '202505', serviceDate: '20250506' });

describe('file rule: one CSVバージョン per file (file.mixedVersion), judged against the version most records carry', () => {
  it('reports every record whose version differs, at its CSVバージョン, pointing back at line 1', () => {
    const { rows, result } = readRecords([validRecord(), V3_SAME_MONTH, validRecord(), V3_SAME_MONTH, validRecord()]);
    const mixed = (i: number) => ({
      code: 'file.mixedVersion',
      severity: 'error',
      line: i + 1,
      record: i + 1,
      column: 1,
      field: 'csvVersion',
      fieldJa: 'CSVバージョン',
      byteOffset: cellOffset(rows, i, 1),
    });
    expect(locatedAll(result.issues)).toEqual([mixed(1), mixed(3)]);
    expect(result.issues.map((i) => i.params)).toEqual([{ otherLine: 1 }, { otherLine: 1 }]);
    // Each row was still read with its own layout (no column-count errors) and the file's version is the majority's.
    expect(result.version).toBe('202407');
    expect(result.records).toHaveLength(5);
    expect(result.records[1]!.serviceDate).toBe('20250506');
  });

  it('the first record is the odd one when the others agree', () => {
    const { result } = readRecords([V3_SAME_MONTH, validRecord(), validRecord({ serviceDate: '20250506' })]);
    expect(result.issues.map((i) => [i.code, i.record, i.column, i.params])).toEqual([['file.mixedVersion', 1, 1, { otherLine: 2 }]]);
    expect(result.version).toBe('202407');
  });

  it("regression: a record that says 202208 but has the file's 25 columns is a wrong version, not a wrong column count", () => {
    const rows = [cellsOf(validRecord()), cellsOf(validRecord({ csvVersion: '202208', serviceDate: '20250506' }), '202407'), cellsOf(validRecord())];
    const r = parsePlan(ms932(csvText(rows)));
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'file.mixedVersion',
        severity: 'error',
        line: 2,
        record: 2,
        column: 1,
        field: 'csvVersion',
        fieldJa: 'CSVバージョン',
        byteOffset: cellOffset(rows, 1, 1),
      },
    ]);
    // Its other columns were read as the file's (TAISコード … in their places).
    expect(r.records[1]!.serviceDate).toBe('20250506');
  });

  it('is silent when every record has the same version', () => {
    expect(readRecords([validRecord(), validRecord({ serviceDate: '20250506' })]).result.issues).toEqual([]);
  });
});
