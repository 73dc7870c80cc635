/**
 * Strict MS932 (Windows-31J) encoding: nothing is ever changed silently.
 * @module
 */

import { misuse, typeName } from '../errors.js';
import { ByteSink } from './byte-sink.js';
import { getEncodeTable } from './table.js';
import type { CharacterClass } from '../issues/params.js';
import { isSubstitutionPolicy, substitutionTable, type SubstitutionPolicy } from './substitution.js';

/**
 * How {@link encodeMs932} and {@link encodeInto} treat characters that MS932 cannot represent.
 */
export interface EncodeOptions {
  /**
   * The seven JIS-style variants that have an MS932 counterpart (U+301C 〜, U+2016 ‖, U+2212 −,
   * U+00A2 ¢, U+00A3 £, U+00AC ¬, U+2014 —):
   * - `'convert'` (default): write the MS932 form (U+FF5E ～, U+2225 ∥, U+FF0D －, U+FFE0 ￠,
   *   U+FFE1 ￡, U+FFE2 ￢, U+2015 ―) and report a `converted` problem for each occurrence; the
   *   caller decides its severity (normally a warning);
   * - `'error'`: treat them like any other unmappable character (see `unmappable`).
   */
  variants?: 'convert' | 'error';
  /**
   * Any other character outside MS932 (e.g. 𠮷 U+20BB7, emoji, U+00A0, U+00A5 ¥, U+203E ‾, lone
   * surrogates, private-use U+E000–U+F8FF):
   * - `'error'` (default): report an `unmappable` problem; the output is unusable;
   * - `{ replacement }`: write `replacement` (which must itself be MS932-encodable, e.g. `'〓'` or
   *   `'?'`) instead and report a `replaced` problem for each occurrence.
   */
  unmappable?: 'error' | { replacement: string };
  /**
   * The substitution policy for characters outside MS932 (docs/jisx0213.md), applied before `unmappable`:
   * - `'none'` (default): no substitution;
   * - `'jisx0213'`: a JIS X 0213 character with a usual MS932 form (𠮟 → 叱, 剝 → 剥, compatibility ideographs →
   *   their canonical form) is written in that form, and a `substituted` problem is reported for each.
   */
  substitute?: SubstitutionPolicy;
}

/**
 * Validated encode options, as returned by {@link normalizeEncodeOptions}. Normalise once and reuse
 * the object for every field.
 */
export interface NormalizedEncodeOptions {
  /** See {@link EncodeOptions.variants}. */
  readonly variants: 'convert' | 'error';
  /** The replacement for unmappable characters, or `null` when they are errors. */
  readonly replacement: string | null;
  /** The MS932 bytes of {@link NormalizedEncodeOptions.replacement}. @internal */
  readonly replacementBytes: Uint8Array | null;
  /** The substitution table of {@link EncodeOptions.substitute}, or null. @internal */
  readonly substitutes: ReadonlyMap<number, number> | null;
}

/**
 * A character that was not written as-is.
 *
 * - `converted`: a JIS-style variant was written as its MS932 form `to` (only with
 *   `variants: 'convert'`);
 * - `unmappable`: the character has no MS932 encoding and no replacement was requested;
 * - `replaced`: the character had no MS932 encoding and the caller's replacement was written.
 */
export interface EncodeProblem {
  /** What happened to the character. */
  readonly code: 'converted' | 'unmappable' | 'replaced' | 'substituted';
  /** UTF-16 index of the character in the input string (of the high surrogate for a pair). */
  readonly index: number;
  /** The character's code point (a lone surrogate reports its own value). */
  readonly codePoint: number;
  /** The code point written instead (for `converted` and `substituted`). */
  readonly to?: number;
}

/** Result of {@link encodeMs932}. */
export interface EncodeResult {
  /** The MS932 bytes, or `null` when some character was unmappable and had no replacement. */
  readonly bytes: Uint8Array | null;
  /** Every character that was not written as-is, in input order. */
  readonly problems: EncodeProblem[];
}

const DEFAULT_OPTIONS: NormalizedEncodeOptions = Object.freeze({
  variants: 'convert',
  replacement: null,
  replacementBytes: null,
  substitutes: null,
});

/**
 * The MS932 form of a JIS-style variant (U+301C → U+FF5E, …), or 0 when `c` is not one of the seven.
 * @internal
 */
