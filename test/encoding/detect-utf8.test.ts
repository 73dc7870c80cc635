import { firstInvalidMs932 } from '../../src/encoding/decode.js';
// detectUtf8 finds files that are really UTF-8, and never mistakes genuine MS932 text for UTF-8.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ms932 } from '../helpers/bytes.js';
import { decodeMs932, detectUtf8 } from '../../src/encoding/index.js';
import { oracleRepertoire } from './ms932-oracle.js';

const utf8 = new TextEncoder();

/** A short care-plan-like CSV record. */
const CSV = '"0001234567","山田　太郎","ﾔﾏﾀﾞ ﾀﾛｳ","19450401","東京都千代田区霞が関１－２－２","要介護３"\r\n';

const MS932_SAMPLES = [
  CSV,
  CSV.repeat(20),
  'ﾃｽ', // C3 BD: also valid UTF-8 ("ý")
  'ﾌｼﾞｲ', // CC BC DE B2: also valid UTF-8
  'ﾔﾏﾀﾞ ﾀﾛｳ',
  'ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝ',
  '介護支援専門員',
  '髙橋　﨑山　①②③　㈱　№　Ⅹ　∵',
  '居宅サービス計画書（１）',
  '〒100-0001',
  '鬱蒼とした森', // level-2 kanji
  '漢',
  'あ',
];

