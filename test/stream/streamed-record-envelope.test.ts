import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { parseStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, rowOffset, validRecord } from '../helpers/table6.js';
import { byteLength, ms932 } from '../helpers/bytes.js';
import { byteByByte, collect } from './harness.js';

// Record 2 has a free text over two lines; record 3 a bad date; the file has two users' 対象年月 mixed.
const rows = [
  cellsOf(validRecord()),
  cellsOf(validRecord({ providerName: 'ひまわり\r\n訪問介護' })),
  cellsOf(validRecord({ serviceDate: '20250532' })),
  cellsOf(validRecord({ targetMonth: '202506', serviceDate: '20250601' })),
];
const bytes = ms932(csvText(rows));

describe('parseStream: each record comes with its place and its own issues', () => {
  it('number, line and byte offset', async () => {
    const { records } = await collect(parseStream(byteByByte(bytes), { kind: 'table6Plan' }));
    expect(records.map((r) => [r.recordNumber, r.line, r.byteOffset])).toEqual([
      [1, 1, 0],
      [2, 2, rowOffset(rows, 1)],
      [3, 4, rowOffset(rows, 2)],
      [4, 5, rowOffset(rows, 3)],
    ]);
    expect(records[1]!.record.providerName).toBe('ひまわり\r\n訪問介護');
    expect(byteLength(csvText(rows.slice(0, 1)))).toBe(rowOffset(rows, 1));
  });

  it('issues and ok as the record was read; the result has those and the later ones', async () => {
    const s = parseStream([bytes], { kind: 'table6Plan' });
    const { records, result } = await collect(s);
    expect(records.map((r) => [r.ok, r.issues.map((i) => i.code)])).toEqual([
      [true, []],
      [true, []],
      [false, ['field.date']],
      // Another 対象年月 is judged against the file's month (the one most records carry), known at the end:
      // it is in the result, not in the record's envelope.
      [true, []],
    ]);
    expect(result.issues.map((i) => [i.code, i.record])).toEqual([
      ['field.date', 3],
      ['file.mixedMonth', 4],
    ]);
    expect(records.map((r) => r.record)).toEqual(parse(bytes, { kind: 'table6Plan' }).records);
  });

  it('ok stays true to the errors when the issue list is full', async () => {
    const { records } = await collect(parseStream([bytes], { kind: 'table6Plan', maxIssues: 0 }));
    expect(records.map((r) => [r.ok, r.issues.length])).toEqual([
      [true, 0],
      [true, 0],
      [false, 0],
      [true, 0],
    ]);
  });
});
