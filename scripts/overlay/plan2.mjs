// Overlay for 居宅サービス計画2表 (UP2KYO): record keys and field types. Consumed by scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'PLAN2_FIELDS',
  typeName: 'Plan2Record',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'createdDate', // 4 居宅計画書作成年月日
    'planDate', // 5 居宅サービス計画作成（変更）日
    'issueNo', // 6 課題ＮＯ
    'issue', // 7 課題
    'goalNo', // 8 援助目標ＮＯ
    'longTermGoal', // 9 長期目標
    'shortTermGoal', // 10 短期目標
    'longTermPeriod', // 11 長期期間
    'shortTermPeriod', // 12 短期期間
    'supportNo', // 13 援助内容ＮＯ
    'serviceContent', // 14 サービス内容
    'insuranceCovered', // 15 保険対象区分
    'serviceKind', // 16 サービス種別
    'providerCode', // 17 サービス事業者コード
    'providerName', // 18 サービス事業所名
    'frequency', // 19 頻度
    'servicePeriod', // 20 実施期間
    'updaterCode', // 21 更新業者コード
    'identifier', // 22 識別子
  ],
  types: { 2: 'insurerNumber', 3: 'insuredNumber', 17: 'officeNumber', 21: 'officeNumber' },
};
