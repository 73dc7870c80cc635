// Overlay for 利用者補足情報 (UPHOSOKU): record keys, field types and readings. Consumed by scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'USER_SUPPLEMENT_FIELDS',
  typeName: 'UserSupplementRecord',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'planDate', // 4 居宅サービス計画作成（変更）日 (00000000 when sent with 第6表/第7表)
    'userNameKana', // 5 利用者氏名フリガナ
    'userName', // 6 利用者氏名
    'userSex', // 7 利用者性別
    'userBirthDate', // 8 利用者生年月日
    'userPostalCode', // 9 利用者郵便番号
    'userAddress1', // 10 利用者住所１
    'userAddress2', // 11 利用者住所２
    'userPhone', // 12 利用者電話番号
    'certificationDate', // 13 認定日
    'benefitLimitStartDate', // 14 限度額適用開始年月日
    'benefitLimitEndDate', // 15 限度額適用終了年月日
    'certificationStatus', // 16 認定状況区分
    'careLevelChangeDate', // 17 要介護状態変更日
    'careLevel', // 18 要介護状態区分
    'benefitLimitAmount', // 19 区分支給限度基準額
    // 20–55: 種類別支給限度管理, 9 slots × 4 columns → serviceTypeLimits[0..8]
    'serviceTypeCode', // 20 １サービス種類コード
    'limitAmount', // 21 １支給限度基準額
    'totalUnits', // 22 １合計単位数
    'overUnits', // 23 １限度超単位数
    'serviceTypeCode', // 24 ２サービス種類コード
    'limitAmount', // 25 ２支給限度基準額
    'totalUnits', // 26 ２合計単位数
    'overUnits', // 27 ２限度超単位数
    'serviceTypeCode', // 28 ３サービス種類コード
    'limitAmount', // 29 ３支給限度基準額
    'totalUnits', // 30 ３合計単位数
    'overUnits', // 31 ３限度超単位数
    'serviceTypeCode', // 32 ４サービス種類コード
    'limitAmount', // 33 ４支給限度基準額
    'totalUnits', // 34 ４合計単位数
    'overUnits', // 35 ４限度超単位数
    'serviceTypeCode', // 36 ５サービス種類コード
    'limitAmount', // 37 ５支給限度基準額
    'totalUnits', // 38 ５合計単位数
    'overUnits', // 39 ５限度超単位数
    'serviceTypeCode', // 40 ６サービス種類コード
    'limitAmount', // 41 ６支給限度基準額
    'totalUnits', // 42 ６合計単位数
    'overUnits', // 43 ６限度超単位数
    'serviceTypeCode', // 44 ７サービス種類コード
    'limitAmount', // 45 ７支給限度基準額
    'totalUnits', // 46 ７合計単位数
    'overUnits', // 47 ７限度超単位数
    'serviceTypeCode', // 48 ８サービス種類コード
    'limitAmount', // 49 ８支給限度基準額
    'totalUnits', // 50 ８合計単位数
    'overUnits', // 51 ８限度超単位数
    'serviceTypeCode', // 52 ９サービス種類コード
    'limitAmount', // 53 ９支給限度基準額
    'totalUnits', // 54 ９合計単位数
    'overUnits', // 55 ９限度超単位数
    'totalOverUnits', // 56 合計限度超単位数
    'shortStayDaysBeforeMonth', // 57 入所前月迄利用日数
    'shortStayDaysCumulative', // 58 入所累積利用日数
    'previousCareLevel', // 59 前回要介護状態区分
    'consentOfficeCode', // 60 同意書受付業者
    'updaterCode', // 61 更新業者コード
    'identifier', // 62 識別子
    'targetMonth', // 63 対象年月 (000000 when sent with 1表–3表)
  ],
  groups: [{ from: 20, slots: 9, size: 4, key: 'serviceTypeLimits', itemTypeName: 'ServiceTypeLimit' }],
  types: {
    2: 'insurerNumber',
    3: 'insuredNumber',
    // サービス種類コード: the reference types them 'code' without a code list (the values are those of the
    // 介護給付費 service-code tables, alphanumeric such as 2A): read as up to 2 characters.
    20: 'string',
    24: 'string',
    28: 'string',
    32: 'string',
    36: 'string',
    40: 'string',
    44: 'string',
    48: 'string',
    52: 'string',
    60: 'officeNumber',
    61: 'officeNumber',
  },
  placeholders: { 4: '00000000', 63: '000000' },
  readings: {
    5: {
      required: 'uncertain',
      note: 'Whether 必須 is uncertain (the ○ marks of rows 1–8 are shifted in the recovered text; best guess 必須): read as optional, option requireUncertainFields: true makes it required.',
    },
    6: {
      required: 'uncertain',
      note: 'Whether 必須 is uncertain (the ○ marks of rows 1–8 are shifted in the recovered text; best guess 必須): read as optional, option requireUncertainFields: true makes it required.',
    },
    7: {
      required: 'uncertain',
      note: 'Whether 必須 is uncertain (the ○ marks of rows 1–8 are shifted in the recovered text; best guess 必須): read as optional, option requireUncertainFields: true makes it required.',
    },
    8: {
      required: 'uncertain',
      note: 'Whether 必須 is uncertain (the ○ marks of rows 1–8 are shifted in the recovered text; best guess 必須): read as optional, option requireUncertainFields: true makes it required.',
    },
  },
};
