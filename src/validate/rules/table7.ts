import type { FieldDef } from '../../schemas/field.js';
import type { Layout } from '../../schemas/layouts.js';
import { columnOf, type Column } from './column.js';
import type { FileFinding, FileRule, RecordRule, RuleFinding, RuleRow } from './types.js';
import { rentalItemCodeRule } from './rental.js';
import { columnScopeRule } from './scope.js';

/** 第7表 サービスコード of the grand-total row (全合計). */
export const TABLE7_GRAND_TOTAL_CODE = '999999';
/** 第7表 サービス事業所コード of the grand-total row (ALL9); a normal row must not use it. */
export const TABLE7_ALL_NINES_PROVIDER = '9999999999';
/**
 * Suffixes of the per-service-type subtotal codes `{種類}AAAA` (区分支給対象), `{種類}EEEE` (区分支給対象外)
 * and `{種類}ZZZZ` (30日超過分), after the 2-character サービス種類コード.
 */
export const TABLE7_SUBTOTAL_SUFFIXES = ['AAAA', 'EEEE', 'ZZZZ'] as const;

/** What a 第7表 row is, by its サービスコード. */
export type Table7RowKind = 'normal' | 'subtotal' | 'total';

/** Classifies a 第7表 row by its (valid, 6-character) サービスコード. */
export function table7RowKind(serviceCode: string): Table7RowKind {
  if (serviceCode === TABLE7_GRAND_TOTAL_CODE) return 'total';
  if (serviceCode.length === 6 && (TABLE7_SUBTOTAL_SUFFIXES as readonly string[]).includes(serviceCode.slice(2))) return 'subtotal';
  return 'normal';
}

/** What {@link rowKindAt} tells: a normal row, a subtotal row (`AAAA`/`EEEE`, or `ZZZZ`), the total row. */
const NORMAL = 0;
const SUBTOTAL = 1;
const SUBTOTAL_ZZZZ = 2;
const TOTAL = 3;
/** {@link rowKindAt}: the value is not 6 ASCII characters (read from its text). */
const BY_TEXT = -1;

/**
 * {@link table7RowKind} of column `code`, read from its bytes when they are 6 ASCII characters (then the
 * text is those bytes): no string is built for the rows of a file. Any other value answers {@link BY_TEXT}.
 */
function rowKindAt(row: RuleRow, code: Column): number {
  // The record rule and the file rule ask for the same row in turn: the answer is kept for the row.
  if (row === lastRow && row.record === lastRecord && code === lastCode) return lastKind;
  lastRow = row;
  lastRecord = row.record;
  lastCode = code;
  lastKind = readRowKind(row, code);
  return lastKind;
}

/** The last answer of {@link rowKindAt}: the row (one object per validator, read record by record) and column. */
let lastRow: RuleRow | null = null;
let lastRecord = -1;
let lastCode = -1;
let lastKind = BY_TEXT;

/** {@link rowKindAt}, read from the bytes. */
function readRowKind(row: RuleRow, code: Column): number {
  if (row.byteAt(code, 6) !== -1) return BY_TEXT;
  const b0 = row.byteAt(code, 0);
  const b1 = row.byteAt(code, 1);
  const b2 = row.byteAt(code, 2);
  const b3 = row.byteAt(code, 3);
  const b4 = row.byteAt(code, 4);
  const b5 = row.byteAt(code, 5);
  // byteAt is -1 past the end: a shorter value fails here too. A `"` may stand in a `""` pair: the text tells.
  const all = b0 | b1 | b2 | b3 | b4 | b5;
  if (all < 0 || (all & 0x80) !== 0) return BY_TEXT;
  if (b0 === 0x22 || b1 === 0x22 || b2 === 0x22 || b3 === 0x22 || b4 === 0x22 || b5 === 0x22) return BY_TEXT;
  if (b2 === b3 && b3 === b4 && b4 === b5) {
    if (b2 === 0x39 && b0 === 0x39 && b1 === 0x39) return TOTAL; // 999999
    if (b2 === 0x41 || b2 === 0x45) return SUBTOTAL; // AAAA, EEEE
    if (b2 === 0x5a) return SUBTOTAL_ZZZZ; // ZZZZ
  }
  return NORMAL;
}

/** {@link rowKindAt} from the text (any value that is not 6 ASCII characters). */
function rowKindOfText(text: string): number {
  const kind = table7RowKind(text);
  if (kind === 'total') return TOTAL;
  if (kind === 'normal') return NORMAL;
  return text.slice(2) === 'ZZZZ' ? SUBTOTAL_ZZZZ : SUBTOTAL;
}

