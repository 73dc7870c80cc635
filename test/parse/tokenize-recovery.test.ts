import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/parse/tokenize.js';
import { csvDocument, writeDocument } from './tokenize-arbitraries.js';
import { bytesOf, run, type CopiedRow } from './tokenize-harness.js';

/** Rows of `text` as they appear when it follows `prefixBytes` bytes and `prefixLines` lines. */
function shifted(rows: CopiedRow[], prefixBytes: number, prefixLines: number): CopiedRow[] {
  return rows.map((r) => ({
    ...r,
    start: r.start.map((x) => x + prefixBytes),
    end: r.end.map((x) => x + prefixBytes),
    fieldLine: r.fieldLine.map((x) => x + prefixLines),
    line: r.line + prefixLines,
    byteOffset: r.byteOffset + prefixBytes,
    endOffset: r.endOffset + prefixBytes,
  }));
}

/** Faulty lines (each ends with CRLF) after which reading must go on unchanged. */
const faultyLine = fc.constantFrom(
  'ab"c,d\r\n', // quoteInUnquotedField
  '1,"ab"c,2\r\n', // textAfterClosingQuote
  '"a\r\nb"c\r\n', // textAfterClosingQuote on a later physical line
  '\r\n', // emptyLine
  '"x""y" z,"\r\n"\r\n', // textAfterClosingQuote with escapes, then a multi-line field
);

describe('tokenize: recovery after faults', () => {
  it('reads the rows after a fault exactly as if they stood alone', () => {
    fc.assert(
      fc.property(fc.array(faultyLine, { minLength: 1, maxLength: 4 }), csvDocument, (faults, doc) => {
        const prefix = faults.join('');
        const tail = writeDocument(doc);
        const prefixLines = run(prefix).lines;
        const whole = run(prefix + tail);
        const alone = run(tail);
        const prefixRows = run(prefix).rows.length;
        expect(whole.rows.slice(prefixRows)).toEqual(shifted(alone.rows, prefix.length, prefixLines));
        expect(whole.problems.length).toBeGreaterThan(0);
        expect(whole.lines).toBe(prefixLines + alone.lines);
      }),
      { numRuns: 500 },
    );
  });

  it('after an unterminated quote, reads every following line of quote-free data', () => {
    const quoteFree = fc
      .array(fc.array(fc.constantFrom('a', '1', ' ', ',', '\x83\x5c'), { minLength: 1, maxLength: 10 }), {
        maxLength: 10,
      })
      .map((lines) => lines.map((l) => `${l.join('')}\r\n`).join(''));
    fc.assert(
      fc.property(quoteFree, quoteFree, (before, after) => {
        const bad = '1,"unterminated,2\r\n';
        const prefix = before + bad;
        const whole = run(prefix + after);
        const beforeRun = run(before);
        expect(whole.problems).toEqual([{ code: 'unterminatedQuote', line: beforeRun.lines + 1, byteOffset: before.length + 2, field: 1 }]);
        expect(whole.rows).toEqual([...beforeRun.rows, ...shifted(run(after).rows, prefix.length, beforeRun.lines + 1)]);
      }),
      { numRuns: 300 },
    );
  });

  it('re-reads "" pairs after an unterminated quote as empty quoted fields', () => {
    // The quote opened on line 1 runs to the end: every later quote is part of a "" pair.
    const { rows, problems } = run('a,"b\r\n"",c\r\nd,""""\r\n');
    expect(problems).toEqual([{ code: 'unterminatedQuote', line: 1, byteOffset: 2, field: 1 }]);
    expect(rows.map((r) => [r.line, r.values])).toEqual([
      [2, ['', 'c']],
      [3, ['d', '"']],
    ]);
  });

  it('a missing closing quote swallows the next line into the field, then reading goes on', () => {
    // The quote opened in line 1 is closed by the quote before `def` in line 2.
    const { rows, problems } = run('1,"abc,2\r\n3,"def",4\r\n5,6\r\n');
    expect(problems).toEqual([{ code: 'textAfterClosingQuote', line: 2, byteOffset: 13, field: 1 }]);
    expect(rows.map((r) => [r.line, r.values])).toEqual([
      [1, ['1', 'abc,2\r\n3,"def"', '4']],
      [3, ['5', '6']],
    ]);
  });

  it('reports the problems of a row before the row itself', () => {
    const events: string[] = [];
    tokenize(
      bytesOf('a"b,"c"d\r\n\r\ne\r\n'),
      (row) => events.push(`row@${row.line}`),
      (p) => events.push(`${p.code}@${p.line}`),
    );
    expect(events).toEqual(['quoteInUnquotedField@1', 'textAfterClosingQuote@1', 'row@1', 'emptyLine@2', 'row@3']);
  });

  it('recovers every line of a large input after a quote opened on its first line', () => {
    // The unterminated quote is scanned to the end once; the rest is read again in one pass.
    const line = '1,2,3,4,5,6,7,8,9,10\r\n';
    const count = 50_000;
    const bytes = bytesOf(`x,"oops\r\n${line.repeat(count)}`);
    let rows = 0;
    let fields = 0;
    let lastLine = 0;
    const problems: string[] = [];
    const lines = tokenize(
      bytes,
      (row) => {
        rows++;
        fields += row.count;
        lastLine = row.line;
      },
      (p) => problems.push(p.code),
    );
    expect(problems).toEqual(['unterminatedQuote']);
    expect(rows).toBe(count);
    expect(fields).toBe(count * 10);
    expect(lastLine).toBe(count + 1);
    expect(lines).toBe(count + 1);
  });
});
