import { describe, expect, it } from 'vitest';
import { run, values } from './tokenize-harness.js';

describe('tokenize: line endings', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('reads %s line ends', (_name, eol) => {
    const { rows, problems, lines } = run(`a,b${eol}c,d${eol}e${eol}`);
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.values)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
    expect(lines).toBe(3);
  });

  it('reads mixed line ends, each CRLF, CR and LF being one break', () => {
    const { rows, problems, lines } = run('a\r\nb\nc\rd\r\ne');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.values)).toEqual([['a'], ['b'], ['c'], ['d'], ['e']]);
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
    expect(lines).toBe(5);
  });

  it('LF followed by CR is two breaks (an empty line between them)', () => {
    const { rows, problems, lines } = run('a\n\rb');
    expect(rows.map((r) => r.values)).toEqual([['a'], ['b']]);
    expect(rows.map((r) => r.line)).toEqual([1, 3]);
    expect(problems).toEqual([{ code: 'emptyLine', line: 2, byteOffset: 2, field: -1 }]);
    expect(lines).toBe(3);
  });

  it('a last record without a line break is a normal record', () => {
    const { rows, problems, lines } = run('a,b\r\nc,d');
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.values)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(rows[1]!.endOffset).toBe(8);
    expect(lines).toBe(2);
  });

  it('the single line break at the end of input creates no empty line', () => {
    for (const eol of ['\r\n', '\n', '\r']) {
      const { rows, problems, lines } = run(`a${eol}`);
      expect(rows.map((r) => r.values)).toEqual([['a']]);
      expect(problems).toEqual([]);
      expect(lines).toBe(1);
    }
  });

  it('empty input has no rows, no problems and no lines', () => {
    expect(run('')).toEqual({ rows: [], problems: [], lines: 0 });
  });

  it('counts line breaks inside quoted fields as physical lines', () => {
    const { rows, lines } = run('"a\r\nb\rc\nd",x\r\ny\r\n');
    expect(rows.map((r) => r.values)).toEqual([['a\r\nb\rc\nd', 'x'], ['y']]);
    expect(rows.map((r) => r.line)).toEqual([1, 5]);
    expect(rows[0]!.fieldLine).toEqual([1, 4]);
    expect(lines).toBe(5);
  });

  it('a CRLF split by the closing quote is two breaks: CR in the field, LF ending the record', () => {
    const { rows, lines } = run('"a\r"\nb');
    expect(rows.map((r) => r.values)).toEqual([['a\r'], ['b']]);
    expect(rows.map((r) => r.line)).toEqual([1, 3]);
    expect(lines).toBe(3);
  });

  it('does not treat other control bytes (VT, FF, NEL-like 0x85) as line breaks', () => {
    expect(values('a\x0bb\x0cc\x85d\ne')).toEqual([['a\x0bb\x0cc\x85d'], ['e']]);
  });
});
