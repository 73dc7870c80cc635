import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/parse/tokenize.js';
import { csvDocument, writeDocument } from './tokenize-arbitraries.js';
import { run, values } from './tokenize-harness.js';

const tooLong = (line: number, byteOffset: number, field = -1) => ({ code: 'recordTooLong', line, byteOffset, field });

describe('tokenize: maxRecordBytes', () => {
  it('changes nothing when every record fits', () => {
    fc.assert(
      fc.property(csvDocument, (doc) => {
        const text = writeDocument(doc);
        // The longest record: its bytes up to (not including) its terminating line break.
        const longest = Math.max(
          1,
          ...doc.records.map((rec) => rec.map((f) => (f.quoted ? `"${f.value.replaceAll('"', '""')}"` : f.value)).join(',').length),
        );
        expect(run(text, { maxRecordBytes: longest })).toEqual(run(text));
      }),
      { numRuns: 500 },
    );
  });

  it('allows exactly maxRecordBytes bytes, and drops a longer record with recordTooLong at its start', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const r = run(`abc${eol}abcd${eol}a,b${eol}ab`, { maxRecordBytes: 3 });
      expect(r.rows.map((x) => x.values)).toEqual([['abc'], ['a', 'b'], ['ab']]);
      expect(r.problems).toEqual([tooLong(2, 3 + eol.length)]);
      expect(r.rows.map((x) => x.line)).toEqual([1, 3, 4]);
      expect(r.lines).toBe(4);
    }
  });

  it('counts line breaks inside quotes, not the terminating one', () => {
    expect(values('"a\r\nb"\r\nx', { maxRecordBytes: 6 })).toEqual([['a\r\nb'], ['x']]);
    const r = run('"a\r\nb"\r\nx', { maxRecordBytes: 5 });
    // The quote was open at the limit: reading resumes after the first line break inside it.
    expect(r.problems).toEqual([tooLong(1, 0, 0), { code: 'quoteInUnquotedField', line: 2, byteOffset: 5, field: 0 }]);
    expect(r.rows.map((x) => [x.line, x.values])).toEqual([
      [2, ['b"']],
      [3, ['x']],
    ]);
  });

  it('after a record too long in unquoted bytes, resumes after the next line break', () => {
    const r = run('1,2345678,"x\r\ny"\r\nnext\r\n', { maxRecordBytes: 5 });
    expect(r.problems[0]).toEqual(tooLong(1, 0));
    // The skip goes to the first line break, even one inside the quotes that follow.
    expect(r.rows[0]!.line).toBe(2);
    expect(r.rows.at(-1)!.values).toEqual(['next']);
  });

  it('reads a quote still open at the limit like an unterminated quote: from the line after it', () => {
    const text = '1,"never closed\r\n2,3\r\n4,5\r\n';
    const limited = run(text, { maxRecordBytes: 8 });
    const unlimited = run(text);
    expect(unlimited.problems).toEqual([{ code: 'unterminatedQuote', line: 1, byteOffset: 2, field: 1 }]);
    expect(limited.problems).toEqual([tooLong(1, 0, 1)]);
    expect(limited.rows).toEqual(unlimited.rows);
  });

  it('skips to the line break even when the open quote has none within the limit', () => {
    const r = run(`"${'x'.repeat(50)}\r\nok\r\n`, { maxRecordBytes: 10 });
    expect(r.problems).toEqual([tooLong(1, 0, 0)]);
    expect(r.rows.map((x) => [x.line, x.values])).toEqual([[2, ['ok']]]);
  });

  it('after a quote open at the limit, quoted fields may no longer span lines (as after an unterminated quote)', () => {
    const r = run('"open 123456789\r\nok\r\n"a\r\nb"\r\n', { maxRecordBytes: 10 });
    expect(r.problems.map((p) => p.code)).toEqual(['recordTooLong', 'unterminatedQuote', 'quoteInUnquotedField']);
    expect(r.rows.map((x) => x.values)).toEqual([['ok'], ['b"']]);
  });

  it('does not report the faults inside the dropped record', () => {
    const r = run('a"b,"c"d,eeeeeeeeee\r\nok', { maxRecordBytes: 12 });
    expect(r.problems).toEqual([tooLong(1, 0)]);
    expect(r.rows.map((x) => x.values)).toEqual([['ok']]);
  });

  it('drops a record too long at the end of input without a line break', () => {
    const r = run('ok\r\n123456', { maxRecordBytes: 5 });
    expect(r.problems).toEqual([tooLong(2, 4)]);
    expect(r.rows.map((x) => x.values)).toEqual([['ok']]);
    expect(r.lines).toBe(2);
  });

  it('rejects a limit that is not a positive integer', () => {
    const noop = (): void => {};
    for (const maxRecordBytes of [0, -1, 1.5, Number.NaN, 2 ** 31]) {
      expect(() => tokenize(new Uint8Array(1), noop, noop, { maxRecordBytes })).toThrow(RangeError);
    }
  });
});
