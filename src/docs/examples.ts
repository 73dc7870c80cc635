/**
 * One realistic example per issue code, for the catalogue docs/issue-codes.md: the params a real issue of
 * that code carries and a one-line description of what triggers it. Examples use made-up values only
 * (no real names, numbers or addresses).
 *
 * Where an example can be reproduced by writing one record, `reproduce` says how (a valid record of
 * `kind` with `set` applied); test/docs/issue-examples.test.ts writes such records and checks that the
 * code is really reported.
 * @internal
 */
import type { IssueCode } from '../issues/codes.js';
import type { IssueParamsMap } from '../issues/params.js';
import type { SupportedKind } from '../schemas/layouts.js';

/** A record that triggers the code when serialized: a valid 202407 record of `kind` with `set` applied. */
export interface IssueReproduction {
  readonly kind: SupportedKind;
  /** Record keys → values put over the valid record (may be non-strings, for `record.valueType`). */
  readonly set: { readonly [key: string]: unknown };
  /** How many copies of the record the file holds (default 1), for rules across records. */
  readonly copies?: number;
}

/** The example of one issue code. */
export interface IssueExample<C extends IssueCode = IssueCode> {
  /** Params as a real issue of this code carries them. */
  readonly params: IssueParamsMap[C];
  /** One line: what input triggers the code (Japanese, values in backticks). */
  readonly trigger: string;
  /** How to reproduce the example by writing a record, where that is possible. */
  readonly reproduce?: IssueReproduction;
}

/**
 * Example of every issue code. Typed as partial so that a code added in src/issues without an example
 * keeps the tree compiling; test/docs/issue-examples.test.ts fails until the example is added.
 */
