import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { cellsOf, csvText, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, concat, ms932 } from '../helpers/bytes.js';

// 398 MS932 codes duplicate another code's character (e.g. NEC 0x8790 ≒ = JIS 0x81E0, NEC-selected IBM
// 0xED40 纊 = IBM 0xFA5C, IBM 0xFA4A Ⅰ = NEC 0x8754). They are valid and read as that character, but the
// serializer writes the canonical code: reading reports one `info` encoding.nonCanonical per file, at the
// first such character, with the count.
const cells = cellsOf(validRecord({ providerName: 'PLACEHOLDER' }));
const text = csvText([cellsOf(validRecord()), cells, cells]);
const before = text.indexOf('PLACEHOLDER');
const second = text.indexOf('PLACEHOLDER', before + 1);

/** The file with the placeholder of records 2 and 3 replaced by these bytes. */
function withBytes(a: number[], b: number[]): Uint8Array {
  return concat(
    ms932(text.slice(0, before)),
    new Uint8Array(a),
    ms932(text.slice(before + 11, second)),
    new Uint8Array(b),
    ms932(text.slice(second + 11)),
  );
}

describe('reader: characters written with a duplicate MS932 code are reported as info', () => {
  it.each([
    ['NEC row 13 ≒', [0x87, 0x90], [0x81, 0xe0], '≒'],
    ['NEC-selected IBM 纊', [0xed, 0x40], [0xfa, 0x5c], '纊'],
    ['IBM Ⅰ', [0xfa, 0x4a], [0x87, 0x54], 'Ⅰ'],
  ])('%s: reads the character, reports it once with the count, and writing gives the canonical code', (_name, dup, canonical, ch) => {
    const r = parsePlan(withBytes([0x41, ...dup], [...dup, ...dup]));
    expect(r.records[1]!.providerName).toBe(`A${ch}`);
    expect(r.records[2]!.providerName).toBe(ch + ch);
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.column, i.field, i.byteOffset, i.params])).toEqual([
      ['encoding.nonCanonical', 'info', 2, 2, 21, 'providerName', byteLength(text.slice(0, before)) + 1, { actual: 3 }],
    ]);
    expect([r.ok, r.canonical, r.infoCount]).toEqual([true, false, 1]);
    expect(serialize('table6Plan', r.records).bytes).toEqual(withBytes([0x41, ...canonical], [...canonical, ...canonical]));
  });

  it('the canonical twin is no issue; the message carries no character', () => {
    const ok = parsePlan(withBytes([0x81, 0xe0], [0xfa, 0x5c]));
    expect(ok.issues).toEqual([]);
    expect(ok.canonical).toBe(true);
    const dup = parsePlan(withBytes([0x87, 0x90], [0x41]), { locale: 'en' });
    expect(dup.issues[0]!.message).not.toMatch(/≒|8790|U\+/);
    expect(dup.issues[0]!.params).toEqual({ actual: 1 });
  });

  it('is found in a row that also has invalid bytes, and stepped over as the decoder reads', () => {
    // 0xFD is never valid MS932; the duplicate after it is still counted
    const r = parsePlan(withBytes([0xfd, 0x87, 0x90], [0x41]));
    expect(r.issues.map((i) => [i.code, i.byteOffset])).toEqual([
      ['encoding.invalidBytes', byteLength(text.slice(0, before))],
      ['encoding.nonCanonical', byteLength(text.slice(0, before)) + 1],
    ]);
  });
});
