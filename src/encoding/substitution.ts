/**
 * The substitution policy for writing 4.1 MS932 files from JIS X 0213 / UTF-8 data (the 2027 Web service, 5.0
 * JSON): opt-in, table-driven, every substitution reported. `serialize` uses it (option `substitute:
 * 'jisx0213'`); the repair mode can call {@link applySubstitutions} on any text.
 *
 * The table (./jisx0213-table.ts, generated from Python's codecs by scripts/jisx0213.py) maps each JIS X 0213
 * character MS932 lacks that has a usual MS932 form: canonical equivalents of compatibility ideographs (the same
 * character by Unicode's definition) and curated everyday forms of kanji variants (𠮟 → 叱, 剝 → 剥, 頰 → 頬, …).
 * Anything else stays unmappable. The JIS-style symbol variants (〜 → ～ and six more) are the encoder's own
 * `variants` conversion, not part of this table. The default policy is `none`: refuse.
 * @module
 */
import { JISX0213_SUBSTITUTES } from './jisx0213-table.js';

/** `none` (the default): a character MS932 lacks is an error; `jisx0213`: the table's substitutes are written. */
export type SubstitutionPolicy = 'none' | 'jisx0213';
export const SUBSTITUTION_POLICIES: readonly SubstitutionPolicy[] = ['none', 'jisx0213'];

export function isSubstitutionPolicy(v: unknown): v is SubstitutionPolicy {
  return v === 'none' || v === 'jisx0213';
}

/** One substitution made: where (UTF-16 index in the input), the character, and what was written instead. */
export interface Substitution {
  readonly index: number;
  readonly codePoint: number;
  readonly to: number;
}

let table: ReadonlyMap<number, number> | null = null;

/** The substitutions of a policy: code point → MS932 substitute (null for `none`). */
export function substitutionTable(policy: SubstitutionPolicy): ReadonlyMap<number, number> | null {
  if (policy === 'none') return null;
  if (table === null) {
    const m = new Map<number, number>();
    for (let i = 0; i < JISX0213_SUBSTITUTES.length; i += 2) m.set(JISX0213_SUBSTITUTES[i] as number, JISX0213_SUBSTITUTES[i + 1] as number);
    table = m;
  }
  return table;
}

/** The substitute of `codePoint` under `policy`, or 0 when there is none. */
export function substituteFor(policy: SubstitutionPolicy, codePoint: number): number {
  return substitutionTable(policy)?.get(codePoint) ?? 0;
}

/**
 * Applies a policy to a text: every character with a substitute is replaced, and each replacement is listed
 * (indexes are those of the input). Characters without one are left as they are (the encoder reports them).
 */
export function applySubstitutions(
  text: string,
  policy: SubstitutionPolicy,
): { readonly text: string; readonly substitutions: readonly Substitution[] } {
  const t = substitutionTable(policy);
  if (t === null) return { text, substitutions: [] };
  const substitutions: Substitution[] = [];
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const to = cp < 0x80 ? undefined : t.get(cp);
    if (to !== undefined) {
      out += text.slice(from, i) + String.fromCodePoint(to);
      substitutions.push({ index: i, codePoint: cp, to });
      from = i + width;
    }
    i += width - 1;
  }
  return substitutions.length === 0 ? { text, substitutions } : { text: out + text.slice(from), substitutions };
}