export function variantTarget(c: number): number {
  switch (c) {
    case 0x301c:
      return 0xff5e; // 〜 → ～
    case 0x2016:
      return 0x2225; // ‖ → ∥
    case 0x2212:
      return 0xff0d; // − → －
    case 0x00a2:
      return 0xffe0; // ¢ → ￠
    case 0x00a3:
      return 0xffe1; // £ → ￡
    case 0x00ac:
      return 0xffe2; // ¬ → ￢
    case 0x2014:
      return 0x2015; // — → ―
    default:
      return 0;
  }
}

/** A code point as `U+XXXX` (at least four hex digits), as issues show it. */
export function formatCodePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * The class of a character outside MS932, as issues give it without `includeValues` (a code point would
 * reveal the value): `variant` (one of the seven JIS-style variants), `control` (U+0080–U+009F), `latin`
 * (U+00A0–U+02FF), `kanji` (CJK ideographs), `privateUse` (U+E000–U+F8FF), `surrogate` (a lone one),
 * `supplementary` (beyond U+FFFF: emoji, rare kanji) or `other`.
 * @internal
 */
export function characterClass(cp: number): CharacterClass {
  if (variantTarget(cp) !== 0) return 'variant';
  if (cp >= 0x10000) return 'supplementary';
  if (cp < 0xa0) return 'control';
  if (cp < 0x300) return 'latin';
  if ((cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xf900 && cp <= 0xfaff)) return 'kanji';
  if (cp >= 0xd800 && cp <= 0xdfff) return 'surrogate';
  if (cp >= 0xe000 && cp <= 0xf8ff) return 'privateUse';
  return 'other';
}

/**
 * Validates encode options once, so the per-field {@link encodeInto} need not.
 *
 * @param options - the caller's options (defaults: `variants: 'convert'`, `unmappable: 'error'`)
 * @returns a frozen, validated options object
 * @throws TypeError on malformed options, or when the replacement is not itself MS932-encodable
 */
export function normalizeEncodeOptions(options?: EncodeOptions, fn = 'normalizeEncodeOptions'): NormalizedEncodeOptions {
  if (options === undefined) return DEFAULT_OPTIONS;
  if (options === null || typeof options !== 'object') misuse('ERR_CAREPLAN_OPTIONS', fn, `options must be an object, got ${typeName(options)}`);
  const variants = options.variants === undefined ? 'convert' : options.variants;
  if (variants !== 'convert' && variants !== 'error') {
    misuse('ERR_CAREPLAN_OPTION_VALUE', fn, `option "variants" must be 'convert' or 'error', got ${String(variants)}`);
  }
  const policy = options.substitute === undefined ? 'none' : options.substitute;
  if (!isSubstitutionPolicy(policy)) {
    misuse('ERR_CAREPLAN_OPTION_VALUE', fn, `option "substitute" must be 'none' or 'jisx0213', got ${String(policy)}`);
  }
  const substitutes = substitutionTable(policy);
  const unmappable = options.unmappable === undefined ? 'error' : options.unmappable;
  if (unmappable === 'error') {
    return variants === 'convert' && substitutes === null
      ? DEFAULT_OPTIONS
      : Object.freeze({ variants, replacement: null, replacementBytes: null, substitutes });
  }
  if (unmappable === null || typeof unmappable !== 'object' || typeof unmappable.replacement !== 'string') {
    misuse('ERR_CAREPLAN_OPTION_VALUE', fn, `option "unmappable" must be 'error' or { replacement: string }`);
  }
  const replacement = unmappable.replacement;
  if (replacement === '') {
    // An empty replacement would delete characters: a change the reader of the file could not see.
    misuse('ERR_CAREPLAN_OPTION_VALUE', fn, 'option "unmappable": the replacement must not be empty');
  }
  const sink = new ByteSink(replacement.length * 2 + 16);
  const problems: EncodeProblem[] = [];
  encodeInto(replacement, sink, { variants: 'error', replacement: null, replacementBytes: null, substitutes: null }, problems);
  const bad = problems[0];
  if (bad !== undefined) {
    misuse(
      'ERR_CAREPLAN_OPTION_VALUE',
      fn,
      `option "unmappable": the replacement must be MS932-encodable; ${formatCodePoint(bad.codePoint)} at ${bad.index} is not`,
    );
  }
  return Object.freeze({ variants, replacement, replacementBytes: sink.toBytes(), substitutes });
}

