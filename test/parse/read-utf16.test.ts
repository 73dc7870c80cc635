// A UTF-16 file (Excel's 「Unicode テキスト」: UTF-16LE with a BOM, tab-separated; or UTF-16 from another tool)
// gives one encoding.utf16 error and nothing else, as a UTF-8 file gives encoding.utf8: before, its NUL bytes
// and two-byte code units gave hundreds of column, code and encoding errors and no word of UTF-16.
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { validateStream } from '../../src/stream/read-stream.js';
import { concat, ms932 } from '../helpers/bytes.js';
import { locatedAll, parsePlan, recordsText, validRecord } from '../helpers/table6.js';

const TEXT = recordsText([validRecord(), validRecord({ serviceDate: '20250506' })]);

/** `text` in UTF-16 of the byte order, with or without a BOM. */
function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array(2 * text.length + (bom ? 2 : 0));
  let at = 0;
  if (bom) {
    out.set(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const c = text.charCodeAt(i);
    out[at + (order === 'le' ? 0 : 1)] = c & 0xff;
    out[at + (order === 'le' ? 1 : 0)] = c >> 8;
  }
  return out;
}

const ONLY = (detail: 'le' | 'be') => [
  { code: 'encoding.utf16', severity: 'error', line: 1, record: null, column: null, field: null, fieldJa: null, byteOffset: 0 },
  { detail },
];

describe('reader: a UTF-16 file gives exactly one encoding.utf16 error and no records', () => {
  for (const order of ['le', 'be'] as const) {
    for (const bom of [true, false]) {
      it(`${order === 'le' ? 'little' : 'big'}-endian, ${bom ? 'with' : 'without'} a BOM`, () => {
        const r = parsePlan(utf16(TEXT, order, bom));
        expect([locatedAll(r.issues), r.issues[0]?.params]).toEqual([[ONLY(order)[0]], ONLY(order)[1]]);
        expect(r.records).toEqual([]);
        expect(r.version).toBeNull();
      });
    }
  }

  it("Excel's Unicode text (tab-separated, the header in Japanese), in English", () => {
    const tsv = `\ufeff${['CSVバージョン', '保険者番号'].join('\t')}\r\n${TEXT.replaceAll(',', '\t')}`;
    const r = validate(utf16(tsv.slice(1), 'le', true), { kind: 'table6Plan', locale: 'en' });
    expect(r.issues.map((i) => i.code)).toEqual(['encoding.utf16']);
    expect(r.issues[0]?.message).toBe('The file is UTF-16 ("Unicode Text" of Excel, for example). Save it as a CSV file in Shift_JIS (MS932).');
  });

  it('the same when streamed a byte at a time, and for a file of a few bytes', async () => {
    const bytes = utf16(TEXT, 'le', true);
    const streamed = await validateStream(
      (async function* () {
        for (let i = 0; i < bytes.length; i++) yield bytes.subarray(i, i + 1);
      })(),
      { kind: 'table6Plan' },
    );
    expect(streamed.issues.map((i) => [i.code, i.params])).toEqual([['encoding.utf16', { detail: 'le' }]]);
    expect(validate(new Uint8Array([0xff, 0xfe]), { kind: 'table6Plan' }).issues.map((i) => i.code)).toEqual(['encoding.utf16']);
    expect(validate(utf16('2024', 'le', false), { kind: 'table6Plan' }).issues.map((i) => i.code)).toEqual(['encoding.utf16']);
  });

  it('MS932 files are read as before: Japanese text, a lone FF, a short ASCII file', () => {
    expect(parsePlan(ms932(TEXT)).issues).toEqual([]);
    const ff = validate(concat(new Uint8Array([0xff]), ms932(TEXT)), { kind: 'table6Plan' });
    expect(ff.issues.map((i) => i.code)).toContain('encoding.invalidBytes');
    expect(ff.issues.map((i) => i.code)).not.toContain('encoding.utf16');
    expect(validate(ms932('202407,1\r\n'), { kind: 'table6Plan' }).issues.map((i) => i.code)).not.toContain('encoding.utf16');
  });
});
