import type { FileRule, RecordRule, RuleFinding, RuleRow } from './index.js';

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
    check(row) {
      let found: RuleFinding[] | null = null;
      for (const key of PLAN2_ITEM_NO_KEYS) {
        if (row.ok(key) && !row.isEmpty(key) && /^0+$/.test(row.text(key))) {
          (found ??= []).push({ code: 'record.itemNoRange', field: key, params: { expected: '1-99' } });
        }
      }
      return found;
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
 * With `requireAll` false (2表) the combination is compared as written, an empty NO counting as a value
 * of its own: two rows of one 課題 without 援助目標ＮＯ/援助内容ＮＯ are a repeat. With `requireAll` true
 * (UPYOBO_SUB, whose NO columns are of uncertain format) a row takes part only when every NO is present.
 * Rows with a NO that failed its own column check are left out.
 */
export function itemNoUniqueRule(id: string, noKeys: readonly string[], requireAll: boolean): FileRule {
  const seen = new Map<string, number>();
  return {
    id,
    row(row: RuleRow) {
      let key = '';
      for (const k of PLAN_KEY) key += `${row.text(k)}\u0000`;
      for (const k of noKeys) {
        if (!row.ok(k)) return null;
        const empty = row.isEmpty(k);
        if (empty && requireAll) return null;
        key += `${empty ? '' : normalise(row.text(k))}\u0000`;
      }
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, row.line);
        return null;
      }
      return [{ code: 'file.duplicateItemNo', field: null, params: { otherLine: first } }];
    },
    finish: () => [],
  };
}
