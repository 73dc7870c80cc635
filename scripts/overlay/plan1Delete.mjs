// Overlay for 居宅サービス計画1表_削除 (DLT1KYO): record keys and field types. Consumed by scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'PLAN1_DELETE_FIELDS',
  typeName: 'Plan1DeleteRecord',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'planDate', // 4 居宅サービス計画作成（変更）日 (of the 1表 to delete)
  ],
  types: { 2: 'insurerNumber', 3: 'insuredNumber' },
};
