import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { CODE_CANONICAL, CODE_DUPLICATE, CODE_INVALID, getCodeClasses } from '../../src/encoding/canonical.js';
import { encodeMs932 } from '../../src/encoding/encode.js';
import { getDecodeTable } from '../../src/encoding/table.js';

// The duplicate MS932 codes are derived from the generated table: a valid code is a duplicate when the
// encoder writes its character with another code. There are 398 (7,724 codes for 7,326 characters), and
// the groups of codes that share a character are exactly those of Python's cp932 codec, an implementation
// independent of TextDecoder and of this library. (Python's encoder picks ED/EE for the NEC-selected IBM
// kanji where Windows and WHATWG pick FA–FC, so only the groups are compared, not the choice within one.)
const classes = getCodeClasses();
const decode = getDecodeTable();

function groupsOf(entries: Iterable<[number, number]>): string[] {
  const byChar = new Map<number, number[]>();
  for (const [code, ch] of entries) {
    const g = byChar.get(ch);
    if (g === undefined) byChar.set(ch, [code]);
    else g.push(code);
  }
  return [...byChar.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort((a, b) => a - b).join(' '))
    .sort();
}

function* ourEntries(): Generator<[number, number]> {
  for (let code = 0x8140; code <= 0xfcfc; code++) if (decode[code] !== 0) yield [code, decode[code] as number];
}

const python = spawnSync('python3', ['--version']).status === 0;

describe('duplicate MS932 codes (derived from the generated table)', () => {
  it('398 of the 7,724 codes are duplicates; every group of codes for one character has one canonical code', () => {
    let valid = 0;
    let duplicates = 0;
    const wrong: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      const c = classes[code];
      if (c !== CODE_INVALID) valid++;
      if (c === CODE_DUPLICATE) duplicates++;
      if ((c === CODE_INVALID) !== (code < 0x8140 || decode[code] === 0)) wrong.push(code);
    }
    expect(wrong).toEqual([]);
    expect([valid, duplicates]).toEqual([7724, 398]);
    const groups = groupsOf(ourEntries());
    for (const g of groups) {
      expect(g.split(' ').filter((code) => classes[Number(code)] === CODE_CANONICAL)).toHaveLength(1);
    }
    expect(groups.reduce((n, g) => n + g.split(' ').length - 1, 0)).toBe(398);
  });

  it('the examples of the issue: 0x8790 → 0x81E0, 0xED40 → 0xFA5C, 0xFA4A → 0x8754', () => {
    for (const [dup, canonical] of [
      [0x8790, 0x81e0],
      [0xed40, 0xfa5c],
      [0xfa4a, 0x8754],
    ] as const) {
      expect(classes[dup]).toBe(CODE_DUPLICATE);
      expect(classes[canonical]).toBe(CODE_CANONICAL);
      expect(decode[dup]).toBe(decode[canonical]);
      expect(encodeMs932(String.fromCharCode(decode[dup] as number)).bytes).toEqual(new Uint8Array([canonical >> 8, canonical & 0xff]));
    }
  });

  it.skipIf(!python)('the groups of codes sharing a character are those of Python cp932', () => {
    const script = [
      'import json',
      'out = []',
      'for lead in list(range(0x81, 0xa0)) + list(range(0xe0, 0xfd)):',
      '    for trail in list(range(0x40, 0x7f)) + list(range(0x80, 0xfd)):',
      '        if 0xf0 <= lead <= 0xf9: continue',
      '        try: ch = bytes([lead, trail]).decode("cp932")',
      '        except UnicodeDecodeError: continue',
      '        out.append([(lead << 8) | trail, ord(ch)])',
      'print(json.dumps(out))',
    ].join('\n');
    const r = spawnSync('python3', ['-c', script], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(r.status).toBe(0);
    const entries = JSON.parse(r.stdout) as [number, number][];
    expect(entries).toHaveLength(7724);
    const theirs = groupsOf(entries);
    expect(theirs.reduce((n, g) => n + g.split(' ').length - 1, 0)).toBe(398);
    expect(groupsOf(ourEntries())).toEqual(theirs);
  });
});
