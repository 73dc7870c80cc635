/**
 * Near-miss files: a valid file damaged the way spreadsheets, editors and export settings damage files,
 * in one or more ways that each have exactly one reading (so that `repair` must give the original bytes
 * back). For vendors to test that their importers accept or refuse such files deliberately.
 *
 * The damaged file is written here from the records (the canonical serializer writes only canonical bytes):
 * values damaged, then joined with the damaged quoting and line ends, then encoded.
 * @module
 */
import fc from 'fast-check';
import { CODE_DUPLICATE, getCodeClasses } from '../encoding/canonical.js';
import { detectUtf8 } from '../encoding/detect.js';
import { encodeMs932 } from '../encoding/encode.js';
import { getDecodeTable, getEncodeTable } from '../encoding/table.js';
import type { FieldDef } from '../schemas/field.js';
import { normalizeArbitraryOptions } from '../options.js';
import { type CsvVersion, getLayout, kindVersions, type Layout, type SupportedKind } from '../schemas/layouts.js';
import { validFile, type ValidFile, type ValidFileOptions } from './files.js';

/**
 * The ways a file is damaged:
 * - encoding: `utf8` (saved as UTF-8 without BOM), `utf8Bom` (UTF-8 with BOM), `bomOnMs932` (a BOM put in
 *   front of the MS932 bytes), `jisVariant` (in UTF-8 files: ～ ∥ － ￠ ￡ ￢ ― of the text written as the JIS
 *   forms 〜 ‖ − ¢ £ ¬ —), `duplicateCodes` (in MS932 files: characters that have a second MS932 code, such as
 *   ∵ or the IBM extension kanji, written with that code);
 * - shape: `lf` / `cr` (line ends), `noFinalLineBreak`, `trailingBlankLines`, `headerRow` (a first line of the
 *   Japanese column names), `quoteAll` (every column quoted), `unquoteFreeText` (free text without `"` `,`
 *   CR LF written unquoted);
 * - values: `versionAlias` (CSVバージョン 202407 written 202410), `leadingZeros` (保険者番号, 被保険者番号,
 *   事業所番号 without their leading zeros), `dateFormat` (dates `2025/5/1`, year-months `2025/05`),
 *   `timeFormat` (`6:00`), `fullWidth` (digits and letters of code and number columns in full width).
 */
export type DamageKind =
  | 'utf8'
  | 'utf8Bom'
  | 'bomOnMs932'
  | 'jisVariant'
  | 'duplicateCodes'
  | 'lf'
  | 'cr'
  | 'noFinalLineBreak'
  | 'trailingBlankLines'
  | 'headerRow'
  | 'quoteAll'
  | 'unquoteFreeText'
  | 'versionAlias'
  | 'leadingZeros'
  | 'dateFormat'
  | 'timeFormat'
  | 'fullWidth';

/** Every {@link DamageKind}. */
export const DAMAGE_KINDS: readonly DamageKind[] = [
  'utf8',
  'utf8Bom',
  'bomOnMs932',
  'jisVariant',
  'duplicateCodes',
  'lf',
  'cr',
  'noFinalLineBreak',
  'trailingBlankLines',
  'headerRow',
  'quoteAll',
  'unquoteFreeText',
  'versionAlias',
  'leadingZeros',
  'dateFormat',
  'timeFormat',
  'fullWidth',
];

/** One damage done: its kind and how many values or lines it touched. */
export interface Damage {
  readonly kind: DamageKind;
  readonly count: number;
}

/** A damaged file, as {@link damagedFile} generates it. */
export interface DamagedFile<K extends SupportedKind = SupportedKind> {
  /** The valid file before the damage (its `fileName` is right for the damaged bytes). */
  readonly file: ValidFile<K>;
  /** The original, canonical bytes (`file.bytes`). */
  readonly original: Uint8Array;
  /** The damaged bytes. */
  readonly bytes: Uint8Array;
  /** The damages done (at least one), in the order of {@link DAMAGE_KINDS}. */
  readonly damages: readonly Damage[];
}

/** Options of {@link damagedFile}. */
export interface DamagedFileOptions extends ValidFileOptions {
  /** Only these damages (default: any of {@link DAMAGE_KINDS}). */
  readonly kinds?: readonly DamageKind[];
}

const ENCODINGS = ['utf8', 'utf8Bom', 'bomOnMs932'] as const;
const LINE_ENDS = ['lf', 'cr'] as const;

