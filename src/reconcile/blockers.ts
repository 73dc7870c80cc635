import { misuse } from '../errors.js';
import type { Issue } from '../issues/types.js';
import { MATCH_FIELDS, USER_MONTH_FIELDS } from './reconcile.js';

const KEY_FIELDS = new Set<string>([...USER_MONTH_FIELDS, ...MATCH_FIELDS]);

/**
 * The errors of a parsed 第6表 file that make a reconciliation unreliable, so that {@link reconcile}
 * should not be trusted with its records: file-level errors (an unknown kind or version, a UTF-8 file, an
 * empty file, a record dropped by an unterminated quote …, but not file-name mismatches or mixed months),
 * a wrong column count (the values are in the wrong columns), and any error in a column used for matching
 * (保険者番号, 被保険者番号, 対象年月, サービス事業者コード, サテライト枝番, サービスコード, サービス利用日,
 * times, 明細判別コード). Errors elsewhere (a too-long name, a bad ３０日超区分) leave matching intact.
 * Warnings never block, except `limit.issues`: once issues stop being listed, an unlisted error may sit in a
 * matching column (parse with `maxIssues: Infinity` to reconcile files with many issues).
 */
export function matchingBlockers(result: { readonly issues: readonly Issue[] }): Issue[] {
  if (result === null || typeof result !== 'object' || !Array.isArray(result.issues)) {
    misuse('ERR_CAREPLAN_ARGUMENT', 'matchingBlockers', 'expects a parse or validate result');
  }
  return result.issues.filter((i) => {
    if (i.code === 'limit.issues') return true;
    if (i.severity !== 'error') return false;
    if (i.code === 'csv.columnCount') return true;
    // Records of another month are matched in their own user-month: reconciling stays right.
    if (i.code === 'file.mixedMonth') return false;
    if (i.field !== null && KEY_FIELDS.has(i.field)) return true;
    if (i.record === null && i.field === null) return !i.code.startsWith('file.name');
    // A fault inside a dropped record (no record number) loses the record.
    return i.record === null;
  });
}
