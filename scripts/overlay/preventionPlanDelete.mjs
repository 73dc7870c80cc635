// Overlay for 介護予防サービス・支援計画書_削除 (DLTYOBO): record keys and field types. Consumed by
// scripts/gen-layouts.mjs. All columns are required (the layout says so for delete files; spec/layouts
// `allColumnsRequired`).
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'PREVENTION_PLAN_DELETE_FIELDS',
  typeName: 'PreventionPlanDeleteRecord',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'planDate', // 4 計画作成(変更)日 (of the plan to delete)
  ],
  types: { 2: 'insurerNumber', 3: 'insuredNumber' },
};
