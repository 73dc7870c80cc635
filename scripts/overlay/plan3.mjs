// Overlay for 居宅サービス計画３表 (UP3KYO, 週間サービス計画表): record keys and field types. Consumed by
// scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'PLAN3_FIELDS',
  typeName: 'Plan3Record',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'createdDate', // 4 週間サービス計画表作成年月日
    'planDate', // 5 居宅サービス計画作成（変更）日
    'weeklyService', // 6 介護サービス内容
    'dayOfWeek', // 7 曜日
    'startTime', // 8 開始時間 (of the weekly service)
    'endTime', // 9 終了時間 (of the weekly service)
    'dailyActivity', // 10 主な日常生活上の活動
    'activityStartTime', // 11 開始時間 (of the daily activity)
    'activityEndTime', // 12 終了時間 (of the daily activity)
    'nonWeeklyService', // 13 週単位以外のサービス
  ],
  types: { 2: 'insurerNumber', 3: 'insuredNumber' },
};
