import type { RecordRule, RuleFinding } from './index.js';

const RENTAL_ITEM_CODE: readonly RuleFinding[] = [{ code: 'record.rentalItemCode', field: null }];
const DATE_OUTSIDE_MONTH: readonly RuleFinding[] = [{ code: 'record.serviceDateOutsideMonth', field: 'serviceDate' }];

/** 第6表 record rules (spec README §8, §11). */
export const TABLE6_RULES: readonly RecordRule[] = [
  {
    // 17 福祉用具貸与 / 67 介護予防福祉用具貸与 lines need a TAISコード or a 福祉用具届出コード (columns added in 202407).
    id: 'rentalItemCode',
    check(row) {
      if (row.layout.version !== '202407' || !row.ok('serviceCode')) return null;
      if (!row.startsWith('serviceCode', '17') && !row.startsWith('serviceCode', '67')) return null;
      if (!row.isEmpty('taisCode') || !row.isEmpty('welfareEquipmentCode')) return null;
      return RENTAL_ITEM_CODE;
    },
  },
  {
    // サービス利用日 lies inside 対象年月.
    id: 'serviceDateInMonth',
    check(row) {
      if (!row.ok('serviceDate') || !row.ok('targetMonth') || row.isEmpty('serviceDate')) return null;
      return row.samePrefix('serviceDate', 'targetMonth', 6) ? null : DATE_OUTSIDE_MONTH;
    },
  },
];
