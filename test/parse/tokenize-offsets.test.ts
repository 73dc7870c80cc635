import { describe, expect, it } from 'vitest';
import { FIELD_QUOTED } from '../../src/parse/tokenize.js';
import { bytesOf, run } from './tokenize-harness.js';

// Shift_JIS: ソ = 83 5C (trail byte is the ASCII backslash), あ = 82 A0, 亜 = 88 9F.
const SO = [0x83, 0x5c];
const A = [0x82, 0xa0];
const AA = [0x88, 0x9f];

describe('tokenize: byte offsets and line numbers', () => {
  it('gives exact byte spans and row offsets after multibyte Shift_JIS characters', () => {
    //            0    1    2    3-4 5-6  7    8    9-10 11-12   13   14   15-16 17
    const input = bytesOf('1', ',', '"', SO, A, '"', ',', SO, '\r\n', '2', ',', A, '\n');
    const { rows, problems, lines } = run(input);
    expect(problems).toEqual([]);
    expect(lines).toBe(2);
    expect(rows).toHaveLength(2);
    const [r1, r2] = rows;
    expect(r1).toMatchObject({
      start: [0, 3, 9],
      end: [1, 7, 11],
      flags: [0, FIELD_QUOTED, 0],
      fieldLine: [1, 1, 1],
      line: 1,
      byteOffset: 0,
      endOffset: 13,
    });
    expect(r2).toMatchObject({
      start: [13, 15],
      end: [14, 17],
      flags: [0, 0],
      fieldLine: [2, 2],
      line: 2,
      byteOffset: 13,
      endOffset: 18,
    });
  });

  it('a 0x5C trail byte just before a closing quote does not escape it', () => {
    const input = bytesOf('"', SO, '"', ',', '"', AA, SO, '"');
    const { rows, problems } = run(input);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({ start: [1, 6], end: [3, 10], flags: [FIELD_QUOTED, FIELD_QUOTED] });
  });

  it('gives each field the line it starts on after multi-line quoted fields', () => {
    //            0    1    2    3-4 5-6     7-8 9    10   11   12-13   14
    const input = bytesOf('a', ',', '"', A, '\r\n', SO, '"', ',', 'b', '\r\n', 'c');
    const { rows, lines } = run(input);
    expect(lines).toBe(3);
    expect(rows[0]).toMatchObject({
      start: [0, 3, 11],
      end: [1, 9, 12],
      fieldLine: [1, 1, 2],
      line: 1,
      byteOffset: 0,
      endOffset: 14,
    });
    expect(rows[1]).toMatchObject({
      start: [14],
      end: [15],
      fieldLine: [3],
      line: 3,
      byteOffset: 14,
      endOffset: 15,
    });
  });

  it('tracks lines across several multi-line fields in one record', () => {
    const { rows } = run('"1\n2\n3","4\r\n5",6,"7\r8"\n9');
    expect(rows[0]!.fieldLine).toEqual([1, 3, 4, 4]);
    expect(rows[1]!.line).toBe(6);
    expect(rows[1]!.fieldLine).toEqual([6]);
  });

  it('reports absolute offsets and shifted lines with start and baseLine', () => {
    const input = bytesOf(0xef, 0xbb, 0xbf, 'a,', A, '\r\n', 'b"\r\n');
    const { rows, problems, lines } = run(input, { start: 3, baseLine: 10 });
    expect(lines).toBe(2);
    expect(rows.map((r) => [r.line, r.byteOffset, r.endOffset])).toEqual([
      [10, 3, 9],
      [11, 9, 13],
    ]);
    expect(rows[0]!.start).toEqual([3, 5]);
    expect(problems).toEqual([{ code: 'quoteInUnquotedField', line: 11, byteOffset: 10, field: 0 }]);
  });

  it('treats the end option as end of input', () => {
    const input = bytesOf('a,b\r\nc,d\r\n');
    const { rows, lines } = run(input, { end: 7 });
    expect(rows.map((r) => r.values)).toEqual([
      ['a', 'b'],
      ['c', ''],
    ]);
    expect(rows[1]!.endOffset).toBe(7);
    expect(lines).toBe(2);
  });

  it('tokenizes a middle range with absolute offsets', () => {
    const input = bytesOf('x\r\ny,"', A, '"\r\nz\r\n');
    // Range covering only line 2: bytes 3 .. 11 (after its CRLF).
    const { rows, lines } = run(input, { start: 3, end: 11, baseLine: 2 });
    expect(lines).toBe(1);
    expect(rows).toEqual([
      {
        values: ['y', '\x82\xa0'],
        start: [3, 6],
        end: [4, 8],
        flags: [0, FIELD_QUOTED],
        fieldLine: [2, 2],
        line: 2,
        byteOffset: 3,
        endOffset: 11,
      },
    ]);
  });
});
