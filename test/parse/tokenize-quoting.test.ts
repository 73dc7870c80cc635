import { describe, expect, it } from 'vitest';
import { FIELD_ESCAPED_QUOTES, FIELD_MALFORMED, FIELD_QUOTED } from '../../src/parse/tokenize.js';
import { run, values } from './tokenize-harness.js';

describe('tokenize: fields and quoting', () => {
  it('splits unquoted fields on commas', () => {
    expect(values('202407,1310000002,abc\r\n')).toEqual([['202407', '1310000002', 'abc']]);
  });

  it('keeps empty fields, including leading and trailing ones', () => {
    expect(values(',a,,b,\r\n,\r\n')).toEqual([
      ['', 'a', '', 'b', ''],
      ['', ''],
    ]);
  });

  it('a trailing comma at end of input still ends with an empty field', () => {
    expect(values('a,')).toEqual([['a', '']]);
  });

  it('strips the enclosing quotes of a quoted field and flags it', () => {
    const { rows, problems } = run('1,"abc",2\r\n');
    expect(problems).toEqual([]);
    expect(rows[0]!.values).toEqual(['1', 'abc', '2']);
    expect(rows[0]!.flags).toEqual([0, FIELD_QUOTED, 0]);
    // Span of the content: bytes 3..6 ("abc" without its quotes).
    expect(rows[0]!.start[1]).toBe(3);
    expect(rows[0]!.end[1]).toBe(6);
  });

  it('reads an empty quoted field', () => {
    const { rows } = run('"",""\r\n""');
    expect(rows.map((r) => r.values)).toEqual([['', ''], ['']]);
    expect(rows[1]!.flags).toEqual([FIELD_QUOTED]);
  });

  it('flags "" escapes and leaves their collapsing to the caller', () => {
    const { rows, problems } = run('"a""b","""","x"\r\n');
    expect(problems).toEqual([]);
    const row = rows[0]!;
    expect(row.values).toEqual(['a"b', '"', 'x']);
    expect(row.flags).toEqual([FIELD_QUOTED | FIELD_ESCAPED_QUOTES, FIELD_QUOTED | FIELD_ESCAPED_QUOTES, FIELD_QUOTED]);
    // The span of `"a""b"` holds the raw `a""b` (4 bytes).
    expect(row.end[0]! - row.start[0]!).toBe(4);
  });

  it('keeps commas and line breaks inside quoted fields as data', () => {
    expect(values('"a,b","c\r\nd","e\nf","g\rh",i\r\nj')).toEqual([['a,b', 'c\r\nd', 'e\nf', 'g\rh', 'i'], ['j']]);
  });

  it('a quoted field may consist of line breaks only', () => {
    expect(values('"\r\n","\n\n"\n')).toEqual([['\r\n', '\n\n']]);
  });

  it('treats only a quote at the very start of a field as opening quote', () => {
    const { rows } = run(' "a",b\n');
    expect(rows[0]!.values).toEqual([' "a"', 'b']);
    expect(rows[0]!.flags[0]! & FIELD_QUOTED).toBe(0);
    expect(rows[0]!.flags[0]! & FIELD_MALFORMED).toBe(FIELD_MALFORMED);
  });

  it('does not treat backslash (0x5C) as an escape', () => {
    expect(values('"a\\",b\\\n')).toEqual([['a\\', 'b\\']]);
  });

  it('passes every byte outside the four special ones through unchanged', () => {
    const all: number[] = [];
    for (let b = 0; b < 256; b++) if (b !== 0x22 && b !== 0x2c && b !== 0x0d && b !== 0x0a) all.push(b);
    const input = Uint8Array.from([...all, 0x2c, 0x22, ...all, 0x22]);
    const { rows, problems } = run(input);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(1);
    const expected = String.fromCharCode(...all);
    expect(rows[0]!.values).toEqual([expected, expected]);
  });
});
