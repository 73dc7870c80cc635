#!/usr/bin/env python3
"""Prints (JSON) the character tables of JIS X 0213 readiness, from Python's own codecs (no download):

- outside: every MS932 (cp932) double-byte code whose character JIS X 0213 (shift_jis_2004) cannot hold, with
  its usual substitute (a JIS X 0213 character) or 0;
- substitutes: JIS X 0213 characters MS932 lacks, with the usual MS932 substitute (the substitution policy of
  `serialize`: `substitute: 'jisx0213'`).

Substitutes come from two sources, both checked here against the codecs:
- 'nfc': the Unicode canonical equivalent (CJK compatibility ideographs such as U+FA12 → U+6674): the same
  character by definition;
- 'curated': the usual everyday form of a kanji variant (髙 → 高, 𠮟 → 叱, …: the JIS X 0208 forms that the 2010
  常用漢字 revision and the IBM extensions have variants of), and the symbol JIS X 0213 has at the same code
  (～ 0x8160 → 〜). The lists below are the whole curated data.

Usage: python3 scripts/jisx0213.py   (run by scripts/gen-jisx0213.mjs)
"""
import json
import sys
import unicodedata

# MS932 characters outside JIS X 0213 → their usual JIS X 0213 form (IBM-extension kanji variants).
CURATED_OUTSIDE = {
    '髙': '高', '淸': '清', '靑': '青', '敎': '教', '悅': '悦', '羡': '羨', '昻': '昂', '愠': '慍', '鈆': '鉛',
    '￤': '¦',
}
# JIS X 0213 characters MS932 lacks → their usual MS932 form (the 2010 常用漢字 additions and their kin).
CURATED_SUBSTITUTES = {
    '𠮟': '叱', '剝': '剥', '頰': '頬', '塡': '填', '摑': '掴', '蔣': '蒋', '禱': '祷', '瀆': '涜', '鷗': '鴎',
    '屛': '屏', '繫': '繋', '醬': '醤', '噓': '嘘', '蠟': '蝋', '搔': '掻', '俱': '倶', '吞': '呑', '姸': '妍',
    '幷': '并', '萊': '莱', '顚': '顛', '潑': '溌',
}

LEADS = list(range(0x81, 0xA0)) + list(range(0xE0, 0xFD))
TRAILS = list(range(0x40, 0x7F)) + list(range(0x80, 0xFD))


def encodable(ch, codec):
    try:
        ch.encode(codec)
        return True
    except UnicodeEncodeError:
        return False


def fail(message):
    sys.stderr.write(f'jisx0213.py: {message}\n')
    sys.exit(1)


def main():
    # Every code of a character gets the character's substitute: first find, per character, the codes it has.
    codes = {}
    for lead in LEADS:
        for trail in TRAILS:
            try:
                ch = bytes([lead, trail]).decode('cp932')
            except UnicodeDecodeError:
                continue
            codes.setdefault(ch, []).append(bytes([lead, trail]))
    outside = []
    for lead in LEADS:
        for trail in TRAILS:
            code = bytes([lead, trail])
            try:
                ch = code.decode('cp932')
            except UnicodeDecodeError:
                continue
            if 0xE000 <= ord(ch) <= 0xF8FF or encodable(ch, 'shift_jis_2004'):
                continue
            sub = CURATED_OUTSIDE.get(ch)
            if sub is None:
                nfc = unicodedata.normalize('NFC', ch)
                if nfc != ch:
                    sub = nfc
            if sub is None:
                # The symbol JIS X 0213 has at the same code (～ → 〜, ￠ → ¢, ＼ → \): what a Shift_JIS-2004 reader
                # shows for these bytes. Kanji codes are not used so: 髙's bytes read as 騠, another character.
                for other in codes[ch]:
                    if other[0] == 0x81:
                        sub = other.decode('shift_jis_2004')
            if sub is not None and not encodable(sub, 'shift_jis_2004'):
                fail(f'substitute {sub!r} of {ch!r} is not in JIS X 0213')
            outside.append([int.from_bytes(code, 'big'), ord(ch), ord(sub) if sub else 0])
    chars = {c for _, c, _ in outside}
    for ch in CURATED_OUTSIDE:
        if ord(ch) not in chars:
            fail(f'{ch!r} is listed as outside JIS X 0213 but is not')

    substitutes = {}
    for lead in LEADS:
        for trail in TRAILS:
            try:
                s = bytes([lead, trail]).decode('shift_jis_2004')
            except UnicodeDecodeError:
                continue
            for ch in [s] if len(s) == 1 else []:
                if encodable(ch, 'cp932') or ord(ch) in substitutes:
                    continue
                nfc = unicodedata.normalize('NFC', ch)
                if nfc != ch and len(nfc) == 1 and encodable(nfc, 'cp932'):
                    substitutes[ord(ch)] = [ord(ch), ord(nfc), 'nfc']
    # Plane 2 and the four-byte codes hold characters beyond the BMP: the curated ones are checked directly.
    for ch, to in CURATED_SUBSTITUTES.items():
        if not encodable(ch, 'shift_jis_2004') or encodable(ch, 'cp932'):
            fail(f'{ch!r} is not a JIS X 0213 character outside MS932')
        if not encodable(to, 'cp932'):
            fail(f'substitute {to!r} of {ch!r} is not in MS932')
        substitutes[ord(ch)] = [ord(ch), ord(to), 'curated']
    json.dump(
        {
            'python': '.'.join(map(str, sys.version_info[:2])),
            'outside': outside,
            'substitutes': sorted(substitutes.values()),
        },
        sys.stdout,
    )


main()