/** The row kind of column `code` ({@link rowKindAt}, with the text when the bytes do not tell). */
function rowKindOf(row: RuleRow, code: Column): number {
  const kind = rowKindAt(row, code);
  return kind === BY_TEXT ? rowKindOfText(row.text(code)) : kind;
}

/** 9999999999 as bytes (compared with the 事業所コード bytes: no string per row). */
const ALL_NINES_PROVIDER_BYTES = Uint8Array.from(TABLE7_ALL_NINES_PROVIDER, (ch) => ch.charCodeAt(0));

/**
 * Columns that are empty (Null) on subtotal and total rows. The notes "Null on subtotal rows" of the
 * recovered layout sit on rows 14–18, which are jumbled (spec SOURCES.md §3.2): we take the least
 * rejecting reading, only No.14 割引後率 and No.15 割引後単位数.
 */
const EMPTY_ON_SUBTOTAL_ROWS = ['discountRate', 'discountedUnits'] as const;

const RESERVED_PROVIDER: readonly RuleFinding[] = [{ code: 'record.reservedProviderCode', field: 'providerCode' }];

/** Whether the (non-empty) column is `0` digits only, read from its bytes (the text is then the same). */
function isZero(row: RuleRow, i: Column): boolean {
  for (let k = 0, b = row.byteAt(i, 0); b !== -1; b = row.byteAt(i, ++k)) if (b !== 0x30) return false;
  return true;
}

/** 第7表 record rules: the subtotal/total rows (spec README §8, §9, §11). */
export const TABLE7_RULES: readonly RecordRule[] = [
  {
    id: 'table7SpecialRows',
    bind(layout) {
      const code = columnOf(layout, 'serviceCode');
      const provider = columnOf(layout, 'providerCode');
      const units = columnOf(layout, 'units');
      const emptyOnSubtotal = EMPTY_ON_SUBTOTAL_ROWS.map((key) => ({ key, i: columnOf(layout, key) }));
      return (row) => {
        if (!row.ok(code)) return null;
        const kind = rowKindOf(row, code);
        const providerOk = row.ok(provider) && !row.isEmpty(provider);
        // The text equals the ASCII digits exactly when the bytes do (MS932 writes them only so).
        if (kind === NORMAL) {
          return providerOk && row.sameBytes(provider, ALL_NINES_PROVIDER_BYTES) ? RESERVED_PROVIDER : null;
        }
        const found: RuleFinding[] = [];
        if (row.ok(units) && !row.isEmpty(units) && !isZero(row, units)) {
          found.push({ code: 'record.subtotalUnits', field: 'units' });
        }
        for (const { key, i } of emptyOnSubtotal) {
          if (row.ok(i) && !row.isEmpty(i)) found.push({ code: 'record.subtotalNotEmpty', field: key });
        }
        if (kind === TOTAL && providerOk && !row.sameBytes(provider, ALL_NINES_PROVIDER_BYTES)) {
          found.push({ code: 'record.grandTotalProvider', field: 'providerCode', params: { expected: TABLE7_ALL_NINES_PROVIDER } });
        }
        return found.length === 0 ? null : found;
      };
    },
  },
  // 17 / 67 (福祉用具貸与) service lines need a TAISコード or a 福祉用具届出コード (No.10/11 notes).
  rentalItemCodeRule('table7RentalItemCode', (code) => table7RowKind(code) === 'normal'),
  // Service types outside the exchange scope, on normal rows only (a subtotal row follows its lines).
  columnScopeRule('serviceCode', (code) => table7RowKind(code) === 'normal'),
];

/** Strings of two ASCII characters (サービス種類コード), made once each: no string per row. */
const PAIRS: (string | undefined)[] = new Array<string | undefined>(1 << 14).fill(undefined);

/** The string of the ASCII bytes `a` `b`. */
function asciiPair(a: number, b: number): string {
  const k = (a << 7) | b;
  let pair = PAIRS[k];
  if (pair === undefined) {
    pair = String.fromCharCode(a, b);
    PAIRS[k] = pair;
  }
  return pair;
}

interface Where {
  readonly line: number;
  readonly record: number;
}

/** What the file rule keeps per user-month (保険者番号 + 被保険者番号 + 対象年月). */
interface UserState {
  readonly first: Where;
  total: Where | null;
  /** A row of the user had an invalid サービスコード: nothing is concluded about missing rows. */
  unsure: boolean;
  /** Per service type: the normal rows (count and first) and whether a subtotal row exists. */
  readonly types: Map<string, { count: number; first: Where; subtotal: boolean }>;
}

/** User-months kept exactly before the filter takes over (a few hundred KiB at most). */
const EXACT_KEYS = 4096;

