// Overlay for 第6表 実績情報削除 (DLTJSK): record keys and field types. Consumed by scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'TABLE6_ACTUAL_DELETE_FIELDS',
  typeName: 'Table6ActualDeleteRecord',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'deleteMonth', // 4 削除対象年月
    'providerCode', // 5 サービス事業者コード
    'serviceTypeCode', // 6 サービス種類コード
  ],
  types: {
    2: 'insurerNumber',
    3: 'insuredNumber',
    5: 'officeNumber',
    // The reference types サービス種類コード 'code' without a code list (values of the 介護給付費
    // service-code tables, alphanumeric such as 2A): read as up to 2 characters.
    6: 'string',
  },
};
