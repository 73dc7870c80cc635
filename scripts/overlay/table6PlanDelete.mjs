// Overlay for 第6表（サービス利用票）予定削除 (DLTPLAN): record keys and field types. Consumed by
// scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'TABLE6_PLAN_DELETE_FIELDS',
  typeName: 'Table6PlanDeleteRecord',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'deleteMonth', // 4 削除対象年月
  ],
  types: { 2: 'insurerNumber', 3: 'insuredNumber' },
};