/**
 * The user-months finished so far: exactly, in a set, up to {@link EXACT_KEYS} of them (every small file,
 * with no allocation to speak of); past that, in a fixed-size Bloom filter (1 MiB whatever the file's
 * size), which can answer "seen before" wrongly (about 1% at 650,000 user-months): that only makes the
 * rule conclude less.
 */
class SeenKeys {
  private exact: Set<string> | null = new Set();
  private bits: Uint8Array | null = null;
  private static readonly MASK = (1 << 23) - 1;

  /** The two hashes of the last key passed to {@link hash} (kept in fields: no array per call). */
  private h1 = 0;
  private h2 = 0;

  private hash(key: string): void {
    let h1 = 0x811c9dc5;
    let h2 = 0x01000193;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
      h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
    }
    this.h1 = h1;
    this.h2 = h2 | 1;
  }

  private set(bits: Uint8Array, key: string): void {
    this.hash(key);
    const h1 = this.h1;
    const h2 = this.h2;
    for (let i = 0; i < 3; i++) {
      const bit = (h1 + i * h2) & SeenKeys.MASK;
      bits[bit >>> 3] = (bits[bit >>> 3] as number) | (1 << (bit & 7));
    }
  }

  add(key: string): void {
    const exact = this.exact;
    if (exact === null) {
      this.set(this.bits as Uint8Array, key);
      return;
    }
    exact.add(key);
    if (exact.size <= EXACT_KEYS) return;
    const bits = new Uint8Array(1 << 20);
    for (const k of exact) this.set(bits, k);
    this.bits = bits;
    this.exact = null;
  }

  has(key: string): boolean {
    if (this.exact !== null) return this.exact.has(key);
    const bits = this.bits as Uint8Array;
    this.hash(key);
    const h1 = this.h1;
    const h2 = this.h2;
    for (let i = 0; i < 3; i++) {
      const bit = (h1 + i * h2) & SeenKeys.MASK;
      if (((bits[bit >>> 3] as number) & (1 << (bit & 7))) === 0) return false;
    }
    return true;
  }
}

/**
 * 第7表 file rule, per user-month (a file has one 対象年月; another one is file.mixedMonth): exactly one
 * grand-total row 999999 (missing: `file.grandTotalMissing` at the user's first row; a second one:
 * `file.grandTotalDuplicate` there, with the first as `otherLine`), and a subtotal row for each service type
 * with several normal rows (`file.subtotalMissing`, a warning).
 *
 * The subtotal check is a warning because the spec requires `{種類}AAAA` only for types under the
 * 区分支給限度, and whether a type's lines are 区分支給対象 cannot be told from the data (the service-code
 * master is not part of the file). For the same reason either a `{種類}AAAA` or a `{種類}EEEE` row counts
 * as the type's subtotal, and the check is per user and type (not per provider).
 *
 * Memory stays bounded for streams: the rows of a user-month come together in a 第7表 file, so the rule
 * keeps the state of the current user-month only, a fixed-size filter of the finished ones, and the
 * findings. A user-month whose rows come in separate blocks is checked block by block: none of its blocks
 * is judged for a missing total or subtotal, and a total in each block is not reported as a duplicate.
 */
