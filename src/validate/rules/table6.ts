import type { RecordRule, RuleFinding } from './index.js';
import { rentalItemCodeRule } from './rental.js';

const DATE_OUTSIDE_MONTH: readonly RuleFinding[] = [{ code: 'record.serviceDateOutsideMonth', field: 'serviceDate' }];

/** 第6表 record rules (spec README §8, §11). */
export const TABLE6_RULES: readonly RecordRule[] = [
  rentalItemCodeRule('rentalItemCode'),
  {
    // サービス利用日 lies inside 対象年月.
    id: 'serviceDateInMonth',
    check(row) {
      if (!row.ok('serviceDate') || !row.ok('targetMonth') || row.isEmpty('serviceDate')) return null;
      return row.samePrefix('serviceDate', 'targetMonth', 6) ? null : DATE_OUTSIDE_MONTH;
    },
  },
];