/** The MS932 forms of the seven characters whose JIS X 0208 forms Unicode maps elsewhere, and those forms. */
const JIS_FORMS: ReadonlyMap<string, string> = new Map([
  ['～', '〜'],
  ['∥', '‖'],
  ['－', '−'],
  ['￠', '¢'],
  ['￡', '£'],
  ['￢', '¬'],
  ['―', '—'],
]);

let duplicates: Map<number, number> | null = null;

/** Canonical double-byte code → another code of the same character (derived from the generated tables). */
function duplicateOf(): Map<number, number> {
  if (duplicates !== null) return duplicates;
  const classes = getCodeClasses();
  const dec = getDecodeTable();
  const enc = getEncodeTable();
  const map = new Map<number, number>();
  for (let code = 0x8140; code <= 0xfcfc; code++) {
    if (classes[code] !== CODE_DUPLICATE) continue;
    const canonical = enc[dec[code] as number] as number;
    if (!map.has(canonical)) map.set(canonical, code);
  }
  duplicates = map;
  return map;
}

/** MS932 bytes with every double-byte character that has a duplicate code written with it; the count. */
function withDuplicateCodes(bytes: Uint8Array): { readonly bytes: Uint8Array; readonly count: number } {
  const map = duplicateOf();
  const out = bytes.slice();
  let count = 0;
  for (let i = 0; i < out.length; i++) {
    const b = out[i] as number;
    if (!((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) || i + 1 >= out.length) continue;
    const dup = map.get((b << 8) | (out[i + 1] as number));
    if (dup !== undefined) {
      out[i] = dup >> 8;
      out[i + 1] = dup & 0xff;
      count++;
    }
    i++;
  }
  return { bytes: out, count };
}

const toFullWidth = (s: string): string => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The value of a column in a record (a group member inside its array item). */
function columnValue(record: Record<string, unknown>, f: FieldDef): string {
  if (f.group === undefined) return String(record[f.key] ?? '');
  const items = record[f.group.key];
  const item = Array.isArray(items) ? (items[f.group.index] as Record<string, unknown> | undefined) : undefined;
  return String(item?.[f.group.member] ?? '');
}

/** The damaged form of one value for one value damage, or null when the damage does not apply to it. */
function damageValue(kind: DamageKind, f: FieldDef, v: string): string | null {
  if (v === '') return null;
  switch (kind) {
    case 'versionAlias':
      return f.type === 'csvVersion' && v === '202407' ? '202410' : null;
    case 'leadingZeros':
      if ((f.type === 'insurerNumber' || f.type === 'officeNumber' || f.type === 'insuredNumber') && /^0\d*$/.test(v) && /[1-9]/.test(v)) {
        return v.replace(/^0+/, '');
      }
      return null;
    case 'dateFormat': {
      const d = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
      if (f.type === 'date' && d !== null && v !== f.placeholder) return `${d[1]}/${Number(d[2])}/${Number(d[3])}`;
      const m = /^(\d{4})(\d{2})$/.exec(v);
      if (f.type === 'yearMonth' && m !== null && v !== f.placeholder) return `${m[1]}/${m[2]}`;
      return null;
    }
    case 'timeFormat': {
      const t = /^(\d{2})(\d{2})$/.exec(v);
      return f.type === 'time' && t !== null && v !== '9999' ? `${Number(t[1])}:${t[2]}` : null;
    }
    case 'fullWidth':
      return (f.type === 'integer' || f.type === 'code' || f.type === 'serviceCode' || f.type === 'insurerNumber' || f.type === 'officeNumber') &&
        /^[0-9A-Z]+$/.test(v)
        ? toFullWidth(v)
        : null;
    default:
      return null;
  }
}

const VALUE_DAMAGES: readonly DamageKind[] = ['versionAlias', 'leadingZeros', 'dateFormat', 'timeFormat', 'fullWidth'];

/**
 * Whether a damage can happen at all to a file of the layout, whatever its records (see {@link damageValue}
 * and {@link damage}); one that cannot would leave {@link damagedFile} drawing files for ever when it is the
 * only one asked for. Those that need particular characters in the text (`duplicateCodes`, `jisVariant`)
 * need a column the generator fills with Japanese text (free text, or a `string` column such as
 * 削除対象サービス種類).
 */
function canHappen(k: DamageKind, layout: Layout, version: CsvVersion): boolean {
  const has = (...types: FieldDef['type'][]) => layout.fields.some((f) => types.includes(f.type));
  switch (k) {
    case 'versionAlias':
      return version === '202407';
    case 'leadingZeros':
      return has('insurerNumber', 'officeNumber', 'insuredNumber');
    case 'dateFormat':
      return has('date', 'yearMonth');
    case 'timeFormat':
      return has('time');
    case 'fullWidth':
      return has('integer', 'code', 'serviceCode', 'insurerNumber', 'officeNumber');
    case 'headerRow':
      return !layout.fields.some((f) => /[",\r\n]/.test(f.nameJa));
    case 'unquoteFreeText':
      return has('freeText');
    case 'duplicateCodes':
    case 'jisVariant':
      return has('freeText', 'string');
    default:
      return true;
  }
}

/** Writes the damaged file; null when the chosen damages cannot all be done with one reading left. */
function damage<K extends SupportedKind>(file: ValidFile<K>, chosen: ReadonlySet<DamageKind>): DamagedFile<K> | null {
  const counts = new Map<DamageKind, number>();
  const bump = (k: DamageKind, n = 1): void => {
    counts.set(k, (counts.get(k) ?? 0) + n);
  };
  const layout = getLayout(file.kind, file.version);
  const eol = chosen.has('lf') ? '\n' : chosen.has('cr') ? '\r' : '\r\n';
  const lines: string[] = [];
  if (chosen.has('headerRow')) {
    const names = layout.fields.map((f) => f.nameJa);
    if (names.some((n) => /[",\r\n]/.test(n))) return null;
    lines.push(names.join(','));
    bump('headerRow');
  }
  for (const record of file.records as unknown as Record<string, unknown>[]) {
    const cells: string[] = [];
    for (const f of layout.fields) {
      let v = columnValue(record, f);
      for (const k of VALUE_DAMAGES) {
        if (!chosen.has(k)) continue;
        const d = damageValue(k, f, v);
        if (d === null) continue;
        v = d;
        bump(k);
      }
      if (f.type === 'freeText') {
        if (chosen.has('unquoteFreeText') && !/[",\r\n]/.test(v)) {
          cells.push(v);
          bump('unquoteFreeText');
        } else cells.push(`"${v.replaceAll('"', '""')}"`);
      } else if (chosen.has('quoteAll')) {
        cells.push(`"${v}"`);
        bump('quoteAll');
      } else cells.push(v);
    }
    lines.push(cells.join(','));
  }
  let text = lines.join(eol);
  if (!chosen.has('noFinalLineBreak')) text += eol;
  else bump('noFinalLineBreak');
  if (chosen.has('trailingBlankLines')) {
    text += chosen.has('noFinalLineBreak') ? `${eol}${eol}${eol}` : `${eol}${eol}`;
    bump('trailingBlankLines', 2);
  }
  if (chosen.has('lf')) bump('lf', lines.length);
  else if (chosen.has('cr')) bump('cr', lines.length);
  let bytes: Uint8Array;
  if (chosen.has('utf8') || chosen.has('utf8Bom')) {
    if (chosen.has('jisVariant')) {
      let n = 0;
      text = text.replace(/[～∥－￠￡￢―]/g, (c) => {
        n++;
        return JIS_FORMS.get(c) as string;
      });
      if (n > 0) bump('jisVariant', n);
    }
    const body = new TextEncoder().encode(text);
    if (chosen.has('utf8Bom')) {
      bytes = new Uint8Array(body.length + 3);
      bytes.set([0xef, 0xbb, 0xbf]);
      bytes.set(body, 3);
      bump('utf8Bom');
    } else {
      // Without a BOM, UTF-8 is told from MS932 only by its content (two distinct Japanese characters).
      if (detectUtf8(body) !== 'utf8' && body.some((b) => b >= 0x80)) return null;
      bytes = body;
      bump('utf8');
    }
  } else {
    let encoded = encodeMs932(text).bytes;
    if (encoded === null) return null;
    if (chosen.has('duplicateCodes')) {
      const d = withDuplicateCodes(encoded);
      if (d.count > 0) bump('duplicateCodes', d.count);
      encoded = d.bytes;
    }
    if (chosen.has('bomOnMs932')) {
      bytes = new Uint8Array(encoded.length + 3);
      bytes.set([0xef, 0xbb, 0xbf]);
      bytes.set(encoded, 3);
      // The first character after the BOM must not read as UTF-8 (else the file is UTF-8 with a BOM).
      if (detectUtf8(bytes) !== null && encoded.some((b) => b >= 0x80)) return null;
      bump('bomOnMs932');
    } else bytes = encoded;
  }
  const damages = DAMAGE_KINDS.filter((k) => (counts.get(k) ?? 0) > 0).map((k) => ({ kind: k, count: counts.get(k) as number }));
  if (damages.length === 0) return null;
  return { file, original: file.bytes, bytes, damages };
}

/**
 * A valid file of `kind` damaged in one or more of the ways of {@link DamageKind} (those that apply to its
 * content: a file without a time has no `timeFormat`), with the original bytes and the list of damages.
 * Every damage has one reading: `repair(bytes, { fileName: file.fileName })` gives `original` back.
 *
 * @throws CareplanUsageError when called (not when a value is drawn): an unknown kind, a version that is
 *   none or that the kind has no layout in, `maxRecords` below 1, an unknown option, or `kinds` empty or
 *   naming an unknown damage kind, jisVariant without utf8 or utf8Bom, or no damage that can happen to a
 *   file of the kind (and version): `timeFormat` for a layout without times, say.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { repair } from 'careplan-csv';
 * import { damagedFile } from 'careplan-csv/testing';
 *
 * fc.assert(fc.property(damagedFile('table6Plan'), (d) => {
 *   const r = repair(d.bytes, { fileName: d.file.fileName });
 *   return r.bytes !== null && r.bytes.every((b, i) => b === d.original[i]) && r.bytes.length === d.original.length;
 * }));
 * ```
 */
export function damagedFile<K extends SupportedKind>(kind: K, options: DamagedFileOptions = {}): fc.Arbitrary<DamagedFile<K>> {
  const o = normalizeArbitraryOptions('damagedFile', kind, options, ['version', 'maxRecords', 'kinds']);
  const kinds = o.values.strings('kinds', `an array of damage kinds (${DAMAGE_KINDS.join(', ')})`);
  if (kinds !== null && (kinds.length === 0 || kinds.some((k) => !(DAMAGE_KINDS as readonly string[]).includes(k)))) {
    o.values.fail('kinds', `must be a non-empty array of damage kinds (${DAMAGE_KINDS.join(', ')})`);
  }
  // JIS forms are written only in a UTF-8 file: asked for without one, jisVariant would never happen (and
  // asked for alone, no file would ever be drawn).
  if (kinds?.includes('jisVariant') && !kinds.includes('utf8') && !kinds.includes('utf8Bom')) {
    o.values.fail('kinds', 'with jisVariant must include utf8 or utf8Bom (JIS forms are written in UTF-8 files only)');
  }
  // Only the versions where one of the damages asked for can happen (a file of another would be drawn in vain).
  const versions = (o.version === null ? kindVersions(o.kind) : [o.version]).filter((v) =>
    (kinds ?? DAMAGE_KINDS).some((k) => canHappen(k as DamageKind, getLayout(o.kind, v), v)),
  );
  if (versions.length === 0)
    o.values.fail('kinds', `names no damage that can happen to a ${kind} file${o.version === null ? '' : ` of ${o.version}`}`);
  const allowed = new Set(kinds ?? DAMAGE_KINDS);
  const pick = <T extends DamageKind>(list: readonly T[]) => fc.constantFrom<T | null>(null, ...list.filter((k) => allowed.has(k)));
  const others = DAMAGE_KINDS.filter(
    (k) => allowed.has(k) && !(ENCODINGS as readonly string[]).includes(k) && !(LINE_ENDS as readonly string[]).includes(k),
  );
  const fileOptions: ValidFileOptions = {
    ...(versions.length === 1 ? { version: versions[0] as CsvVersion } : {}),
    ...(o.maxRecords === null ? {} : { maxRecords: o.maxRecords }),
  };
  return fc
    .tuple(validFile(kind, fileOptions), pick(ENCODINGS), pick(LINE_ENDS), fc.subarray([...others]))
    .map(([file, encoding, eol, rest]) => {
      const chosen = new Set<DamageKind>(rest);
      if (encoding !== null) chosen.add(encoding);
      if (eol !== null) chosen.add(eol);
      return damage(file, chosen);
    })
    .filter((d): d is DamagedFile<K> => d !== null);
}
