import { describe, expect, it } from 'vitest';
import { FIELD_ESCAPED_QUOTES, FIELD_MALFORMED, FIELD_QUOTED } from '../../src/parse/tokenize.js';
import { bytesOf, run } from './tokenize-harness.js';

describe('tokenize: syntax faults', () => {
  describe('quoteInUnquotedField', () => {
    it('reports the quote with line, offset and field, and keeps it as data', () => {
      //                   x \r \n a  b  "  c  ,  d
      //                   0 1  2  3  4  5  6  7  8
      const { rows, problems } = run('x\r\nab"c,d\r\n');
      expect(problems).toEqual([{ code: 'quoteInUnquotedField', line: 2, byteOffset: 5, field: 0 }]);
      expect(rows[1]!.values).toEqual(['ab"c', 'd']);
      expect(rows[1]!.flags).toEqual([FIELD_MALFORMED, 0]);
    });

    it('reports once per field, at its first stray quote, and never collapses "" there', () => {
      const { rows, problems } = run('a""b"c,ok,x"\n');
      expect(problems).toEqual([
        { code: 'quoteInUnquotedField', line: 1, byteOffset: 1, field: 0 },
        { code: 'quoteInUnquotedField', line: 1, byteOffset: 11, field: 2 },
      ]);
      expect(rows[0]!.values).toEqual(['a""b"c', 'ok', 'x"']);
      expect(rows[0]!.flags).toEqual([FIELD_MALFORMED, 0, FIELD_MALFORMED]);
    });

    it('the offset stays exact after multibyte characters', () => {
      const input = bytesOf(0x83, 0x5c, 0x82, 0xa0, '"', ',', 0x88, 0x9f);
      expect(run(input).problems).toEqual([{ code: 'quoteInUnquotedField', line: 1, byteOffset: 4, field: 0 }]);
    });
  });

  describe('textAfterClosingQuote', () => {
    it('reports the first byte after the closing quote and keeps the bytes in the span', () => {
      //                   1  ,  "  a  b  "  c  ,  2
      //                   0  1  2  3  4  5  6  7  8
      const { rows, problems } = run('1,"ab"c,2\n');
      expect(problems).toEqual([{ code: 'textAfterClosingQuote', line: 1, byteOffset: 6, field: 1 }]);
      expect(rows[0]!.values).toEqual(['1', 'ab"c', '2']);
      expect(rows[0]!.start[1]).toBe(3);
      expect(rows[0]!.end[1]).toBe(7);
      expect(rows[0]!.flags[1]).toBe(FIELD_QUOTED | FIELD_MALFORMED);
    });

    it('runs to the line break and treats further quotes as data', () => {
      const { rows, problems } = run('"a"b"c"\r\nz');
      expect(problems).toEqual([{ code: 'textAfterClosingQuote', line: 1, byteOffset: 3, field: 0 }]);
      expect(rows.map((r) => r.values)).toEqual([['a"b"c"'], ['z']]);
    });

    it('is located on the closing quote’s line when the field spans lines', () => {
      //                   "  a  \n b  "  c  d  \n
      //                   0  1  2  3  4  5  6  7
      const { rows, problems } = run('"a\nb"cd\n');
      expect(problems).toEqual([{ code: 'textAfterClosingQuote', line: 2, byteOffset: 5, field: 0 }]);
      expect(rows[0]!.fieldLine).toEqual([1]);
      expect(rows[0]!.values).toEqual(['a\nb"cd']);
    });

    it('keeps the escaped-quotes flag of the quoted part', () => {
      const { rows } = run('"a""b" ,c');
      expect(rows[0]!.flags[0]).toBe(FIELD_QUOTED | FIELD_ESCAPED_QUOTES | FIELD_MALFORMED);
      expect(rows[0]!.values).toEqual(['a"b" ', 'c']);
    });
  });

  describe('emptyLine', () => {
    it('reports each empty line at its line break and produces no row for it', () => {
      //                   a \r \n \r \n b  \n \n \n c
      //                   0 1  2  3  4  5  6  7  8  9
      const { rows, problems, lines } = run('a\r\n\r\nb\n\n\nc');
      expect(problems).toEqual([
        { code: 'emptyLine', line: 2, byteOffset: 3, field: -1 },
        { code: 'emptyLine', line: 4, byteOffset: 7, field: -1 },
        { code: 'emptyLine', line: 5, byteOffset: 8, field: -1 },
      ]);
      expect(rows.map((r) => [r.values, r.line])).toEqual([
        [['a'], 1],
        [['b'], 3],
        [['c'], 6],
      ]);
      expect(lines).toBe(6);
    });

    it('reports an empty first line', () => {
      const { rows, problems } = run('\r\na');
      expect(problems).toEqual([{ code: 'emptyLine', line: 1, byteOffset: 0, field: -1 }]);
      expect(rows.map((r) => r.line)).toEqual([2]);
    });

    it('a second line break at the end of input is an empty line', () => {
      const { problems, lines } = run('a\r\n\r\n');
      expect(problems).toEqual([{ code: 'emptyLine', line: 2, byteOffset: 3, field: -1 }]);
      expect(lines).toBe(2);
    });

    it('input of a single line break is one empty line', () => {
      expect(run('\n')).toEqual({
        rows: [],
        problems: [{ code: 'emptyLine', line: 1, byteOffset: 0, field: -1 }],
        lines: 1,
      });
    });

    it('a line of spaces or an empty quoted field is not an empty line', () => {
      const { rows, problems } = run(' \n""\n');
      expect(problems).toEqual([]);
      expect(rows.map((r) => r.values)).toEqual([[' '], ['']]);
    });
  });

  describe('unterminatedQuote', () => {
    it('is reported at the opening quote and its record is dropped', () => {
      //                   a  ,  b  \r \n c  ,  "  d  e  \r \n f , g \r \n h
      //                   0  1  2  3  4  5  6  7  8  9  10 11
      const { rows, problems } = run('a,b\r\nc,"de\r\nf,g\r\nh');
      expect(problems).toEqual([{ code: 'unterminatedQuote', line: 2, byteOffset: 7, field: 1 }]);
      expect(rows.map((r) => r.values)).toEqual([['a', 'b'], ['f', 'g'], ['h']]);
    });

    it('at the last line it drops the record and ends', () => {
      const { rows, problems, lines } = run('a\r\n"bc,d');
      expect(problems).toEqual([{ code: 'unterminatedQuote', line: 2, byteOffset: 3, field: 0 }]);
      expect(rows.map((r) => r.values)).toEqual([['a']]);
      expect(lines).toBe(2);
    });

    it('a lone quote at the end of input is unterminated', () => {
      const { rows, problems } = run('a,"');
      expect(problems).toEqual([{ code: 'unterminatedQuote', line: 1, byteOffset: 2, field: 1 }]);
      expect(rows).toEqual([]);
    });
  });
});
