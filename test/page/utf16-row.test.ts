import { describe, expect, it } from 'vitest';
import { utf16Row } from '../../page/src/worker.js';

// The checker page's row view of a UTF-16 file (one `encoding.utf16`, not read): the record holding a line,
// tab- or comma-separated, quoted values whole.
const le = (text: string) => new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
const be = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le').swap16());

describe('checker page: a UTF-16 file in the row view', () => {
  it('tab-separated: a quoted value keeps its tab, quote and line break; both lines of it show the record', () => {
    const text = '202407\t"a\tb"\t"say ""hi"""\t"two\r\nlines"\tend\r\nnext\trow\r\n';
    const row = ['202407', 'a\tb', 'say "hi"', 'two\r\nlines', 'end'];
    expect(utf16Row(le(text), 'le', 1)).toEqual(row);
    expect(utf16Row(le(text), 'le', 2)).toEqual(row);
    expect(utf16Row(le(text), 'le', 3)).toEqual(['next', 'row']);
  });

  it('comma-separated: a tab inside a quoted value does not make it tab-separated', () => {
    const text = '202407,"介護\t花子",1172\n';
    expect(utf16Row(le(text), 'le', 1)).toEqual(['202407', '介護\t花子', '1172']);
  });

  it('big-endian, LF or CR line ends; empty values kept', () => {
    expect(utf16Row(be('a,,c\rd,e'), 'be', 2)).toEqual(['d', 'e']);
    expect(utf16Row(le('a\t\tc\nd'), 'le', 1)).toEqual(['a', '', 'c']);
  });

  it('no record on the line: null (a line past the end, after the last line break, a file of a BOM only)', () => {
    expect(utf16Row(le('a,b\r\n'), 'le', 2)).toBeNull();
    expect(utf16Row(le('a,b'), 'le', 5)).toBeNull();
    expect(utf16Row(le(''), 'le', 1)).toBeNull();
  });
});
