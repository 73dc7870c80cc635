import type { Layout } from '../../schemas/layouts.js';
import { columnOf, type Column } from './column.js';
import type { FileRule, RecordRule, RuleFinding, RuleRow } from './types.js';

/** The columns of the plan key shared by 2表 and 介護予防 別表: 保険者番号, 被保険者番号, 計画作成（変更）日. */
const PLAN_KEY = ['insurerNumber', 'insuredNumber', 'planDate'] as const;

/** 2表 numbering columns: 課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ. */
export const PLAN2_ITEM_NO_KEYS = ['issueNo', 'goalNo', 'supportNo'] as const;
/** 介護予防 別表 (UPYOBO_SUB) numbering columns: 課題ＮＯ, 支援計画ＮＯ, 利用サービスＮＯ. */
export const PREVENTION_PLAN_SUB_ITEM_NO_KEYS = ['issueNo', 'supportPlanNo', 'serviceNo'] as const;

/**
 * 2表 numbers are 1–99 (spec README §8). The column check allows up to two digits, so what is left is a
 * zero (`0`, `00`). An empty NO is not judged here.
 */
export const PLAN2_ITEM_NO_RULES: readonly RecordRule[] = [
  {
    id: 'plan2ItemNoRange',
    bind(layout) {
      const columns = PLAN2_ITEM_NO_KEYS.map((key) => ({ key, i: columnOf(layout, key) }));
      return (row) => {
        let found: RuleFinding[] | null = null;
        for (const { key, i } of columns) {
          if (row.ok(i) && !row.isEmpty(i) && allZeros(row, i)) {
            (found ??= []).push({ code: 'record.itemNoRange', field: key, params: { expected: '1-99' } });
          }
        }
        return found;
      };
    },
  },
];

/** Whether the (non-empty) column is `0` digits only, read from its bytes (the text is then the same). */
function allZeros(row: RuleRow, i: Column): boolean {
  for (let k = 0, b = row.byteAt(i, 0); b !== -1; b = row.byteAt(i, ++k)) if (b !== 0x30) return false;
  return true;
}

/** Most significant digits of a NO read as a number by {@link smallNumber} (keys of three fit a double exactly). */
const SMALL_DIGITS = 4;

/**
 * The value of a column of ASCII digits whose value has at most {@link SMALL_DIGITS} digits (leading
 * zeros aside), read from its bytes; -1 for any other value (compared as text then).
 */
function smallNumber(row: RuleRow, i: Column): number {
  let n = 0;
  let digits = 0;
  let k = 0;
  for (let b = row.byteAt(i, 0); b !== -1; b = row.byteAt(i, ++k)) {
    if (b < 0x30 || b > 0x39) return -1;
    if (n !== 0 || b !== 0x30) digits++;
    n = n * 10 + (b - 0x30);
  }
  return k === 0 || digits > SMALL_DIGITS ? -1 : n;
}

/** A NO as compared: digits without leading zeros (`01` is `1`), anything else as written. */
const normalise = (text: string): string => (/^\d+$/.test(text) ? text.replace(/^0+(?=\d)/, '') : text);

/**
 * A file rule (one per file): the numbers in `noKeys` are unique per plan (保険者番号, 被保険者番号, 計画作成（変更）日).
 * A repeat is `file.duplicateItemNo` at the repeated row, with the first row as `otherLine`: receivers
 * that key rows by these numbers cannot take both. Numbers compare by value (`01` = `1`).
 *
 * The spec defines no uniqueness (its README §11 only suggests these natural keys) and every NO column is
 * 任意, so only rows with every NO present take part: rows without numbers are never reported (the reading
 * that rejects the least valid data, see docs/uncertain.md). Rows with a NO or a plan-key column that
 * failed its own column check are left out too.
 *
 * Memory stays bounded for streams: the rows of one plan come together (one printed plan after another), so
 * the numbers are kept for the current plan only. A plan whose rows come in separate blocks is checked
 * within each block.
 */
export function itemNoUniqueRule(id: string, noKeys: readonly string[]): FileRule {
  let plan: string | null = null;
  /** The bytes of the current plan's key columns (a row with the same bytes has the same key). */
  let planBytes: Uint8Array[] = [];
  let seen = new Map<string | number, number>();
  let layout: Layout | null = null;
  let noColumns: Column[] = [];
  let planColumns: Column[] = [];
  return {
    id,
    row(row: RuleRow) {
      if (row.layout !== layout) {
        const l = row.layout;
        layout = l;
        noColumns = noKeys.map((k) => columnOf(l, k));
        planColumns = PLAN_KEY.map((k) => columnOf(l, k));
      }
      const nos = itemNoKey(row, noColumns);
      if (nos === null) return null;
      // A row whose plan key has its own error belongs to no plan that can be told: it takes no part (and
      // does not end the current plan, whose rows may go on after it).
      if (!planColumns.every((i) => row.ok(i) && !row.isEmpty(i))) return null;
      // Rows of a plan come together: its key is built only when the key bytes change.
      if (plan === null || !planColumns.every((i, k) => row.sameBytes(i, planBytes[k] as Uint8Array))) {
        const p = planKey(row, planColumns);
        planBytes = planColumns.map((i) => row.copyBytes(i));
        if (p !== plan) {
          plan = p;
          seen = new Map();
        }
      }
      const first = seen.get(nos);
      if (first === undefined) {
        seen.set(nos, row.line);
        return null;
      }
      return [{ code: 'file.duplicateItemNo', field: null, params: { otherLine: first } }];
    },
    finish: () => [],
  };
}

function planKey(row: Pick<RuleRow, 'text'>, columns: readonly Column[]): string {
  let key = '';
  for (const i of columns) key += `${row.text(i)}\u0000`;
  return key;
}

/** The numbers of a row as compared (by value), or null when the row does not take part (a NO empty or invalid). */
function itemNoKey(row: RuleRow, columns: readonly Column[]): string | number | null {
  // Small numbers (the usual 1–99) make one number, no string: three of at most 4 digits each.
  let n = 0;
  for (const i of columns) {
    if (!row.ok(i) || row.isEmpty(i)) return null;
    const v = smallNumber(row, i);
    if (v < 0) return itemNoText(row, columns);
    n = n * 10 ** SMALL_DIGITS + v;
  }
  return columns.length <= 3 ? n : itemNoText(row, columns);
}

/** {@link itemNoKey} as text: the NOs normalised, each followed by U+0000. */
function itemNoText(row: Pick<RuleRow, 'ok' | 'isEmpty' | 'text'>, columns: readonly Column[]): string | null {
  let key = '';
  for (const i of columns) {
    if (!row.ok(i) || row.isEmpty(i)) return null;
    key += `${normalise(row.text(i))}\u0000`;
  }
  return key;
}
