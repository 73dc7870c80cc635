// Overlay for 利用者基本情報（別表2）現病歴・既往歴 (UPKIHON_SUB2): record keys, field types and readings.
// Consumed by scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'PREVENTION_BASIC_INFO_SUB2_FIELDS',
  typeName: 'PreventionBasicInfoSub2Record',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'consultationDate', // 4 相談日 (same value as the linked 利用者基本情報 record)
    'onsetDate', // 5 年月日 (free text, e.g. H12年10月)
    'diseaseName', // 6 病名
    'medicalInstitution', // 7 医療機関・医師名
    'attendingPhysicianFlag', // 8 主治医・意見作成者フラグ (1 主治医, 2 それ以外)
    'medicalInstitutionPhone', // 9 医療機関・医師電話番号
    'treatmentStatus', // 10 経過 (01 治療中, 02 経過観察中, 03 その他)
    'treatmentDetail', // 11 治療中の内容
  ],
  types: { 2: 'insurerNumber', 3: 'insuredNumber' },
  readings: {
    4: {
      note:
        "The layout says YYYYMMDD, but the 4.1 別紙's own data examples write 相談日 as 6 digits (202401). Read as the " +
        'layout says (an 8-digit date, as in the linked 利用者基本情報 No.4); a 6-digit value is reported as an invalid date.',
    },
  },
};
