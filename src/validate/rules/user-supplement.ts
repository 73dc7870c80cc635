import { columnOf } from './column.js';
import type { RecordRule, RuleFinding } from './types.js';
import { serviceTypeScopeRule } from './scope.js';

/** No.63 対象年月 of a 利用者補足情報 sent with the plan tables 1–3 (no month). */
export const SUPPLEMENT_NO_MONTH = '000000';
/** No.4 居宅サービス計画作成（変更）日 of a 利用者補足情報 sent with 第6表/第7表 (no plan date). */
export const SUPPLEMENT_NO_PLAN_DATE = '00000000';

/** The placeholders as bytes: a column's text equals one exactly when its bytes do (ASCII digits). */
const NO_MONTH_BYTES = Uint8Array.from(SUPPLEMENT_NO_MONTH, (ch) => ch.charCodeAt(0));
const NO_PLAN_DATE_BYTES = Uint8Array.from(SUPPLEMENT_NO_PLAN_DATE, (ch) => ch.charCodeAt(0));

const PLAN_DATE_PLACEHOLDER: readonly RuleFinding[] = [{ code: 'record.planDatePlaceholder', field: 'planDate' }];
const PLAN_DATE_NOT_PLACEHOLDER: readonly RuleFinding[] = [{ code: 'record.planDateNotPlaceholder', field: 'planDate' }];

/**
 * 利用者補足情報 record rules (spec README §8, §11). No.4 and No.63 say which set the record belongs to,
 * and exactly one of them is the placeholder: No.63 `000000` (plan tables 1–3) needs a real No.4 date;
 * No.63 a month (第6表/第7表) needs No.4 `00000000`. The service types of the サービス種類別限度額管理 slots
 * (No.20, 24, … 52) are checked against the exchange scope.
 */
export const USER_SUPPLEMENT_RULES: readonly RecordRule[] = [
  {
    id: 'supplementSet',
    bind(layout) {
      const planDate = columnOf(layout, 'planDate');
      const month = columnOf(layout, 'targetMonth');
      return (row) => {
        if (!row.ok(planDate) || !row.ok(month)) return null;
        const noMonth = row.sameBytes(month, NO_MONTH_BYTES);
        const noPlanDate = row.sameBytes(planDate, NO_PLAN_DATE_BYTES);
        if (noMonth && noPlanDate) return PLAN_DATE_PLACEHOLDER;
        if (!noMonth && !noPlanDate) return PLAN_DATE_NOT_PLACEHOLDER;
        return null;
      };
    },
  },
  serviceTypeScopeRule('serviceTypeScope:serviceTypeLimits', (layout) =>
    layout.fields.filter((f) => f.group?.member === 'serviceTypeCode').map((f) => f.key),
  ),
];