/**
 * Encodes `text` as MS932, appending the bytes to `sink`. This is the serializer's per-field path.
 *
 * Each character gets the bytes Windows and the WHATWG encoder give it; for characters with
 * several codes that is the JIS X 0208 code, else the NEC row-13 code (0x87xx), else the IBM
 * extension (FA–FC), never the NEC-selected IBM extension (ED/EE). Unlike the WHATWG encoder, ¥
 * (U+00A5) and ‾ (U+203E) are not written as 0x5C / 0x7E: they are unmappable. Every character that
 * is not written as-is is reported in `problems` (see {@link EncodeOptions}).
 *
 * @param text - the text to encode
 * @param sink - where the bytes are appended
 * @param options - validated options from {@link normalizeEncodeOptions} (a plain
 *   {@link EncodeOptions} object is API misuse and throws a TypeError)
 * @param problems - array to push problems onto
 * @returns `false` when some character was unmappable and had no replacement; the bytes appended
 *   to `sink` for this text are then meaningless and should be discarded (see
 *   {@link ByteSink.truncate})
 */
export function encodeInto(text: string, sink: ByteSink, options: NormalizedEncodeOptions, problems: EncodeProblem[]): boolean {
  if (typeof text !== 'string') misuse('ERR_CAREPLAN_ARGUMENT', 'encodeInto', `text must be a string, got ${typeName(text)}`);
  if (options.replacementBytes === undefined) {
    misuse('ERR_CAREPLAN_ARGUMENT', 'encodeInto', 'options must come from normalizeEncodeOptions()');
  }
  const n = text.length;
  sink.reserve(n * 2);
  let buf = sink.buf;
  let p = sink.pos;
  let i = 0;
  // ASCII fast path
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) break;
    buf[p++] = c;
    i++;
  }
  if (i === n) {
    sink.pos = p;
    return true;
  }
  const table = getEncodeTable();
  let ok = true;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      buf[p++] = c;
      continue;
    }
    let code = table[c]!;
    if (code === 0) {
      const to = variantTarget(c);
      if (to !== 0 && options.variants === 'convert') {
        problems.push({ code: 'converted', index: i, codePoint: c, to });
        code = table[to]!;
      } else {
        const index = i;
        let cp = c;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
          const d = text.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
            i++;
          }
        }
        const sub = options.substitutes === null ? undefined : options.substitutes.get(cp);
        if (sub !== undefined) {
          // Substitutes are MS932 characters of the BMP (checked when the table is generated).
          problems.push({ code: 'substituted', index, codePoint: cp, to: sub });
          const sc = table[sub]!;
          sink.pos = p;
          sink.reserve(2 + (n - i - 1) * 2);
          buf = sink.buf;
          if (sc < 0x100) buf[p++] = sc;
          else {
            buf[p++] = sc >> 8;
            buf[p++] = sc & 0xff;
          }
          continue;
        }
        const rb = options.replacementBytes;
        if (rb === null) {
          problems.push({ code: 'unmappable', index, codePoint: cp });
          ok = false;
        } else {
          problems.push({ code: 'replaced', index, codePoint: cp });
          sink.pos = p;
          sink.reserve(rb.length + (n - i - 1) * 2);
          buf = sink.buf;
          for (let k = 0; k < rb.length; k++) buf[p++] = rb[k]!;
        }
        continue;
      }
    }
    if (code < 0x100) {
      buf[p++] = code;
    } else {
      buf[p++] = code >> 8;
      buf[p++] = code & 0xff;
    }
  }
  sink.pos = p;
  return ok;
}

/**
 * Encodes a whole string as MS932.
 *
 * @example
 * ```ts
 * const { bytes, problems } = encodeMs932('山田〜太郎');
 * // bytes: 8E 52 93 63 81 60 91 BE 98 59; problems: [{ code: 'converted', index: 2, codePoint: 0x301c, to: 0xff5e }]
 * ```
 * @param text - the text to encode
 * @param options - see {@link EncodeOptions}
 * @returns the bytes (`null` when something was unmappable without a replacement — never a silent
 *   `?`) and the problems
 * @throws TypeError when `text` is not a string or the options are malformed
 */
export function encodeMs932(text: string, options?: EncodeOptions): EncodeResult {
  const normalized = normalizeEncodeOptions(options, 'encodeMs932');
  if (typeof text !== 'string') misuse('ERR_CAREPLAN_ARGUMENT', 'encodeMs932', `text must be a string, got ${typeName(text)}`);
  const sink = new ByteSink(text.length * 2);
  const problems: EncodeProblem[] = [];
  const ok = encodeInto(text, sink, normalized, problems);
  return { bytes: ok ? sink.toBytes() : null, problems };
}
