import { describe, expect, it } from 'vitest';
import { locatedAll, parsePlan, recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe('reader: a string (already decoded text) is read like its MS932 bytes', () => {
  it('gives the same records and issues as the bytes', () => {
    const text = recordsText([validRecord(), validRecord({ serviceDate: '20250431' })]);
    const fromString = parsePlan(text);
    const fromBytes = parsePlan(ms932(text));
    expect(fromString.records).toEqual(fromBytes.records);
    expect(fromString.issues).toEqual(fromBytes.issues);
    expect(fromString.issues.map((i) => i.code)).toEqual(['field.date']);
  });

  describe('a character outside MS932 in the string (encoding.unmappable)', () => {
    const text = recordsText([
      validRecord(),
      validRecord({ serviceDate: '20250506', providerName: '𠮷野家ケア' }), // U+20BB7
      validRecord({ serviceDate: '20250431' }),
    ]);
    const r = parsePlan(text, { includeValues: true });

    it('is an error with its line and code point (with includeValues), and the rest of the file is still checked', () => {
      expect(r.issues.map((i) => [i.code, i.severity, i.line])).toEqual([
        ['encoding.unmappable', 'error', 2],
        ['field.date', 'error', 3],
      ]);
      expect(r.issues[0]!.params).toEqual({ detail: 'supplementary', codePoint: 'U+20BB7' });
      expect(r.ok).toBe(false);
      expect(r.recordCount).toBe(3);
      // 〓 stands in for the character.
      expect(r.records[1]!.providerName).toBe('〓野家ケア');
    });

    it('is located at its record, column and field; byteOffset is that of the character in the MS932 form of the string', () => {
      const rows = text.split('\r\n');
      const before = `${rows.slice(0, 1).join('\r\n')}\r\n${rows[1]!.slice(0, rows[1]!.indexOf('𠮷'))}`;
      expect(locatedAll(r.issues)[0]).toEqual({
        code: 'encoding.unmappable',
        severity: 'error',
        line: 2,
        record: 2,
        column: 21,
        field: 'providerName',
        fieldJa: 'サービス事業所名',
        byteOffset: ms932(before).length,
      });
    });
  });

  it('a JIS-style variant (〜 U+301C) in the string is converted with a warning', () => {
    const r = parsePlan(recordsText([validRecord({ providerName: 'ひまわり〜' })]), { includeValues: true });
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.params])).toEqual([
      ['encoding.converted', 'warning', 1, { detail: 'variant', codePoint: 'U+301C', to: 'U+FF5E' }],
    ]);
    expect(r.records[0]!.providerName).toBe('ひまわり～');
    expect(r.ok).toBe(true);
  });
});
