import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { cellsOf, csvText, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, ms932 } from '../helpers/bytes.js';

// LF, lone CR and a missing final line end are valid, but the serializer writes CRLF after every record:
// reading says so with one `info` issue per kind and file, at the first place, with the count. `ok` stays
// true, nothing is an error or a warning, and `canonical` is false.
const RECORDS = [validRecord(), validRecord({ serviceDate: '20250506' }), validRecord({ serviceDate: '20250507' })];
const rows = RECORDS.map((r) => cellsOf(r));
const line = (i: number): string => rows[i]!.join(',');

describe('reader: line ends other than CRLF are reported as info, once per kind', () => {
  it('a CRLF file is canonical and has no issue', () => {
    const r = parsePlan(ms932(csvText(rows)));
    expect(r.issues).toEqual([]);
    expect(r.canonical).toBe(true);
    expect(r.infoCount).toBe(0);
  });

  it('an LF file: one csv.lineBreak at the first record, with the count of records', () => {
    const bytes = ms932(csvText(rows, '\n'));
    const r = parsePlan(bytes);
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.column, i.byteOffset, i.params])).toEqual([
      ['csv.lineBreak', 'info', 1, 1, null, byteLength(line(0)), { actual: 3, detail: 'lf' }],
    ]);
    expect(r.issues[0]!.message).toBe('3 件のレコードの改行が CRLF ではなく LF です（有効です。書き出すと CRLF になります）。');
    expect([r.ok, r.canonical, r.errorCount, r.warningCount, r.infoCount]).toEqual([true, false, 0, 0, 1]);
    // the bytes do change: that is what the issue says
    expect(serialize('table6Plan', r.records).bytes).toEqual(ms932(csvText(rows)));
  });

  it('CR line ends, and a mix of LF and CR, name what was found', () => {
    const cr = parsePlan(ms932(csvText(rows, '\r')));
    expect(cr.issues.map((i) => [i.code, i.params])).toEqual([['csv.lineBreak', { actual: 3, detail: 'cr' }]]);
    const mixed = parsePlan(ms932(`${line(0)}\r\n${line(1)}\r${line(2)}\n`));
    expect(mixed.issues.map((i) => [i.code, i.line, i.record, i.byteOffset, i.params])).toEqual([
      ['csv.lineBreak', 2, 2, byteLength(`${line(0)}\r\n${line(1)}`), { actual: 2, detail: 'lf+cr' }],
    ]);
  });

  it('no line end after the last record: csv.finalLineBreak at the end of the file', () => {
    const text = `${line(0)}\r\n${line(1)}\r\n${line(2)}`;
    const r = parsePlan(ms932(text));
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.byteOffset, i.params])).toEqual([
      ['csv.finalLineBreak', 'info', 3, 3, byteLength(text), { actual: 1 }],
    ]);
    expect([r.ok, r.canonical]).toEqual([true, false]);
  });

  it('both kinds in one file: one issue each, in a fixed order', () => {
    const r = parsePlan(ms932(`${line(0)}\n${line(1)}\n${line(2)}`));
    expect(r.issues.map((i) => [i.code, i.line, i.params.actual])).toEqual([
      ['csv.lineBreak', 1, 2],
      ['csv.finalLineBreak', 3, 1],
    ]);
    expect(r.infoCount).toBe(2);
  });

  it('the line of the break is counted after a multi-line free text', () => {
    const multi = cellsOf(validRecord({ providerName: '一行目\r\n二行目' }));
    const text = `${multi.join(',')}\n${line(1)}\r\n`;
    const r = parsePlan(ms932(text));
    expect(r.issues.map((i) => [i.code, i.line, i.record, i.byteOffset])).toEqual([['csv.lineBreak', 2, 1, byteLength(multi.join(','))]]);
  });

  it('line breaks inside quoted free text are data, not line ends: canonical in any form', () => {
    const r = parsePlan(ms932(csvText([cellsOf(validRecord({ providerName: 'a\nb\rc' }))])));
    expect(r.issues).toEqual([]);
    expect(r.canonical).toBe(true);
  });
});
