import type { RecordRule } from './index.js';

/** Service types of 福祉用具貸与 (17) and 介護予防福祉用具貸与 (67). */
const RENTAL_TYPES = new Set(['17', '67']);

/** 第6表 record rules (spec README §8, §11). */
export const TABLE6_RULES: readonly RecordRule[] = [
  {
    // 17/67 rental lines need a TAISコード or a 福祉用具届出コード (columns added in 202407).
    id: 'rentalItemCode',
    check(get, layout, ok) {
      if (layout.version !== '202407' || !ok('serviceCode')) return null;
      if (!RENTAL_TYPES.has(get('serviceCode').slice(0, 2))) return null;
      if (get('taisCode') !== '' || get('welfareEquipmentCode') !== '') return null;
      return [{ code: 'record.rentalItemCode', field: null }];
    },
  },
  {
    // サービス利用日 lies inside 対象年月.
    id: 'serviceDateInMonth',
    check(get, _layout, ok) {
      if (!ok('serviceDate') || !ok('targetMonth')) return null;
      const date = get('serviceDate');
      if (date === '' || date.startsWith(get('targetMonth'))) return null;
      return [{ code: 'record.serviceDateOutsideMonth', field: 'serviceDate' }];
    },
  },
];
