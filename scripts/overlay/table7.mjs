// Overlay for 第7表（サービス利用票別表） (UPSIKYU): record keys, field types and readings. Consumed by
// scripts/gen-layouts.mjs.
/** @type {import('../layout-overlay.mjs').Overlay} */
export default {
  exportName: 'TABLE7_FIELDS',
  typeName: 'Table7Record',
  keys: [
    'csvVersion', // 1 CSVバージョン
    'insurerNumber', // 2 保険者番号
    'insuredNumber', // 3 被保険者番号
    'createdDate', // 4 作成年月日
    'targetMonth', // 5 対象年月
    'providerName', // 6 サービス事業所名
    'providerCode', // 7 サービス事業所コード (9999999999 on the grand-total row)
    'satelliteBranch', // 8 サテライト枝番
    'serviceCode', // 9 サービスコード ({種類}AAAA / EEEE / ZZZZ subtotals, 999999 grand total)
    'taisCode', // 10 TAISコード
    'welfareEquipmentCode', // 11 福祉用具届出コード
    'equipmentName', // 12 用具名称（機種名）
    'units', // 13 単位数
    'discountRate', // 14 割引後率
    'discountedUnits', // 15 割引後単位数
    'count', // 16 回数／日数
    'serviceUnitsOrAmount', // 17 サービス単位金額
    'benefitManagementUnits', // 18 給付管理単位数
    'serviceTypeLimitOverUnits', // 19 種類支給限度基準超単位数
    'serviceTypeLimitWithinUnits', // 20 種類支給限度基準内単位数
    'benefitLimitOverUnits', // 21 区分支給限度基準超単位数
    'benefitLimitWithinUnits', // 22 区分支給限度基準内単位数
    'unitPrice', // 23 単位数単価
    'totalCost', // 24 費用総額保険／事業対象分
    'benefitRate', // 25 給付率
    'insuranceClaimAmount', // 26 保険／事業費請求額
    'fixedCopayUnitPrice', // 27 定額利用者負担単価金額
    'userCopay', // 28 利用者負担保険／事業対象分
    'userFullPayment', // 29 利用者負担（全額負担分）
    'shortStayDaysBeforeMonth', // 30 前月までの利用日数
    'shortStayDaysThisMonth', // 31 当月の計画利用日数
    'shortStayDaysCumulative', // 32 累積利用日数
    'over30Days', // 33 ３０日超区分
    'officeCode', // 34 事業所コード (always 9999999999)
    'enteredByCode', // 35 入力者コード
    'updaterCode', // 36 更新業者コード
    'identifier', // 37 識別子
  ],
  types: { 2: 'insurerNumber', 3: 'insuredNumber', 7: 'officeNumber' },
  addedIn: { 10: '202407', 11: '202407', 12: '202407' },
  lengthIn202208: { 16: 2 },
  readings: {
    14: {
      maxLength: 6,
      note: 'Rows 14–18 are jumbled in the recovered text and the 項目長 values 5, 6, 3, 5, 6 are assigned by position (5 here): up to 6 digits are accepted, the largest candidate apart from the 3 of 回数／日数.',
    },
    15: {
      maxLength: 6,
      note: 'Rows 14–18 are jumbled in the recovered text and the 項目長 values 5, 6, 3, 5, 6 are assigned by position (6 here): up to 6 digits are accepted, the largest candidate apart from the 3 of 回数／日数.',
    },
    17: {
      maxLength: 6,
      note: 'Rows 14–18 are jumbled in the recovered text and the 項目長 values 5, 6, 3, 5, 6 are assigned by position (5 here): up to 6 digits are accepted, the largest candidate apart from the 3 of 回数／日数.',
    },
    30: {
      maxLength: 5,
      note: 'The 第4.1版 layout prints 項目長 2, but 第3.2版 widened this column (No.27 in 202208) from 2 to 5 and 4.x does not mention narrowing it: up to 5 digits are accepted.',
    },
    35: {
      type: 'string',
      maxLength: 10,
      note: 'No format text was recovered for this row (the text 居宅介護支援事業者番号 may belong to it or to No.36): read as any value of up to 10 characters, not only a 10-digit office number.',
    },
    36: {
      type: 'string',
      maxLength: 10,
      note: 'The format text 居宅介護支援事業者番号 may belong to No.35 instead of this row: read as any value of up to 10 characters, not only a 10-digit office number.',
    },
  },
};
