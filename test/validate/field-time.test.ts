import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('field rule: times are HHMM 0000–2359, or 9999 for no time (field.time)', () => {
  it('accepts 0000, 2359 and 9999 in both time columns', () => {
    const { result } = readRecords([
      validRecord({ startTime: '0000', endTime: '2359' }),
      validRecord({ startTime: '9999', endTime: '9999' }),
      validRecord({ startTime: '0930', endTime: '1045' }),
    ]);
    expect(result.issues).toEqual([]);
  });

  it('rejects 2400, minute 60, 3-digit times, separators, 9998 and full-width digits', () => {
    const { rows, result } = readRecords([
      validRecord({ startTime: '2400' }),
      validRecord({ endTime: '1260' }),
      validRecord({ startTime: '930' }),
      validRecord({ endTime: '9:30' }),
      validRecord({ startTime: '9998' }),
      validRecord({ endTime: '１１００' }),
    ]);
    const start = (i: number) => ({
      code: 'field.time',
      severity: 'error',
      line: i + 1,
      record: i + 1,
      column: 12,
      field: 'startTime',
      fieldJa: 'サービス開始時刻',
      byteOffset: cellOffset(rows, i, 12),
    });
    const end = (i: number) => ({
      code: 'field.time',
      severity: 'error',
      line: i + 1,
      record: i + 1,
      column: 13,
      field: 'endTime',
      fieldJa: 'サービス終了時刻',
      byteOffset: cellOffset(rows, i, 13),
    });
    expect(locatedAll(result.issues)).toEqual([start(0), end(1), start(2), end(3), start(4), end(5)]);
  });
});
