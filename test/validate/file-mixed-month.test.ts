import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, PLAN_NAME_202505, readRecords, validRecord } from '../helpers/table6.js';

const june = (day = '05') => validRecord({ targetMonth: '202506', serviceDate: `202506${day}` });
const may = (day = '05') => validRecord({ serviceDate: `202505${day}` });

describe('file rule: one 対象年月 per file (file.mixedMonth), judged against the file month', () => {
  it('reports the record whose 対象年月 differs from the month most records carry, at its 対象年月', () => {
    const { rows, result } = readRecords([may(), may('06'), june()]);
    expect(locatedAll(result.issues)).toEqual([
      {
        code: 'file.mixedMonth',
        severity: 'error',
        line: 3,
        record: 3,
        column: 5,
        field: 'targetMonth',
        fieldJa: '対象年月',
        byteOffset: cellOffset(rows, 2, 5),
      },
    ]);
    // otherLine: the first record of the file's month.
    expect(result.issues[0]!.params).toEqual({ otherLine: 1 });
  });

  it('regression: only record 1 has another (valid) month: record 1 is reported, not the 7 others', () => {
    const { result } = readRecords([june(), may('01'), may('02'), may('03'), may('04'), may('05'), may('06'), may('07')]);
    expect(result.issues.map((i) => [i.code, i.record, i.column])).toEqual([['file.mixedMonth', 1, 5]]);
    expect(result.issues[0]!.params).toEqual({ otherLine: 2 });
  });

  it("the file name's month is the file month when a record carries it, even against the majority", () => {
    const { result } = readRecords([june(), may(), june('06')], { fileName: PLAN_NAME_202505 });
    expect(result.issues.map((i) => [i.code, i.record])).toEqual([
      ['file.mixedMonth', 1],
      ['file.mixedMonth', 3],
    ]);
    // When no record carries the name's month, the majority is the file month, and the name is wrong.
    const july = PLAN_NAME_202505.replace('_202505_', '_202507_');
    const { result: named } = readRecords([june(), june('06'), may()], { fileName: july });
    expect(named.issues.map((i) => [i.code, i.record])).toEqual([
      ['file.mixedMonth', 3],
      ['file.nameMonth', null],
    ]);
  });

  it('a tie goes to the first month', () => {
    const { result } = readRecords([may(), june()]);
    expect(result.issues.map((i) => [i.code, i.record])).toEqual([['file.mixedMonth', 2]]);
  });

  it('ignores records whose 対象年月 is itself invalid (they already have a field issue)', () => {
    const { result } = readRecords([validRecord(), validRecord({ targetMonth: '202513' })]);
    expect(result.issues.map((i) => i.code)).toEqual(['field.yearMonth']);
  });

  it('counts every odd record, listed or not', () => {
    const { result } = readRecords([may(), may('06'), june(), june('06')].concat(Array.from({ length: 5 }, () => may())), { maxIssues: 1 });
    expect(result.errorCount).toBe(2);
    expect(result.issues.filter((i) => i.code === 'file.mixedMonth')).toHaveLength(1);
  });
});