export const ISSUE_EXAMPLES: { readonly [C in IssueCode]?: IssueExample<C> } = {
  'encoding.invalidBytes': {
    params: { actual: 1 },
    trigger: '2 バイト文字の先行バイト `0x82` の直後に改行がある（後続バイトがない）',
  },
  'encoding.userDefinedChar': {
    params: {},
    trigger: 'フリーテキストに外字（Shift_JIS `F040`、ユーザー定義領域）がある',
  },
  'encoding.utf8': {
    params: { detail: 'utf8' },
    trigger: 'ファイルを UTF-8（BOM なし）で保存した（「あ」が `E3 81 82`）',
  },
  'encoding.utf16': {
    params: { detail: 'le' },
    trigger: 'Excel で「Unicode テキスト」として保存した（先頭が `FF FE`、「2」が `32 00`）',
  },
  'encoding.bom': {
    params: {},
    trigger: 'MS932 のファイルの先頭に BOM（`EF BB BF`）を付けた',
  },
  'encoding.moreInField': {
    params: { actual: 25, expected: 10 },
    trigger: 'フリーテキスト 1 項目の 35 か所に不正なバイト `0x80` がある（最初の 10 件は個別に、残り 25 件はこの 1 件にまとめて報告）',
  },
  'encoding.unmappable': {
    params: { detail: 'latin' },
    trigger: '第6表 No.21 サービス事業所名 に `é`（U+00E9、MS932 にない文字）を書き出そうとした',
    reproduce: { kind: 'table6Plan', set: { providerName: 'Café さくら' } },
  },
  'encoding.converted': {
    params: { detail: 'variant' },
    trigger: '第6表 No.21 サービス事業所名 の `〜`（U+301C WAVE DASH）を MS932 の `～`（U+FF5E）として書き出した',
    reproduce: { kind: 'table6Plan', set: { providerName: '9時〜17時' } },
  },
  'encoding.substituted': {
    params: {},
    trigger: '`substitute: "jisx0213"` で、第6表 No.7 プラン担当者名 の `𠮟`（U+20B9F、MS932 にない）を `叱` として書き出した',
  },
  'encoding.outsideJisX0213': {
    params: { detail: 'substitute' },
    trigger: '`checkJisX0213: true` で、第6表 No.7 プラン担当者名 に `髙`（U+9AD9、IBM 拡張漢字）がある',
  },
  'encoding.nonCanonical': {
    params: { actual: 2 },
    trigger:
      'フリーテキストの `≒` が NEC 特殊文字の `0x8790`（標準のコードは JIS の `0x81E0`）、`纊` が NEC 選定 IBM 拡張の `0xED40`（標準は `0xFA5C`）で書かれている',
  },
  'encoding.replaced': {
    params: { detail: 'latin', to: 'U+003F' },
    trigger: '書き出しオプション `unmappable` で代替文字 `?` を指定し、`é`（U+00E9）を含む値を書き出した',
  },
  'csv.unterminatedQuote': {
    params: {},
    trigger: '最終行の `"サンプル事業所` に閉じダブルクォートがない',
  },
  'csv.quoteInUnquotedField': {
    params: {},
    trigger: 'クォートされていない項目 `A"B` の中に `"` がある',
  },
  'csv.textAfterClosingQuote': {
    params: {},
    trigger: '`"サンプル事業所"X,` のように閉じ `"` の後に文字がある',
  },
  'csv.emptyLine': {
    params: {},
    trigger: '2 件のレコードの間に空行がある',
  },
  'csv.columnCount': {
    params: { expected: 37, actual: 34 },
    trigger: 'CSVバージョン `202407` の第7表（UPSIKYU）のレコードが 34 項目しかない（202208 の列数）',
  },
  'csv.unquotedFreeText': {
    params: {},
    trigger: '第6表 No.21 サービス事業所名（フリーテキスト）が `"` で囲まれていない',
  },
  'csv.lineBreak': {
    params: { actual: 120, detail: 'lf' },
    trigger: '120 件のレコードの改行が LF（`0A`）だけ（CRLF `0D 0A` ではない）',
  },
  'csv.finalLineBreak': {
    params: { actual: 1 },
    trigger: 'ファイルの最後のレコードの後に改行がない',
  },
  'csv.quoting': {
    params: { actual: 3 },
    trigger: '第6表 No.5 対象年月 が `"202505"` とダブルクォートで囲まれている（または空のフリーテキストが `""` でない）',
  },
  'csv.headerSkipped': {
    params: {},
    trigger: '1 行目が `CSVバージョン,保険者番号,被保険者番号,…` のような見出し行',
  },
  'limit.fileBytes': {
    params: { expected: 1073741824 },
    trigger: '1 GiB（既定の `maxFileBytes`）を超えるファイルを読んだ',
  },
  'limit.recordBytes': {
    params: { expected: 1048576, detail: 'openQuote' },
    trigger: '開きダブルクォートが閉じられないまま 1 MiB（既定の `maxRecordBytes`）を超えた',
  },
  'limit.fieldBytes': {
    params: { expected: 65536, actual: 70000 },
    trigger: 'フリーテキスト項目が 70,000 バイト（既定の `maxFieldBytes` は 64 KiB）',
  },
  'limit.records': {
    params: { expected: 10000000 },
    trigger: '1,000 万件（既定の `maxRecords`）を超えるレコードがある',
  },
  'limit.issues': {
    params: { expected: 1000 },
    trigger: 'すべての行に誤りがあり、指摘が 1,000 件（既定の `maxIssues`）に達した',
  },
  'limit.errors': {
    params: { expected: 10 },
    trigger: '`maxErrors: 10` を指定して、エラーが 10 件見つかった後に次のレコードがある',
  },
  'limit.aborted': {
    params: {},
    trigger: '`signal` に渡した AbortSignal が読み込みの途中で中止された（アップロードの打ち切りなど）',
  },
  'limit.deadline': {
    params: { expected: 2000 },
    trigger: '`deadlineMs: 2000` を指定して、読み込みが 2 秒を超えた',
  },
  'limit.withdrawals': {
    params: { expected: 100000, actual: 2000000 },
    trigger: '200 万件のレコードがある DLT1KYO（既定の `maxWithdrawals` は 10 万件）',
  },
  'field.requiredUncertain': {
    params: {},
    trigger: 'プロファイル `strict` で、第6表 No.6 プラン担当業者コード が空',
  },
  'field.required': {
    params: {},
    trigger: '第6表 No.10 サービス利用日 が空',
    reproduce: { kind: 'table6Plan', set: { serviceDate: '' } },
  },
  'field.lengthAsPrinted': {
    params: { expected: 5, actual: 6 },
    trigger: 'プロファイル `strict` で、第7表 No.17 サービス単位金額 が 6 桁 `123456`（印字された項目長は 5）',
  },
  'field.tooLong': {
    params: { expected: 12, actual: 13 },
    trigger: '第6表 No.16 TAISコード が 13 文字 `00001-0000100`（項目長 12）',
    reproduce: { kind: 'table6Plan', set: { taisCode: '00001-0000100' } },
  },
  'field.integer': {
    params: {},
    trigger: '第6表 No.14 サービス回数 が全角数字 `１`',
    reproduce: { kind: 'table6Plan', set: { serviceCount: '１' } },
  },
  'field.date': {
    params: {},
    trigger: '第7表 No.4 作成年月日 が `20250230`（2 月 30 日は存在しない）',
    reproduce: { kind: 'table7', set: { createdDate: '20250230' } },
  },
  'field.yearMonth': {
    params: {},
    trigger: '第7表 No.5 対象年月 が `202513`（13 月）',
    reproduce: { kind: 'table7', set: { targetMonth: '202513' } },
  },
  'field.time2400': {
    params: {},
    trigger: '第6表 No.13 サービス終了時刻 が `2400`',
    reproduce: { kind: 'table6Plan', set: { endTime: '2400' } },
  },
  'field.time': {
    params: {},
    trigger: '第6表 No.12 サービス開始時刻 が `2400`',
    reproduce: { kind: 'table6Plan', set: { startTime: '2400' } },
  },
  'field.insurerNumber': {
    params: {},
    trigger: 'No.2 保険者番号 が 5 桁 `99999`',
    reproduce: { kind: 'table6Plan', set: { insurerNumber: '99999' } },
  },
  'field.insuredNumber': {
    params: {},
    trigger: 'No.3 被保険者番号 が `H00000001`（H の後が 8 桁）',
    reproduce: { kind: 'table6Plan', set: { insuredNumber: 'H00000001' } },
  },
  'field.officeNumber': {
    params: {},
    trigger: '第6表 No.20 サービス事業者コード が 9 桁 `999999990`',
    reproduce: { kind: 'table6Plan', set: { providerCode: '999999990' } },
  },
  'field.serviceCode': {
    params: {},
    trigger: '第6表 No.15 サービスコード が 5 文字 `11111`',
    reproduce: { kind: 'table6Plan', set: { serviceCode: '11111' } },
  },
  'field.code': {
    params: { allowed: ['0', '1'] },
    trigger: '第6表 No.23 ３０日超区分 が `2`（コード表は 0 / 1）',
    reproduce: { kind: 'table6Plan', set: { over30Days: '2' } },
  },
  'field.dayFlags': {
    params: {},
    trigger: '第6表 No.11 日割対象日 が 30 文字（31 文字必要）',
    reproduce: { kind: 'table6Plan', set: { proRataDays: '0'.repeat(30) } },
  },
  'field.csvVersion': {
    params: {},
    trigger: 'No.1 CSVバージョン が `2024-07`',
    reproduce: { kind: 'plan1', set: { csvVersion: '2024-07' } },
  },
  'field.csvSpecialChar': {
    params: {},
    trigger: '第6表 No.22 サテライト枝番（フリーテキストではない）が `1,`（`,` を含む）',
    reproduce: { kind: 'table6Plan', set: { satelliteBranch: '1,' } },
  },
  'field.unused': {
    params: {},
    trigger: '使用しない項目 第6表 No.25 識別子 が `1`',
    reproduce: { kind: 'table6Plan', set: { identifier: '1' } },
  },
  'field.controlChar': {
    params: { actual: 1 },
    trigger: '第6表 No.21 サービス事業所名 に NUL（`0x00`）や ESC（`0x1B`）が入っている',
  },
  'field.decimal': {
    params: {},
    trigger: '第7表 No.23 単位数単価 が `10.5`（小数 2 桁が必要: `10.50`）',
    reproduce: { kind: 'table7', set: { unitPrice: '10.5' } },
  },
  'field.postalCode': {
    params: {},
    trigger: '利用者補足情報 No.9 利用者郵便番号 が `1000000`（ハイフンなし）',
    reproduce: { kind: 'userSupplement', set: { userPostalCode: '1000000' } },
  },
  'field.fixed': {
    params: { expected: '9999999999' },
    trigger: '第7表 No.34 事業所コード（`9999999999` 固定）が `1234567890`',
    reproduce: { kind: 'table7', set: { officeCode: '1234567890' } },
  },
  'record.rentalItemCode': {
    params: {},
    trigger: '第6表 サービスコード `171001`（福祉用具貸与）の行で TAISコード・福祉用具届出コード がどちらも空',
    reproduce: { kind: 'table6Plan', set: { serviceCode: '171001', taisCode: '', welfareEquipmentCode: '' } },
  },
  'record.serviceDateOutsideMonth': {
    params: {},
    trigger: '対象年月 `202505` の第6表で サービス利用日 が `20250601`',
    reproduce: { kind: 'table6Plan', set: { targetMonth: '202505', serviceDate: '20250601' } },
  },
  'record.fieldNotInVersion': {
    params: { expected: '202208' },
    trigger: 'CSVバージョン `202208` で書き出す第6表レコードの TAISコード（202407 で追加）に値がある',
    reproduce: { kind: 'table6Plan', set: { csvVersion: '202208', targetMonth: '202412', serviceDate: '20241201', taisCode: '00001-000010' } },
  },
  'record.versionNotWritable': {
    params: { actual: '202504', expected: '202407' },
    trigger: '書き出すレコードの CSVバージョン が `202504`（第4.0版の値。仕様の値は 202407）',
    reproduce: { kind: 'plan1', set: { csvVersion: '202504' } },
  },
  'record.unknownField': {
    params: { detail: 'serviceDay' },
    trigger: '書き出すレコードに レイアウトにないキー `serviceDay`（正しくは `serviceDate`）がある',
    reproduce: { kind: 'table6Plan', set: { serviceDay: '20250501' } },
  },
  'record.valueType': {
    params: { actual: 'number' },
    trigger: '書き出すレコードの `units`（単位数）が文字列ではなく数値 `350`',
    reproduce: { kind: 'table6Plan', set: { units: 350 } },
  },
  'record.groupGap': {
    params: { expected: 1, actual: 2 },
    trigger: '利用者補足情報 `serviceTypeLimits` の 1 件目が空で 2 件目に値がある',
    reproduce: {
      kind: 'userSupplement',
      set: {
        serviceTypeLimits: [
          { serviceTypeCode: '', limitAmount: '', totalUnits: '', overUnits: '' },
          { serviceTypeCode: '11', limitAmount: '16765', totalUnits: '12000', overUnits: '0' },
        ],
      },
    },
  },
  'record.groupTooLong': {
    params: { expected: 9, actual: 10 },
    trigger: '利用者補足情報 `serviceTypeLimits` に 10 件（最大 9 件）',
    reproduce: {
      kind: 'userSupplement',
      set: {
        serviceTypeLimits: Array.from({ length: 10 }, () => ({ serviceTypeCode: '11', limitAmount: '16765', totalUnits: '12000', overUnits: '0' })),
      },
    },
  },
  'record.serviceTypeOutOfScope': {
    params: { actual: '33' },
    trigger: '第7表の明細行の サービスコード が `331111`（33 特定施設入居者生活介護は連携対象外）',
    reproduce: { kind: 'table7', set: { serviceCode: '331111', providerCode: '1310000001' } },
  },
  'record.subtotalUnits': {
    params: {},
    trigger: '第7表の小計行（サービスコード `11AAAA`）の 単位数 が `100`（0 にする）',
    reproduce: { kind: 'table7', set: { serviceCode: '11AAAA', units: '100', discountRate: '', discountedUnits: '' } },
  },
  'record.subtotalNotEmpty': {
    params: {},
    trigger: '第7表の小計行（サービスコード `11AAAA`）の 割引後率 が `90`（空にする）',
    reproduce: { kind: 'table7', set: { serviceCode: '11AAAA', units: '0', discountRate: '90', discountedUnits: '' } },
  },
  'record.grandTotalProvider': {
    params: { expected: '9999999999' },
    trigger: '第7表の合計行（サービスコード `999999`）の サービス事業所コード が `1310000001`',
    reproduce: {
      kind: 'table7',
      set: { serviceCode: '999999', providerCode: '1310000001', units: '0', discountRate: '', discountedUnits: '' },
    },
  },
  'record.reservedProviderCode': {
    params: {},
    trigger: '第7表の明細行（サービスコード `111111`）の サービス事業所コード が `9999999999`',
    reproduce: { kind: 'table7', set: { serviceCode: '111111', providerCode: '9999999999' } },
  },
  'record.planDatePlaceholder': {
    params: {},
    trigger: '利用者補足情報の 対象年月 が `000000`（1～3 表に添付）で 居宅サービス計画作成（変更）日 も `00000000`',
    reproduce: { kind: 'userSupplement', set: { targetMonth: '000000', planDate: '00000000' } },
  },
  'record.planDateNotPlaceholder': {
    params: {},
    trigger: '利用者補足情報の 対象年月 が `202505`（第6表・第7表に添付）で 居宅サービス計画作成（変更）日 が `20250401`',
    reproduce: { kind: 'userSupplement', set: { targetMonth: '202505', planDate: '20250401' } },
  },
  'record.itemNoRange': {
    params: { expected: '1-99' },
    trigger: '居宅サービス計画2表の 課題ＮＯ が `0`',
    reproduce: { kind: 'plan2', set: { issueNo: '0' } },
  },
  'file.grandTotalMissing': {
    params: { expected: '999999' },
    trigger: '第7表に、ある利用者の明細行（サービスコード `111111`）だけがあり合計行 `999999` がない',
    reproduce: { kind: 'table7', set: { serviceCode: '111111', providerCode: '1310000001' } },
  },
  'file.grandTotalDuplicate': {
    params: { otherLine: 1 },
    trigger: '第7表の同じ利用者に合計行（サービスコード `999999`）が 1 行目と 2 行目の 2 行ある',
    reproduce: {
      kind: 'table7',
      set: { serviceCode: '999999', providerCode: '9999999999', units: '0', discountRate: '', discountedUnits: '' },
      copies: 2,
    },
  },
  'file.subtotalMissing': {
    params: { expected: '11AAAA', actual: 2 },
    trigger: '第7表の同じ利用者にサービス種類 11 の明細行が 2 行あり、小計行 `11AAAA` がない',
    reproduce: { kind: 'table7', set: { serviceCode: '111111', providerCode: '1310000001' }, copies: 2 },
  },
  'file.duplicateItemNo': {
    params: { otherLine: 1 },
    trigger: '居宅サービス計画2表の同じ計画で 課題ＮＯ・援助目標ＮＯ・援助内容ＮＯ が `1`・`1`・`1` の行が 1 行目と 2 行目にある',
    reproduce: { kind: 'plan2', set: { issueNo: '1', goalNo: '1', supportNo: '1' }, copies: 2 },
  },
  'file.empty': {
    params: {},
    trigger: '0 バイトのファイル、または書き出すレコードが 0 件',
  },
  'file.headerRow': {
    params: {},
    trigger: '1 行目が `CSVバージョン,保険者番号,被保険者番号,…`（表計算ソフトの見出し行）',
  },
  'file.unknownKind': {
    params: {},
    trigger: 'ファイル名 `data.csv` を種類（`kind`）の指定なしで読んだ',
  },
  'file.unknownVersion': {
    params: { actual: '202310' },
    trigger: 'CSVバージョン が `202310`（仕様にない値）',
  },
  'file.versionNotInKind': {
    params: { actual: '202208', detail: 'UP3KYO' },
    trigger: '居宅サービス計画３表（UP3KYO、202407 で追加）のレコードの CSVバージョン が `202208`',
  },
  'file.versionAlias': {
    params: { actual: '202504', expected: '202407' },
    trigger: 'CSVバージョン が `202504`（第4.0版の値）',
  },
  'file.mixedVersion': {
    params: { otherLine: 1 },
    trigger: '1、2 行目の CSVバージョン は `202407`、3 行目は `202208`（3 行目で指摘）',
  },
  'file.mixedMonth': {
    params: { otherLine: 1 },
    trigger: '第6表の 1、3 行目の 対象年月 は `202505`、2 行目は `202506`（2 行目の対象年月で指摘）',
  },
  'file.versionMonth': {
    params: { actual: '202208', expected: '202407' },
    trigger: '対象年月 `202505`（2025 年 4 月以降は 202407）のファイルの CSVバージョン が `202208`',
  },
  'file.nameInvalid': {
    params: {
      detail: 'badSerial',
      segment: 'serial',
      expected: 'UPPLAN_<YYYYMM>_<送信元事業所番号>_<送信元サービス種類コード>_<送信先事業所番号>_<送信先サービス種類コード>_<ファイル連番>.CSV',
    },
    trigger: 'ファイル名の連番が `20250230120000`（存在しない日付）',
  },
  'file.nameWarning': {
    params: {
      detail: 'extensionCase',
      segment: 'extension',
      expected: 'UPPLAN_<YYYYMM>_<送信元事業所番号>_<送信元サービス種類コード>_<送信先事業所番号>_<送信先サービス種類コード>_<ファイル連番>.CSV',
    },
    trigger: 'ファイル名の拡張子が小文字の `.csv`（仕様は `.CSV`）',
  },
  'file.nameKind': {
    params: { actual: 'UPJSK', expected: 'UPPLAN' },
    trigger: "ファイル名が `UPJSK_…`（実績）なのに `kind: 'table6Plan'`（予定）を指定した",
  },
  'file.nameMonth': {
    params: { actual: '202505', expected: '202506' },
    trigger: 'ファイル名 `UPPLAN_202505_…` のレコードの 対象年月 が `202506`',
  },
  'file.nameStyle': {
    params: { actual: 'v3', expected: '202407' },
    trigger: 'CSVバージョン 202407 のファイルに第3.x 形式の名前（サービス種類コードなし）を付けた',
  },
  'unit.combination': {
    params: { detail: 'UP1KYO + UPPLAN' },
    trigger: '`UP1KYO_…_20250415093000.CSV` と `UPPLAN_202505_…_20250415093000.CSV` が同じ送信元・送信先・ファイル連番',
  },
  'unit.duplicateFile': {
    params: { detail: 'UPPLAN' },
    trigger: '同じ名前の `UPPLAN_202505_…CSV` が 2 つのフォルダにあり、同じ送信単位に入った',
  },
  'unit.memberMissing': {
    params: { expected: 'UPSIKYU', actual: 'UPPLAN' },
    trigger: '`UPPLAN_202505_…_20250425170512.CSV` と同じ送信単位に `UPSIKYU_202505_…` がない',
  },
  'unit.masterFileMissing': {
    params: { expected: 'UPKIHON', actual: 'UPKIHON_SUB1', detail: 'otherUnit' },
    trigger: '`UPKIHON_SUB1_…_46_…_A2_20250415093000.CSV` の送信元サービス種類コードが親の `UPKIHON_…_43_…` と違う',
  },
  'link.masterMissing': {
    params: { expected: 'UP1KYO', actual: 4, detail: 'planDate' },
    trigger: '2表の 4 行の 居宅サービス計画作成（変更）日 が `20250416`、同じ送信単位の1表は `20250415`',
  },
  'link.dependantMissing': {
    params: { expected: 'UPSIKYU', detail: 'targetMonth' },
    trigger: '第6表の利用者 B（対象年月 `202505`）の行が、同じ送信単位の第7表に 1 行もない',
  },
  'link.table7TypeMissing': {
    params: { expected: '15' },
    trigger: '第6表に利用者のサービスコード `155111`（通所介護）の行があり、第7表にはサービス種類 15 の行がない',
  },
  'link.table6TypeMissing': {
    params: { expected: '13' },
    trigger: '第7表に利用者のサービス種類 13 の行があり、第6表には 13 の行がない',
  },
  'link.subtotalMissing': {
    params: { expected: '11AAAA', actual: 2 },
    trigger: '第6表に利用者の `111211` と `112111`（訪問介護）の行があり、第7表はまとめた 1 行だけで小計行 `11AAAA` がない',
  },
  'link.imageName': {
    params: { detail: 'segments' },
    trigger: '`UPKIHON_…_20250415093000.CSV` の 家族構成 画像ファイル名 が `UPKIHON_IMAGE_…_20250414080000_0001.jpg`（連番が違う）',
  },
  'link.imageMissing': {
    params: {},
    trigger: '家族構成 画像ファイル名 `UPKIHON_IMAGE_…_0001.jpg` の画像を送信単位に入れ忘れた',
  },
  'link.imageUnreferenced': {
    params: {},
    trigger: '送信単位に `UPKIHON_IMAGE_…_0002.jpg` があるが、どの利用者基本情報の 家族構成 画像ファイル名 にも書かれていない',
  },
};
