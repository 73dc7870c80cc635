import { describe, expect, it } from 'vitest';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, ms932 } from '../helpers/bytes.js';

describe('reader: an unterminated quote (csv.unterminatedQuote)', () => {
  // Row 2: サービス事業所名 opens a quote that is never closed (no quote follows anywhere in the file, so
  // it runs to the end of input); row 3 has no quotes at all (its free-text columns are empty).
  const good = cellsOf(validRecord());
  const broken = cellsOf(validRecord()).map((c, i) => (i === 20 ? '"ひまわり' : c));
  const last = cellsOf(validRecord({ serviceDate: '20250431', planManagerName: '', providerName: '' })).map((c) => (c === '""' ? '' : c));
  const text = csvText([good, broken, last]);
  const r = parsePlan(ms932(text));
  const quoteAt = cellOffset([good, broken], 1, 21) - 1; // the opening quote itself

  it('is reported at the opening quote, the broken record is dropped and reading resumes on the next line', () => {
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.column, i.byteOffset])).toEqual([
      ['csv.unterminatedQuote', 'error', 2, 21, quoteAt],
      ['field.date', 'error', 3, 10, byteLength(csvText([good])) + byteLength(csvText([broken])) + cellOffset([last], 0, 10)],
      // row 3's empty free text without quotes: valid, not the canonical form
      ['csv.quoting', 'info', 3, 7, byteLength(csvText([good])) + byteLength(csvText([broken])) + cellOffset([last], 0, 7)],
    ]);
    expect(r.recordCount).toBe(2);
    expect(r.records.map((rec) => rec.serviceDate)).toEqual(['20250505', '20250431']);
    // The record after the dropped one is numbered 2.
    expect(r.issues[1]!.record).toBe(2);
  });

  it('names the field of the column where the quote opened', () => {
    expect(locatedAll(r.issues)[0]).toEqual({
      code: 'csv.unterminatedQuote',
      severity: 'error',
      line: 2,
      record: null, // the record was dropped
      column: 21,
      field: 'providerName',
      fieldJa: 'サービス事業所名',
      byteOffset: quoteAt,
    });
  });

  it('drops everything after a quote opened on the last line', () => {
    const tail = cellsOf(validRecord())
      .map((c, i) => (i === 20 ? '"ひまわり,,0,1370000001,' : c))
      .slice(0, 21);
    const t = parsePlan(ms932(`${csvText([good])}${tail.join(',')}`));
    expect(t.issues.map((i) => [i.code, i.line, i.column])).toEqual([['csv.unterminatedQuote', 2, 21]]);
    expect(t.recordCount).toBe(1);
  });
});
