import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { decodeMs932, encodeMs932 } from '../../src/encoding/index.js';
import { JISX0213_SUBSTITUTES, OUTSIDE_JISX0213 } from '../../src/encoding/jisx0213-table.js';

const python = spawnSync('python3', ['--version']).status === 0;

const triples = (): [number, number, number][] => {
  const out: [number, number, number][] = [];
  for (let i = 0; i < OUTSIDE_JISX0213.length; i += 3)
    out.push([OUTSIDE_JISX0213[i], OUTSIDE_JISX0213[i + 1], OUTSIDE_JISX0213[i + 2]] as [number, number, number]);
  return out;
};
const pairs = (): [number, number][] => {
  const out: [number, number][] = [];
  for (let i = 0; i < JISX0213_SUBSTITUTES.length; i += 2) out.push([JISX0213_SUBSTITUTES[i], JISX0213_SUBSTITUTES[i + 1]] as [number, number]);
  return out;
};

describe('the JIS X 0213 tables (generated from Python’s codecs)', () => {
  it('hold the 91 MS932 characters outside JIS X 0213 the issue names, with the usual substitutes', () => {
    const chars = new Map(triples().map(([, cp, sub]) => [String.fromCodePoint(cp), sub === 0 ? '' : String.fromCodePoint(sub)]));
    expect(chars.size).toBe(91);
    expect(Object.fromEntries(['髙', '淸', '靑', '～', '∑', '￠', '￡', '￢', '＼', '￤'].map((c) => [c, chars.get(c)]))).toEqual({
      髙: '高',
      淸: '清',
      靑: '青',
      '～': '〜',
      '∑': '',
      '￠': '¢',
      '￡': '£',
      '￢': '¬',
      '＼': '\\',
      '￤': '¦',
    });
    // 﨑 (U+FA11) is in JIS X 0213 (at another code than MS932's): not listed.
    expect(chars.has('﨑')).toBe(false);
  });

  it('every listed code decodes (our MS932 decoder) to its character, and every substitute encodes back to MS932', () => {
    for (const [code, cp] of triples()) {
      expect(decodeMs932(new Uint8Array([code >> 8, code & 0xff])).text).toBe(String.fromCodePoint(cp));
    }
    for (const [from, to] of pairs()) {
      expect(encodeMs932(String.fromCodePoint(from)).bytes, `U+${from.toString(16)}`).toBeNull();
      expect(encodeMs932(String.fromCodePoint(to)).bytes).not.toBeNull();
    }
  });

  it.skipIf(!python)('agree with Python’s cp932 and shift_jis_2004 codecs (an oracle independent of the generator)', () => {
    const script = [
      'import json, sys',
      'd = json.load(sys.stdin)',
      'bad = []',
      'def enc(ch, codec):',
      '    try: ch.encode(codec); return True',
      '    except UnicodeEncodeError: return False',
      'for code, cp, sub in d["outside"]:',
      '    ch = bytes([code >> 8, code & 255]).decode("cp932")',
      '    if ord(ch) != cp or enc(ch, "shift_jis_2004"): bad.append(["outside", code])',
      '    if sub and not enc(chr(sub), "shift_jis_2004"): bad.append(["outsideSub", code])',
      'n = 0',
      'for lead in list(range(0x81, 0xa0)) + list(range(0xe0, 0xfd)):',
      '    for trail in list(range(0x40, 0x7f)) + list(range(0x80, 0xfd)):',
      '        try: ch = bytes([lead, trail]).decode("cp932")',
      '        except UnicodeDecodeError: continue',
      '        if not 0xe000 <= ord(ch) <= 0xf8ff and not enc(ch, "shift_jis_2004"): n += 1',
      'if n != len(d["outside"]): bad.append(["count", n])',
      'for a, b in d["substitutes"]:',
      '    if not enc(chr(a), "shift_jis_2004") or enc(chr(a), "cp932") or not enc(chr(b), "cp932"): bad.append(["sub", a])',
      'print(json.dumps(bad))',
    ].join('\n');
    const input = JSON.stringify({ outside: triples(), substitutes: pairs() });
    const r = spawnSync('python3', ['-c', script], { input, encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });
});
