import type { RecordRule, RuleFinding, RuleRow } from './index.js';

const RENTAL_ITEM_CODE: readonly RuleFinding[] = [{ code: 'record.rentalItemCode', field: null }];

/**
 * 17 福祉用具貸与 / 67 介護予防福祉用具貸与 lines need a TAISコード or a 福祉用具届出コード (第6表 and 第7表; the
 * columns exist from 202407). `applies` may restrict the rule to some rows (第7表: the service lines, not
 * the subtotal rows).
 */
export function rentalItemCodeRule(id: string, applies?: (row: RuleRow) => boolean): RecordRule {
  return {
    id,
    check(row) {
      if (row.layout.version !== '202407' || !row.ok('serviceCode')) return null;
      if (!row.startsWith('serviceCode', '17') && !row.startsWith('serviceCode', '67')) return null;
      if (!row.isEmpty('taisCode') || !row.isEmpty('welfareEquipmentCode')) return null;
      return applies === undefined || applies(row) ? RENTAL_ITEM_CODE : null;
    },
  };
}
