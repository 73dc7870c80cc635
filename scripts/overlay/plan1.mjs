// Overlay for 居宅サービス計画1表 (UP1KYO): record keys and field types. Consumed by scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'PLAN1_FIELDS',
  typeName: 'Plan1Record',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'createdDate', // 4 作成年月日
    'userPostalCode', // 5 利用者郵便番号
    'userAddress1', // 6 利用者住所１
    'userAddress2', // 7 利用者住所２
    'plannerName', // 8 居宅サービス計画作成者氏名
    'careManagementOfficeName', // 9 介護支援事業者名
    'careManagementOfficePostalCode', // 10 介護支援事業者郵便番号
    'careManagementOfficeAddress1', // 11 介護支援事業者住所１
    'careManagementOfficeAddress2', // 12 介護支援事業者住所２
    'careManagementOfficeCode', // 13 介護支援事業者コード
    'planDate', // 14 居宅サービス計画作成（変更）日
    'firstPlanDate', // 15 初回居宅サービス計画作成日
    'planCategory', // 16 計画書区分
    'certificationStatus', // 17 認定状況区分
    'certificationDate', // 18 認定日
    'certificationStartDate', // 19 認定有効期間開始日
    'certificationEndDate', // 20 認定有効期間終了日
    'careLevel', // 21 要介護状態区分
    'assessmentResult', // 22 利用者及び家族の生活に対する意向を踏まえた課題分析の結果
    'certificationBoardOpinion', // 23 介護認定審査会の意見及びサービスの種類の指定
    'overallSupportPolicy', // 24 総合的な援助の方針
    'livingSupportReason', // 25 生活援助中心型の算定理由
    'livingSupportOtherReason', // 26 その他理由
    'updaterCode', // 27 更新業者コード
    'identifier', // 28 識別子
  ],
  types: { 2: 'insurerNumber', 3: 'insuredNumber', 13: 'officeNumber', 27: 'officeNumber' },
};
