// Overlay for 利用者基本情報_削除 (DLTKIHON): record keys and field types. Consumed by scripts/gen-layouts.mjs.
// All columns are required (the layout says so for delete files; spec/layouts `allColumnsRequired`).
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'PREVENTION_BASIC_INFO_DELETE_FIELDS',
  typeName: 'PreventionBasicInfoDeleteRecord',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'consultationDate', // 4 相談日 (of the 利用者基本情報 to delete)
  ],
  types: { 2: 'insurerNumber', 3: 'insuredNumber' },
};
