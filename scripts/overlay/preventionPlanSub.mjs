// Overlay for 介護予防サービス・支援計画書（別表）支援計画 (UPYOBO_SUB): record keys, field types and readings.
// Consumed by scripts/gen-layouts.mjs.

/** Reading of the three ＮＯ columns (No.5, 10, 14). */
const NUMBER_NOTE =
  "The layout's format cell reads フリーテキスト (as for every column 5–17) while the item is a sequence number of " +
  '項目長 2 (the reference classifies it as an integer). Read as a plain string of up to 2 characters: any value ' +
  'of that length is accepted, quoted or not, and it is written unquoted.';

/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'PREVENTION_PLAN_SUB_FIELDS',
  typeName: 'PreventionPlanSubRecord',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'planDate', // 4 計画作成(変更)日 (same value as the linked 介護予防サービス・支援計画書 record)
    'issueNo', // 5 課題ＮＯ
    'overallIssue', // 6 総合的課題
    'proposal', // 7 課題に対する目標と具体策の提案
    'intentions', // 8 具体策についての意向本人・家族
    'goal', // 9 目標
    'supportPlanNo', // 10 支援計画ＮＯ
    'supportPoints', // 11 【支援計画】目標についての支援のポイント
    'informalSupport', // 12 【支援計画】本人等のセルフケアや家族の支援、インフォーマルサービス（民間サービス）
    'formalServices', // 13 【支援計画】介護保険サービス又は地域支援事業（総合事業のサービス）
    'serviceNo', // 14 利用サービスＮＯ
    'serviceKind', // 15 【利用サービス】サービス種別 (free text, as 2表 No.16; not a サービス種類コード)
    'providerName', // 16 【利用サービス】事業所(利用先)
    'servicePeriod', // 17 【利用サービス】期間
  ],
  types: { 2: 'insurerNumber', 3: 'insuredNumber' },
  readings: {
    4: {
      note:
        "The layout says YYYYMMDD, but the 4.1 別紙's own data examples write 計画作成(変更)日 as 6 digits (202401). " +
        'Read as the layout says (an 8-digit date, as in the linked 介護予防サービス・支援計画書 No.4); a 6-digit value ' +
        'is reported as an invalid date.',
    },
    5: { type: 'string', maxLength: 2, note: NUMBER_NOTE },
    10: { type: 'string', maxLength: 2, note: NUMBER_NOTE },
    14: { type: 'string', maxLength: 2, note: NUMBER_NOTE },
  },
};
