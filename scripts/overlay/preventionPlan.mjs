// Overlay for 介護予防サービス・支援計画書 (UPYOBO): record keys, field types and readings. Consumed by
// scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'PREVENTION_PLAN_FIELDS',
  typeName: 'PreventionPlanRecord',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'planDate', // 4 計画作成(変更)日
    'planType', // 5 計画種類 (1 介護予防支援, 2 介護予防ケアマネジメント)
    'commissionStatus', // 6 委託の有無 (1 自前, 2 委託)
    'referenceNumber', // 7 整理番号
    'userName', // 8 利用者名
    'certificationDate', // 9 認定年月日
    'certificationStartDate', // 10 認定有効期間開始日
    'certificationEndDate', // 11 認定有効期間終了日
    'planCategory', // 12 計画書区分
    'certificationStatus', // 13 認定状況区分
    'supportLevel', // 14 要支援状態区分 (1 要支援１, 2 要支援２, 3 地域支援事業)
    'centerStaffName', // 15 計画作成者氏名（地域包括支援センター担当者名）
    'careManagerName', // 16 計画作成者氏名（担当介護支援専門員名）
    'plannerOfficeName', // 17 計画作成者事業者・事業所名
    'plannerOfficeAddress', // 18 計画作成者事業者・事業所住所
    'plannerOfficePhone', // 19 計画作成者事業者・事業所電話番号
    'firstPlanDate', // 20 初回作成日
    'supportCenterName', // 21 担当地域包括支援センター
    'dailyGoal', // 22 目標とする生活(1日)
    'yearlyGoal', // 23 目標とする生活(1年)
    // 24–39 アセスメント領域: group `assessmentDomains`, 4 slots × 4 columns. The slots are fixed domains, still
    // an array of 4 in slot order: [0] 運動・移動, [1] 日常生活(家庭生活),
    // [2] 社会参加、対人関係・コミュニケーション, [3] 健康管理.
    'currentSituation', // 24 【運動・移動】現在の状況
    'intentions', // 25 【運動・移動】本人・家族の意欲・意向
    'issueFlag', // 26 【運動・移動】領域における課題の有無 (1 有, 2 無)
    'issueBackground', // 27 【運動・移動】領域における課題（背景・原因）
    'currentSituation', // 28 【日常生活(家庭生活)】現在の状況
    'intentions', // 29 【日常生活(家庭生活)】本人・家族の意欲・意向
    'issueFlag', // 30 【日常生活(家庭生活)】領域における課題の有無
    'issueBackground', // 31 【日常生活(家庭生活)】領域における課題（背景・原因）
    'currentSituation', // 32 【社会参加、対人関係・コミュニケーション】現在の状況
    'intentions', // 33 【社会参加、対人関係・コミュニケーション】本人・家族の意欲・意向
    'issueFlag', // 34 【社会参加、対人関係・コミュニケーション】領域における課題の有無
    'issueBackground', // 35 【社会参加、対人関係・コミュニケーション】領域における課題（背景・原因）
    'currentSituation', // 36 【健康管理】現在の状況
    'intentions', // 37 【健康管理】本人・家族の意欲・意向
    'issueFlag', // 38 【健康管理】領域における課題の有無
    'issueBackground', // 39 【健康管理】領域における課題（背景・原因）
    'healthNotes', // 40 健康状態の留意点
    'supportPolicy', // 41 妥当な支援の実施に向けた方針
    'overallPolicy', // 42 総合的な方針
    // 43–54: six named categories, kept as flat keys (a one-member group would make users write
    // record.checklistCounts[4]?.count instead of record.memoryChecklistCount).
    'exerciseChecklistCount', // 43 基本チェックリストの該当数(運動不足)
    'nutritionChecklistCount', // 44 基本チェックリストの該当数(栄養改善)
    'oralCareChecklistCount', // 45 基本チェックリストの該当数(口腔内ケア)
    'houseboundChecklistCount', // 46 基本チェックリストの該当数(閉じこもり予防)
    'memoryChecklistCount', // 47 基本チェックリストの該当数(物忘れ予防)
    'depressionChecklistCount', // 48 基本チェックリストの該当数(うつ予防)
    'exerciseProgramNeed', // 49 事業プログラムの要否(運動不足) (1 要, 2 否)
    'nutritionProgramNeed', // 50 事業プログラムの要否(栄養改善)
    'oralCareProgramNeed', // 51 事業プログラムの要否(口腔内ケア)
    'houseboundProgramNeed', // 52 事業プログラムの要否(閉じこもり予防)
    'memoryProgramNeed', // 53 事業プログラムの要否(物忘れ予防)
    'depressionProgramNeed', // 54 事業プログラムの要否(うつ予防)
    'supportCenterOpinion', // 55 地域包括支援センター意見
    'consentDate', // 56 同意日
    'consenterName', // 57 同意者氏名
  ],
  groups: [{ from: 24, slots: 4, size: 4, key: 'assessmentDomains', itemTypeName: 'AssessmentDomain' }],
  types: { 2: 'insurerNumber', 3: 'insuredNumber' },
  readings: {
    4: {
      note:
        "The layout says YYYYMMDD, but the 4.1 別紙's own data examples write 計画作成(変更)日 as 6 digits (202401). " +
        'Read as the layout says (an 8-digit date, the key that links 別表 UPYOBO_SUB and DLTYOBO); a 6-digit value is ' +
        'reported as an invalid date.',
    },
    6: {
      required: 'optional',
      note:
        "Marked only in the layout's second flag column 必要 (not 必須), whose meaning the recovered spec text does " +
        'not explain: read as optional, which rejects the least data.',
    },
  },
};
