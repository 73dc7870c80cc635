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
          if (row.ok(i) && !row.isEmpty(i) && /^0+$/.test(row.text(i))) {
            (found ??= []).push({ code: 'record.itemNoRange', field: key, params: { expected: '1-99' } });
          }
        }
        return found;
      };
    },
  },
];

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
  let seen = new Map<string, number>();
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
      const p = planKey(row, planColumns);
      if (p !== plan) {
        plan = p;
        seen = new Map();
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
function itemNoKey(row: Pick<RuleRow, 'ok' | 'isEmpty' | 'text'>, columns: readonly Column[]): string | null {
  let key = '';
  for (const i of columns) {
    if (!row.ok(i) || row.isEmpty(i)) return null;
    key += `${normalise(row.text(i))}\u0000`;
  }
  return key;
}
