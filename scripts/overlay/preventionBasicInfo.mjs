// Overlay for 利用者基本情報 (UPKIHON): record keys, field types and readings. Consumed by scripts/gen-layouts.mjs.

const CONSULTATION_DATE_NOTE =
  "The layout says YYYYMMDD, but the 4.1 別紙's own data examples write 相談日 as 6 digits (202401). Read as the " +
  'layout says (an 8-digit date, the key that links 別表1/別表2/DLTKIHON); a 6-digit value is reported as an invalid date.';

/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'PREVENTION_BASIC_INFO_FIELDS',
  typeName: 'PreventionBasicInfoRecord',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'consultationDate', // 4 相談日
    'planType', // 5 計画種類 (1 介護予防支援, 2 介護予防ケアマネジメント)
    'commissionStatus', // 6 委託の有無 (1 自前, 2 委託)
    'authorName', // 7 作成担当者
    'consultationMethod', // 8 相談方法
    'consultationMethodOther', // 9 相談方法(その他の内容)
    'consultationVisitType', // 10 相談回数 (01 初回, 02 再来)
    'previousConsultationDate', // 11 前回相談日
    'userSituation', // 12 利用者の現況 (01 在宅, 02 入院又は入所中)
    'userSituationDetail', // 13 利用者の現況(状況補足)
    'userNameKana', // 14 利用者氏名ﾌﾘｶﾞﾅ
    'userName', // 15 利用者氏名
    'userSex', // 16 利用者性別
    'userBirthDate', // 17 利用者生年月日
    'userAddress', // 18 利用者住所
    'userPhone', // 19 利用者電話番号
    'userFax', // 20 利用者Fax番号
    'disabilityIndependenceLevel', // 21 障害高齢者の日常生活自立度
    'dementiaIndependenceLevel', // 22 認知症高齢者の日常生活自立度
    'careLevel', // 23 要介護状態区分 (this layout's code set: 01 非該当 instead of 06)
    'certificationStartDate', // 24 認定有効期限開始日 (sic)
    'certificationEndDate', // 25 認定有効期間終了日
    'previousCareLevel', // 26 前回の介護度
    'basicChecklistResult', // 27 基本チェックリスト記入結果
    'basicChecklistDate', // 28 基本チェックリスト記入日
    'physicalDisabilityCertified', // 29 障害等認定(身障)
    'intellectualDisabilityCertified', // 30 障害等認定(療育)
    'mentalDisabilityCertified', // 31 障害等認定(精神)
    'intractableDiseaseCertified', // 32 障害等認定(難病)
    'disabilityCertificationNotes', // 33 障害等認定特記事項
    'housingType', // 34 居住形態
    'roomFloor', // 35 自室の階数
    'homeModification', // 36 住宅改修の有無 (1 有, 2 無)
    'nationalPension', // 37 経済状況(国民年金)
    'employeesPension', // 38 経済状況(厚生年金)
    'disabilityPension', // 39 経済状況(障害年金)
    'publicAssistance', // 40 経済状況(生活保護)
    'financialSituationDetail', // 41 経済状況詳細
    'visitorName', // 42 来所者(相談者)氏名
    'visitorAddress', // 43 来所者(相談者)住所
    'visitorPhone', // 44 来所者(相談者)電話番号
    'visitorRelationship', // 45 来所者(相談者)続柄
    // 46–61 緊急連絡先 1–4: group `emergencyContacts`, 4 slots × 4 columns
    'name', // 46 1 緊急連絡先(氏名)
    'relationship', // 47 1 緊急連絡先(続柄)
    'address', // 48 1 緊急連絡先(住所)
    'phone', // 49 1 緊急連絡先(電話番号)
    'name', // 50 2 緊急連絡先(氏名)
    'relationship', // 51 2 緊急連絡先(続柄)
    'address', // 52 2 緊急連絡先(住所)
    'phone', // 53 2 緊急連絡先(電話番号)
    'name', // 54 3 緊急連絡先(氏名)
    'relationship', // 55 3 緊急連絡先(続柄)
    'address', // 56 3 緊急連絡先(住所)
    'phone', // 57 3 緊急連絡先(電話番号)
    'name', // 58 4 緊急連絡先(氏名)
    'relationship', // 59 4 緊急連絡先(続柄)
    'address', // 60 4 緊急連絡先(住所)
    'phone', // 61 4 緊急連絡先(電話番号)
    'familyImageFileName', // 62 家族構成 画像ファイル名
    'familyRelationships', // 63 家族関係等の状況
    'lifeHistory', // 64 今までの生活
    'dailyLife', // 65 １日の生活・すごし方(生活全般)
    'hobbies', // 66 趣味・楽しみ・特技
    'friendsAndCommunity', // 67 友人・地域との関係
    'currentPublicServices', // 68 現在利用している公的サービス
    'currentInformalServices', // 69 現在利用している非公的サービス
    'consentDate', // 70 同意日
    'consenterName', // 71 同意者氏名
  ],
  groups: [{ from: 46, slots: 4, size: 4, key: 'emergencyContacts', itemTypeName: 'EmergencyContact' }],
  types: { 2: 'insurerNumber', 3: 'insuredNumber' },
  readings: {
    4: { note: CONSULTATION_DATE_NOTE },
    6: {
      required: 'optional',
      note:
        "Marked only in the layout's second flag column 必要 (not 必須), whose meaning the recovered spec text does " +
        'not explain: read as optional, which rejects the least data.',
    },
  },
};