describe('detectUtf8', () => {
  it("returns 'bom' for bytes starting with EF BB BF", () => {
    expect(detectUtf8(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8.encode(CSV)]))).toBe('bom');
    expect(detectUtf8(new Uint8Array([0xef, 0xbb, 0xbf]))).toBe('bom');
    expect(detectUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x31, 0x2c, 0x32]))).toBe('bom');
  });

  it("returns 'utf8' for UTF-8 Japanese text without a BOM", () => {
    expect(detectUtf8(utf8.encode(CSV))).toBe('utf8');
    expect(detectUtf8(utf8.encode(CSV.repeat(50)))).toBe('utf8');
    expect(detectUtf8(utf8.encode('介護支援専門員・ケアマネジャー'))).toBe('utf8');
    expect(detectUtf8(utf8.encode('1,ﾔﾏﾀﾞ,2\r\n'))).toBe('utf8');
    expect(detectUtf8(utf8.encode('𠮷野家😀'))).toBe('utf8');
  });

  it('returns null for pure ASCII and empty input (identical in both encodings)', () => {
    expect(detectUtf8(new Uint8Array())).toBeNull();
    expect(detectUtf8(utf8.encode('1,2,"abc"\r\n'))).toBeNull();
  });

  it.each(MS932_SAMPLES)('returns null for the MS932 text %s', (text) => {
    expect(detectUtf8(ms932(text))).toBeNull();
  });

  it('returns null for every string of one or two half-width katakana', () => {
    const kana = Array.from({ length: 63 }, (_, i) => String.fromCharCode(0xff61 + i));
    let validUtf8 = 0;
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const a of kana) {
      expect(detectUtf8(ms932(a))).toBeNull();
      for (const b of kana) {
        const bytes = ms932(a + b);
        expect(detectUtf8(bytes)).toBeNull();
        try {
          strict.decode(bytes);
          validUtf8++;
        } catch {
          // not UTF-8 at all
        }
      }
    }
    // the hazard is real: many of these pairs are valid UTF-8
    expect(validUtf8).toBeGreaterThan(500);
  });

  it('kanji whose trail bytes are ASCII letters stay MS932, though their bytes are valid UTF-8 by accident', () => {
    // 逑杯雎啣 in MS932 is E7 93 94 74 E8 B1 9A 51: the valid UTF-8 of 瓔t豚Q (found by the property below).
    const bytes = ms932('逑杯雎啣');
    expect(Array.from(bytes, (b) => b.toString(16)).join(' ')).toBe('e7 93 94 74 e8 b1 9a 51');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe('瓔t豚Q');
    expect(detectUtf8(bytes)).toBeNull();
    // Real UTF-8 with letters beside kanji is still found: characters followed by others, separators or line ends count.
    expect(detectUtf8(utf8.encode('Aランク,B\r\n'))).toBe('utf8');
    expect(detectUtf8(utf8.encode('山田t,佐藤Q\r\n'))).toBe('utf8');
  });

  it('never classifies MS932 text as UTF-8 (property)', () => {
    const repertoire = oracleRepertoire();
    const text = fc.array(fc.constantFrom(...repertoire), { minLength: 1, maxLength: 40 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (s) => {
        expect(detectUtf8(ms932(s))).toBeNull();
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with a strict UTF-8 decoder on what is valid UTF-8 (property)', () => {
    const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    const input = fc.oneof(
      fc.uint8Array({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }).map((s) => utf8.encode(s)),
      fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), fc.nat(), fc.integer({ min: 0, max: 255 })).map(([s, at, b]) => {
        const bytes = utf8.encode(s);
        bytes[at % bytes.length] = b; // one corrupted byte
        return bytes;
      }),
    );
    fc.assert(
      fc.property(input, (bytes) => {
        const result = detectUtf8(bytes);
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
        if (result === 'utf8') expect(valid).toBe(true);
        if (result === 'bom') expect(bom).toBe(true);
        // valid UTF-8 with non-ASCII content that is not valid MS932 is always reported
        if (valid && !bom && bytes.some((b) => b >= 0x80) && decodeMs932(bytes).problems.length > 0) {
          expect(result).toBe('utf8');
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('returns null for bytes that are neither (decoding reports MS932 errors instead)', () => {
    expect(detectUtf8(new Uint8Array([0x41, 0xff, 0xfe, 0x80]))).toBeNull();
    // truncated UTF-8 at the end
    expect(detectUtf8(utf8.encode('介護').subarray(0, 5))).toBeNull();
    // overlong form and encoded surrogate are not valid UTF-8
    expect(detectUtf8(new Uint8Array([0xc0, 0xaf]))).toBeNull();
    expect(detectUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBeNull();
  });

  it("returns 'utf8' for UTF-8 that is also valid MS932 when it reads as Japanese (4+ distinct characters)", () => {
    // 介護支援専門員 in UTF-8 also reads as the valid MS932 mojibake 莉玖ｭｷ謾ｯ謠ｴ蟆る摩蜩｡
    const bytes = utf8.encode('介護支援専門員');
    expect(decodeMs932(bytes).problems).toEqual([]);
    expect(detectUtf8(bytes)).toBe('utf8');
    expect(detectUtf8(utf8.encode('"1","介護支援専門員"\r\n'))).toBe('utf8');
  });

  it('returns null for very short UTF-8 that is also valid MS932 (ambiguous: MS932 wins)', () => {
    // E3 81 82 E3 81 82 ("ああ" in UTF-8) reads as valid MS932: E381, 82E3, 8182
    const bytes = utf8.encode('ああ');
    expect(decodeMs932(bytes).problems).toEqual([]);
    expect(detectUtf8(bytes)).toBeNull();
  });

  it('needs two distinct characters: repetition is no evidence, one is not enough', () => {
    // genuine MS932 text built to be valid UTF-8 as well: 縲ァ reads as "〃@"
    const one = ms932('縲ァ');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(one)).toBe('〃@');
    expect(detectUtf8(one)).toBeNull();
    expect(detectUtf8(ms932('縲ァ'.repeat(100)))).toBeNull();
    // two such codes stay MS932 too: each character's UTF-8 reading is followed by `@` (40), an MS932 trail byte
    expect(detectUtf8(ms932('縲ァ縺ァ'))).toBeNull();
  });

  it('a UTF-8 file whose only Japanese is a short name (山田) is detected', () => {
    const bytes = new TextEncoder().encode('202407,131001,"山田"\r\n');
    expect(firstInvalidMs932(bytes, 0, bytes.length)).toBe(-1); // valid MS932 too: 螻ｱ逕ｰ
    expect(detectUtf8(bytes)).toBe('utf8');
  });

  it('does not accept two-byte UTF-8 sequences as evidence (they are what half-width katakana look like)', () => {
    // valid in both encodings, with Latin/Greek letters in the UTF-8 reading
    const bytes = ms932('ﾃｽﾄｱ ﾎｱﾐｱ'); // C3 BD C4 B1 20 CE B1 D0 B1
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toBe('ýı αб');
    expect(detectUtf8(bytes)).toBeNull();
  });
});
