// Overlay for 利用者基本情報（別表1）１日の生活・すごし方 (UPKIHON_SUB1): record keys, field types and readings.
// Consumed by scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'PREVENTION_BASIC_INFO_SUB1_FIELDS',
  typeName: 'PreventionBasicInfoSub1Record',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'consultationDate', // 4 相談日 (same value as the linked 利用者基本情報 record)
    'time', // 5 時間 (free text, e.g. 6:00)
    'userActivity', // 6 本人の生活状況
    'familyActivity', // 7 介護者・家族の生活状況
  ],
  types: { 2: 'insurerNumber', 3: 'insuredNumber' },
  readings: {
    4: {
      note:
        "The layout says YYYYMMDD, but the 4.1 別紙's own data examples write 相談日 as 6 digits (202401). Read as the " +
        'layout says (an 8-digit date, as in the linked 利用者基本情報 No.4); a 6-digit value is reported as an invalid date. ' +
        '(No.5 時間, written 6:00 in the examples, is free text and accepts any form.)',
    },
  },
};
