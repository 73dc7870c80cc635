// Overlay for 第6表（サービス利用票）予定 (UPPLAN) and 実績 (UPJSK, same layout): record keys, field types and
// readings. Consumed by scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'TABLE6_FIELDS',
  typeName: 'Table6Record',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'createdDate', // 4 作成年月日
    'targetMonth', // 5 対象年月
    'planOfficeCode', // 6 プラン担当業者コード
    'planManagerName', // 7 プラン担当者名
    'units', // 8 単位数
    'shortStayDaysBeforeMonth', // 9 前月までの短期入所利用日数
    'serviceDate', // 10 サービス利用日
    'proRataDays', // 11 日割対象日
    'startTime', // 12 サービス開始時刻
    'endTime', // 13 サービス終了時刻
    'serviceCount', // 14 サービス回数
    'serviceCode', // 15 サービスコード
    'taisCode', // 16 TAISコード
    'welfareEquipmentCode', // 17 福祉用具届出コード
    'equipmentName', // 18 用具名称（機種名）
    'detailCode', // 19 明細判別コード
    'providerCode', // 20 サービス事業者コード
    'providerName', // 21 サービス事業所名
    'satelliteBranch', // 22 サテライト枝番
    'over30Days', // 23 ３０日超区分
    'updaterCode', // 24 更新業者コード
    'identifier', // 25 識別子
  ],
  types: { 1: 'csvVersion', 2: 'insurerNumber', 3: 'insuredNumber', 6: 'officeNumber', 20: 'officeNumber', 24: 'officeNumber' },
  allowNoTime: [12, 13],
  addedIn: { 16: '202407', 17: '202407', 18: '202407' },
  readings: {
    6: {
      required: 'uncertain',
      note: "Read as optional (an empty value is accepted); option requireUncertainFields: true makes it required (the reference's best guess 必須).",
    },
    7: {
      required: 'uncertain',
      note: "Read as optional (an empty value is accepted); option requireUncertainFields: true makes it required (the reference's best guess 必須).",
    },
    19: {
      maxLength: null,
      note: '項目長 is not legible in the recovered spec text: any number of digits is accepted (a third-party reading is 2).',
    },
  },
};
