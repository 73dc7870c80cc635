import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { cellsOf, csvText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

// A record dropped for an unterminated quote takes its other faults with it: they are reported at their
// own line with no record number, never pinned on the next record.
describe('reader: faults inside a record dropped for an unterminated quote', () => {
  const good = cellsOf(validRecord());
  // Only empty free text ("" pairs): inside an open quote these are escapes, so the quote runs to the end.
  const plain = cellsOf(validRecord({ planManagerName: '', providerName: '', equipmentName: '', serviceDate: '20250532' }));

  it('a stray quote earlier in the dropped record has no record number', () => {
    const text = `${csvText([good])}x"y,"abc\r\n${csvText([plain])}`;
    const r = parse(ms932(text), { kind: 'table6Plan' });
    expect(r.issues.map((i) => [i.code, i.line, i.record, i.column])).toEqual([
      ['csv.quoteInUnquotedField', 2, null, 1],
      ['csv.unterminatedQuote', 2, null, 2],
      // reading goes on at line 3, which is record 2 and keeps its own fault
      ['field.date', 3, 2, 10],
    ]);
  });

  it('a character outside MS932 in the dropped part of a string input has no record number either', () => {
    const text = `${csvText([good])}x,"山田𠮷\r\n${csvText([plain])}`;
    const r = parse(text, { kind: 'table6Plan' });
    expect(r.issues.map((i) => [i.code, i.line, i.record, i.column])).toEqual([
      ['csv.unterminatedQuote', 2, null, 2],
      ['encoding.unmappable', 2, null, null],
      ['field.date', 3, 2, 10],
    ]);
    expect(r.records.length).toBe(2);
  });
});
