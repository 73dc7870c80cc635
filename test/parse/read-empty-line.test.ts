import { describe, expect, it } from 'vitest';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe('reader: an empty line is skipped with a warning (csv.emptyLine)', () => {
  it('warns at the empty line and keeps line and record numbers of later records right', () => {
    const first = cellsOf(validRecord());
    const second = cellsOf(validRecord({ serviceDate: '20250431' }));
    const before = `${csvText([first])}\r\n`;
    const r = parsePlan(ms932(before + csvText([second])));
    const base = ms932(before).length;
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'csv.emptyLine',
        severity: 'warning',
        line: 2,
        record: null,
        column: null,
        field: null,
        fieldJa: null,
        byteOffset: ms932(csvText([first])).length,
      },
      {
        code: 'field.date',
        severity: 'error',
        line: 3,
        record: 2,
        column: 10,
        field: 'serviceDate',
        fieldJa: 'サービス利用日',
        byteOffset: base + cellOffset([second], 0, 10),
      },
    ]);
    expect(r.recordCount).toBe(2);
  });

  it('a single line break at the end of the file is not an empty line; a second one is', () => {
    const text = csvText([cellsOf(validRecord())]);
    expect(parsePlan(ms932(text)).issues).toEqual([]);
    const extra = parsePlan(ms932(`${text}\n`));
    expect(extra.issues.map((i) => [i.code, i.line])).toEqual([['csv.emptyLine', 2]]);
    expect(extra.ok).toBe(true);
  });
});
