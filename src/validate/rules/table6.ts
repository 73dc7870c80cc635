import { columnOf } from './column.js';
import type { RecordRule, RuleFinding } from './types.js';
import { rentalItemCodeRule } from './rental.js';

const DATE_OUTSIDE_MONTH: readonly RuleFinding[] = [{ code: 'record.serviceDateOutsideMonth', field: 'serviceDate' }];

/** 第6表 record rules (spec README §8, §11). */
export const TABLE6_RULES: readonly RecordRule[] = [
  rentalItemCodeRule('rentalItemCode'),
  {
    // サービス利用日 lies inside 対象年月.
    id: 'serviceDateInMonth',
    bind(layout) {
      const date = columnOf(layout, 'serviceDate');
      const month = columnOf(layout, 'targetMonth');
      return (row) => {
        if (!row.ok(date) || !row.ok(month) || row.isEmpty(date)) return null;
        return row.samePrefix(date, month, 6) ? null : DATE_OUTSIDE_MONTH;
      };
    },
  },
];