export function table7FileRule(): FileRule {
  let currentKey: string | null = null;
  /** The raw bytes of the current key's columns (保険者番号, 被保険者番号, 対象年月). */
  let keyBytes: [Uint8Array, Uint8Array, Uint8Array] | null = null;
  let current: UserState | null = null;
  /** Whether the current block continues a user-month seen before (nothing missing is concluded then). */
  let continued = false;
  /** A row whose user cannot be told came since the current user's last row (it may belong to the next user). */
  let unknownRow = false;
  /** Whether the current user-month's key has a valid 対象年月 (else it takes the first valid one of its rows). */
  let monthKnown = false;
  const seen = new SeenKeys();
  /** Findings of finished user-months ("missing" ones), by user-month: dropped if it comes back later. */
  const pending = new Map<string, { month: string; found: FileFinding[] }>();
  let unreadable = false;
  let column: { column: number | null; fieldJa: string | null } | null = null;
  /** The layout of the previous row, and the key columns resolved for it. */
  let layout: Layout | null = null;
  let insurer: Column = -1;
  let insured: Column = -1;
  let month: Column = -1;
  let code: Column = -1;

  const close = (): void => {
    const u = current;
    const key = currentKey;
    if (u === null || key === null) return;
    seen.add(key);
    if (!u.unsure && !continued) {
      const found: FileFinding[] = [];
      if (u.total === null) {
        found.push({ code: 'file.grandTotalMissing', line: u.first.line, record: u.first.record, params: { expected: TABLE7_GRAND_TOTAL_CODE } });
      }
      for (const [type, t] of u.types) {
        if (t.count < 2 || t.subtotal) continue;
        found.push({
          code: 'file.subtotalMissing',
          line: t.first.line,
          record: t.first.record,
          column: column?.column ?? null,
          field: 'serviceCode',
          fieldJa: column?.fieldJa ?? null,
          params: { expected: `${type}AAAA`, actual: t.count },
        });
      }
      if (found.length > 0) pending.set(key, { month: key.slice(key.lastIndexOf('\u0000') + 1), found });
    }
    current = null;
    currentKey = null;
  };

  return {
    id: 'table7Totals',
    row(row: RuleRow) {
      if (row.layout !== layout) {
        const l = row.layout;
        layout = l;
        insurer = columnOf(l, 'insurerNumber');
        insured = columnOf(l, 'insuredNumber');
        month = columnOf(l, 'targetMonth');
        code = columnOf(l, 'serviceCode');
      }
      // 第7表 is keyed by 保険者番号 + 被保険者番号 + 対象年月 (spec README §11). The key is built only when its
      // bytes change from the previous row (rows of a user-month come together).
      if (!row.ok(insurer) || !row.ok(insured) || row.isEmpty(insurer) || row.isEmpty(insured)) {
        // Whose row this is cannot be told (its key has its own error): it may be the total or a subtotal
        // of the current user or of the next one, so neither is judged for missing rows.
        if (current !== null) current.unsure = true;
        unknownRow = true;
        return null;
      }
      // A row whose 対象年月 has its own error belongs with the rows of its user around it, not to a user-month
      // of its own; a user-month whose first rows had no valid month takes the first valid one.
      const monthOk = row.ok(month) && !row.isEmpty(month);
      const sameUser = keyBytes !== null && row.sameBytes(insured, keyBytes[1]) && row.sameBytes(insurer, keyBytes[0]);
      let key: string;
      if (sameUser && (!monthOk || row.sameBytes(month, (keyBytes as [Uint8Array, Uint8Array, Uint8Array])[2]))) {
        key = currentKey as string;
      } else {
        key = `${row.text(insurer)}\u0000${row.text(insured)}\u0000${monthOk ? row.text(month) : ''}`;
        const adopt = sameUser && monthOk && !monthKnown;
        keyBytes = [row.copyBytes(insurer), row.copyBytes(insured), monthOk ? row.copyBytes(month) : new Uint8Array(0)];
        monthKnown = monthOk;
        if (adopt) {
          // The same user-month, now with its month: it takes its real key.
          currentKey = key;
          continued = seen.has(key);
          if (continued) pending.delete(key);
        }
      }
      if (key !== currentKey) {
        close();
        currentKey = key;
        current = { first: { line: row.line, record: row.record }, total: null, unsure: unknownRow, types: new Map() };
        // A user-month seen before: its rows come in blocks; judge none of them for missing rows.
        continued = seen.has(key);
        if (continued) pending.delete(key);
      }
      unknownRow = false;
      const u = current as UserState;
      if (!row.ok(code) || row.isEmpty(code)) {
        u.unsure = true;
        return null;
      }
      column ??= { column: code + 1, fieldJa: (row.layout.fields[code] as FieldDef).nameJa };
      let kind = rowKindAt(row, code);
      let type: string;
      if (kind === BY_TEXT) {
        const text = row.text(code);
        kind = rowKindOfText(text);
        type = text.slice(0, 2);
      } else {
        type = asciiPair(row.byteAt(code, 0), row.byteAt(code, 1));
      }
      if (kind === TOTAL) {
        if (u.total === null) {
          u.total = { line: row.line, record: row.record };
          return null;
        }
        return [{ code: 'file.grandTotalDuplicate', field: null, params: { otherLine: u.total.line } }];
      }
      let t = u.types.get(type);
      if (t === undefined) {
        t = { count: 0, first: { line: row.line, record: row.record }, subtotal: false };
        u.types.set(type, t);
      } else if (kind === NORMAL && t.count === 0) {
        t.first = { line: row.line, record: row.record };
      }
      if (kind === SUBTOTAL) t.subtotal = true;
      else if (kind === NORMAL) t.count++;
      return null;
    },
    skipped() {
      // A row that could not be read might be the missing total or subtotal: conclude nothing is missing.
      unreadable = true;
    },
    finish(file) {
      close();
      if (unreadable) return [];
      // A user-month of another month than the file's is file.mixedMonth already (a stray row, or a block
      // of another month): nothing missing is concluded from its rows.
      const kept = [...pending.values()].filter((p) => file.month === null || p.month === file.month);
      // Users are in order of their first row; the findings read best in line order.
      return kept.flatMap((p) => p.found).sort((x, y) => (x.line ?? 0) - (y.line ?? 0));
    },
  };
}
