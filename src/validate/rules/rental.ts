import { columnOf } from './column.js';
import type { RecordRule, RuleFinding } from './types.js';

const RENTAL_ITEM_CODE: readonly RuleFinding[] = [{ code: 'record.rentalItemCode', field: null }];

/**
 * 17 福祉用具貸与 / 67 介護予防福祉用具貸与 lines need a TAISコード or a 福祉用具届出コード (第6表 and 第7表; the
 * columns exist from 202407). `applies` may restrict the rule to some rows, given the row's サービスコード
 * (第7表: the service lines, not the subtotal rows).
 */
export function rentalItemCodeRule(id: string, applies?: (serviceCode: string) => boolean): RecordRule {
  return {
    id,
    bind(layout) {
      if (layout.version !== '202407') return null;
      const code = columnOf(layout, 'serviceCode');
      const tais = columnOf(layout, 'taisCode');
      const welfare = columnOf(layout, 'welfareEquipmentCode');
      return (row) => {
        if (!row.ok(code)) return null;
        if (!row.startsWith(code, '17') && !row.startsWith(code, '67')) return null;
        if (!row.isEmpty(tais) || !row.isEmpty(welfare)) return null;
        return applies === undefined || applies(row.text(code)) ? RENTAL_ITEM_CODE : null;
      };
    },
  };
}
