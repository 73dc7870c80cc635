import { describe, expect, it } from 'vitest';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, ms932 } from '../helpers/bytes.js';

const RECORDS = [
  validRecord(),
  validRecord({ serviceDate: '20250506', providerName: '改行\r\nあり' }),
  validRecord({ serviceDate: '20250507', units: '' }),
];

// The forms other than CRLF are valid: no error and no warning, only an info that the bytes are not the
// canonical ones (see read-non-canonical-line-ends.test.ts).
describe('reader: CRLF, LF and CR line endings give the same records', () => {
  const rows = RECORDS.map((r) => cellsOf(r));
  const crlf = parsePlan(ms932(csvText(rows, '\r\n')));

  it('reads the CRLF file cleanly', () => {
    expect(crlf.issues).toEqual([]);
    expect(crlf.records).toEqual(RECORDS);
  });

  it.each([
    ['LF', '\n'],
    ['CR', '\r'],
  ])('reads the %s file into the same records', (_name, eol) => {
    const r = parsePlan(ms932(csvText(rows, eol)));
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['csv.lineBreak', 'info']]);
    expect([r.ok, r.errorCount, r.warningCount]).toEqual([true, 0, 0]);
    expect(r.records).toEqual(crlf.records);
  });

  it('reads a file mixing the three, and one whose last line has no line break', () => {
    const text = `${rows[0]!.join(',')}\n${rows[1]!.join(',')}\r${rows[2]!.join(',')}`;
    const r = parsePlan(ms932(text));
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['csv.lineBreak', 'info'],
      ['csv.finalLineBreak', 'info'],
    ]);
    expect([r.ok, r.errorCount, r.warningCount]).toEqual([true, 0, 0]);
    expect(r.records).toEqual(crlf.records);
  });

  it('counts lines the same way: an issue after a multi-line field is on the same line number', () => {
    const bad = [...rows.slice(0, 2), cellsOf(validRecord({ serviceDate: '20250431' }))];
    for (const eol of ['\r\n', '\n', '\r']) {
      const r = parsePlan(ms932(csvText(bad, eol)));
      const lineBreak = {
        code: 'csv.lineBreak',
        severity: 'info',
        line: 1,
        record: 1,
        column: null,
        field: null,
        fieldJa: null,
        byteOffset: byteLength(bad[0]!.join(',')),
      };
      expect(locatedAll(r.issues)).toEqual([
        {
          code: 'field.date',
          severity: 'error',
          line: 4,
          record: 3,
          column: 10,
          field: 'serviceDate',
          fieldJa: 'サービス利用日',
          byteOffset: cellOffset(bad, 2, 10, eol),
        },
        ...(eol === '\r\n' ? [] : [lineBreak]),
      ]);
    }
  });
});
