import type { CharacterClass, IssueParamsMap, LinkKeyField } from '../params.js';
import type { Messages } from './messages.js';

const list = (a: readonly string[]): string => a.join(' / ');

/** The third key field of a link (`params.detail` of the link.* issues), by its 項目名. */
const keyJa = (key: LinkKeyField): string => (key === 'targetMonth' ? '対象年月' : key === 'consultationDate' ? '相談日' : '計画作成（変更）日');

/** What is wrong with a file name, by problem code (`detail` of file.nameInvalid / file.nameWarning). */
const NAME_PROBLEM: { readonly [P in IssueParamsMap['file.nameInvalid']['detail']]: string } = {
  unknownPrefix: '接頭辞が仕様のファイルの種類のものではありません',
  prefixCase: '接頭辞の大文字・小文字が仕様と違います（接頭辞はすべて大文字）',
  badShape: '「_」で区切られた部分の数が合いません',
  missingMonth: 'この種類に必要な年月（YYYYMM）がありません',
  monthNotForKind: 'この種類のファイル名に年月（YYYYMM）は付けません',
  badMonth: 'YYYYMM（月は 01～12）ではありません',
  badOfficeNumber: '半角数字 10 桁ではありません',
  badServiceType: '英数字 2 文字ではありません',
  badSerial: '実在する日時の 14 桁（YYYYMMDDHHMMSS）ではありません',
  badBranch: '半角数字 4 桁ではありません',
  badExtension: '拡張子が仕様のもの（.CSV、画像は .jpg）ではありません',
  styleNotForKind: 'この種類には サービス種類コードのない 202208 形式の名前はありません',
  extensionCase: '拡張子の大文字・小文字が仕様と違います',
};

/** The segment of a file name a problem is about, by its name in the spec (`segment` of file.name*). */
const SEGMENT_JA: { readonly [S in NonNullable<IssueParamsMap['file.nameInvalid']['segment']>]: string } = {
  prefix: '接頭辞',
  month: '年月',
  senderOffice: '送信元事業所番号',
  senderServiceType: '送信元サービス種類コード',
  receiverOffice: '送信先事業所番号',
  receiverServiceType: '送信先サービス種類コード',
  serial: 'ファイル連番',
  branch: '枝番',
  extension: '拡張子',
};
const segmentJa = (s: IssueParamsMap['file.nameInvalid']['segment']): string => (s === undefined ? '' : `（${SEGMENT_JA[s]}）`);

/** 文字の種類 of a character outside MS932 (`params.detail` of encoding.unmappable, .converted, .replaced). */
const CHAR_CLASS: { readonly [C in CharacterClass]: string } = {
  variant: 'JIS 系の記号',
  latin: 'ラテン文字・記号',
  control: '制御文字',
  kanji: '漢字',
  privateUse: '私用領域の文字',
  surrogate: '対になっていないサロゲート',
  supplementary: 'U+FFFF を超える文字：絵文字・一部の漢字など',
  other: '文字',
};

/** Japanese messages (default locale). Field names are part of the issue's location, not of the message. */
export const ja: Messages = {
  'encoding.invalidBytes': (p) => `Shift_JIS（MS932）として不正なバイト列です（${p.actual} バイト）。`,
  'encoding.userDefinedChar': () => '外字（ユーザー定義文字 F040–F9FC）は使用できません。',
  'encoding.utf8': (p) =>
    p.detail === 'bom'
      ? 'ファイルが UTF-8（BOM 付き）です。Shift_JIS（MS932）で保存してください。'
      : 'ファイルが UTF-8 で書かれています。Shift_JIS（MS932）で保存してください。',
  'encoding.utf16': () => 'ファイルが UTF-16（Excel の「Unicode テキスト」など）です。Shift_JIS（MS932）の CSV で保存し直してください。',
  'encoding.bom': () => 'MS932 の内容の前に BOM が付いています（UTF-8 ではありません）。BOM を削除してください。',
  'encoding.moreInField': (p) =>
    `この項目には、ほかに ${p.actual} 件の文字コードの問題があります（件数には含め、表示は 1 項目につき ${p.expected} 件まで）。`,
  'encoding.unmappable': (p) =>
    p.codePoint === undefined
      ? `MS932 で表せない文字（${CHAR_CLASS[p.detail]}）があります。MS932 の文字に置き換えてください。`
      : `文字 ${p.codePoint} は MS932 で表せません。MS932 の文字に置き換えてください。`,
  'encoding.converted': (p) =>
    p.codePoint === undefined || p.to === undefined
      ? `文字（${CHAR_CLASS[p.detail]}）を MS932 の字形に変換しました。`
      : `文字 ${p.codePoint} を MS932 の ${p.to} に変換しました。`,
  'encoding.substituted': (p) =>
    p.codePoint === undefined || p.to === undefined
      ? 'MS932 にない文字を、置き換え方針により通常の代替字で書き出しました。'
      : `MS932 にない文字 ${p.codePoint} を、置き換え方針により通常の代替字 ${p.to} で書き出しました。`,
  'encoding.outsideJisX0213': (p) =>
    p.codePoint === undefined
      ? `JIS X 0213（2027 年の WEB サービスの文字集合）にない文字があります${p.detail === 'substitute' ? '（通常の代替字があります）' : ''}。`
      : `文字 ${p.codePoint} は JIS X 0213（2027 年の WEB サービスの文字集合）にありません${p.to === undefined ? '' : `（通常の代替字: ${p.to}）`}。`,
  'encoding.nonCanonical': (p) =>
    `${p.actual} 文字が MS932 の重複コード（NEC 特殊文字・NEC 選定 IBM 拡張・IBM 拡張）で書かれています（有効です。書き出すと標準のコードになります）。`,
  'encoding.replaced': (p) =>
    p.codePoint === undefined
      ? `MS932 で表せない文字（${CHAR_CLASS[p.detail]}）を代替文字 ${p.to} に置き換えました。`
      : `MS932 で表せない文字 ${p.codePoint} を代替文字 ${p.to} に置き換えました。`,
  'csv.unterminatedQuote': () => 'ダブルクォートが閉じられていません。',
  'csv.quoteInUnquotedField': () => 'クォートされていない項目の中にダブルクォートがあります。',
  'csv.textAfterClosingQuote': () => '閉じダブルクォートの後、区切り文字の前に文字があります。',
  'csv.emptyLine': () => '空行があります（読み飛ばしました）。',
  'csv.columnCount': (p) => `項目数が ${p.actual} です。このレイアウトは ${p.expected} 項目です。`,
  'csv.unquotedFreeText': () => 'フリーテキスト項目はダブルクォートで囲む必要があります。',
  'csv.headerSkipped': () => '1 行目を見出し行として読み飛ばしました（仕様に見出し行はありません）。',
  'csv.lineBreak': (p) =>
    `${p.actual} 件のレコードの改行が CRLF ではなく ${p.detail === 'cr' ? 'CR' : p.detail === 'lf+cr' ? 'LF または CR' : 'LF'} です（有効です。書き出すと CRLF になります）。`,
  'csv.finalLineBreak': () => '最後のレコードに改行がありません（有効です。書き出すと CRLF が付きます）。',
  'csv.quoting': (p) =>
    `${p.actual} 個の項目のダブルクォートの付け方が標準形と異なります（コード・数値の項目を囲む、空のフリーテキストを囲まない。有効です。書き出すと標準形になります）。`,
  'limit.fileBytes': (p) => `ファイルが上限の ${p.expected} バイトを超えています。ここから先は読んでいません。`,
  'limit.recordBytes': (p) =>
    `レコードが上限の ${p.expected} バイトを超えているため読み飛ばしました` +
    (p.detail === 'openQuote' ? '（ダブルクォートが閉じられていない可能性があります）。' : '。'),
  'limit.fieldBytes': (p) => `項目が上限の ${p.expected} バイトを超えています（${p.actual} バイト）。この項目は検査していません。`,
  'limit.records': (p) =>
    p.detail === 'memory'
      ? `作成したレコードがこのファイルの大きさに応じたメモリの上限に達しました（${p.expected} 件）。ここから先は読んでいません（maxRecords を指定すると解除されます）。`
      : `レコード数が上限の ${p.expected} 件を超えています。ここから先は読んでいません。`,
  'limit.issues': (p) => `指摘が上限の ${p.expected} 件に達したため、これ以降の指摘は一覧にありません（エラー数・警告数はすべてを数えています）。`,
  'limit.errors': (p) => `エラーが上限の ${p.expected} 件（maxErrors）に達したため、ここから先は読んでいません。`,
  'limit.aborted': () => '読み込みが中止されました（signal）。ここから先は読んでいません。',
  'limit.deadline': (p) => `読み込みが期限の ${p.expected} ミリ秒を超えたため、ここから先は読んでいません。`,
  'limit.withdrawals': (p) => `送信単位の削除ファイルが取り下げるレコードは ${p.actual} 件です。一覧にあるのは上限の ${p.expected} 件までです。`,
  'field.required': () => '必須項目が空です。',
  'field.requiredUncertain': () => '必須かどうか仕様の復元テキストで不確かな項目が空です（厳格な読み方では必須）。',
  'field.tooLong': (p) => `項目長 ${p.expected} を超えています（${p.actual}）。`,
  'field.lengthAsPrinted': (p) => `仕様に印字された項目長 ${p.expected} を超えています（${p.actual}）。`,
  'field.integer': () => '整数（半角数字）で指定してください。',
  'field.date': () => '正しい日付（YYYYMMDD）ではありません。',
  'field.yearMonth': () => '正しい年月（YYYYMM）ではありません。',
  'field.time': () => '時刻は HHMM（0000～2359）または 9999 で指定してください。',
  'field.time2400': () => '終了時刻が 2400 です。時刻は HHMM（0000～2359）です（2400 は「その日の終わり」として読めます）。',
  'field.insurerNumber': () => '保険者番号は半角数字 6 桁です。',
  'field.insuredNumber': () => '被保険者番号は半角数字 10 桁、または H と半角数字 9 桁（生保単独）です。',
  'field.officeNumber': () => '事業所番号は半角数字 10 桁です。',
  'field.serviceCode': () => 'サービスコードは半角英数字 6 桁です。',
  'field.code': (p) => `コード表にない値です（指定できる値: ${list(p.allowed)}）。`,
  'field.dayFlags': () => '日割対象日は 0 または 1 の 31 文字です。',
  'field.csvVersion': () => 'CSVバージョンは半角数字 6 桁（YYYYMM）です。',
  'field.csvSpecialChar': () => 'フリーテキスト以外の項目に「"」「,」や改行は使えません。',
  'field.unused': () => '使用しない項目に値があります（空にしてください）。',
  'field.controlChar': (p) => `フリーテキストに制御文字（NUL・ESC など。タブと改行を除く）が ${p.actual} 個あります。画面に正しく表示されません。`,
  'field.decimal': () => '小数は 99.99 の形式（半角数字、小数点、小数 2 桁）で指定してください。',
  'field.postalCode': () => '郵便番号は XXX-XXXX（半角数字 3 桁、ハイフン、4 桁）です。',
  'field.fixed': (p) => `この項目の値は ${p.expected} 固定です。`,
  'record.rentalItemCode': () => '福祉用具貸与（サービス種類 17 / 67）では TAISコードまたは福祉用具届出コードが必要です。',
  'record.serviceDateOutsideMonth': () => 'サービス利用日が対象年月の範囲外です。',
  'record.fieldNotInVersion': (p) => `この項目は CSVバージョン ${p.expected} にはありません。空にしてください。`,
  'record.versionNotWritable': (p) => `CSVバージョン ${p.actual} は仕様の値ではないため書き出せません（${p.expected} を使用してください）。`,
  'record.unknownField': (p) => `レイアウトにない項目名です（${p.detail}）。`,
  'record.valueType': (p) => `項目の値は文字列、レコードはオブジェクトで指定してください（${p.actual}）。これは書き出しません。`,
  'record.groupGap': (p) => `繰り返し項目は 1 番目から詰めて設定してください（${p.expected} 番目が空で、${p.actual} 番目に値があります）。`,
  'record.groupTooLong': (p) => `繰り返し項目は最大 ${p.expected} 件です（${p.actual} 件あります）。`,
  'record.serviceTypeOutOfScope': (p) => `サービス種類 ${p.actual} は連携対象外です（連携対象外のサービス種類のレコードは作成しません）。`,
  'record.subtotalUnits': () => '小計・合計行（サービスコード {種類}AAAA / EEEE / ZZZZ、999999）の単位数は 0 です。',
  'record.subtotalNotEmpty': () => '小計・合計行（サービスコード {種類}AAAA / EEEE / ZZZZ、999999）ではこの項目は空にします。',
  'record.grandTotalProvider': (p) => `合計行（サービスコード 999999）のサービス事業所コードは ${p.expected} です。`,
  'record.reservedProviderCode': () => 'サービス事業所コード 9999999999 は合計行（サービスコード 999999）にだけ使います。',
  'record.planDatePlaceholder': () =>
    '対象年月が 000000（居宅サービス計画書 1～3 表に添付）のときは、居宅サービス計画作成（変更）日に実際の日付を指定してください（00000000 は不可）。',
  'record.planDateNotPlaceholder': () =>
    '対象年月に年月を指定したとき（第6表・第7表に添付）は、居宅サービス計画作成（変更）日は 00000000 にしてください。',
  'record.itemNoRange': () => '番号（ＮＯ）は 1～99 で指定してください（0 は使えません）。',
  'file.empty': () => 'ファイルにレコードがありません。',
  'file.headerRow': () => '1 行目が見出し行です（項目名、レコードのキー、または項目No.）。見出し行を削除してください。',
  'file.unknownKind': () => 'ファイルの種類を判別できません（ファイル名が仕様の形式ではなく、種類の指定もありません）。',
  'file.unknownVersion': (p) => `未対応の CSVバージョンです（${p.actual}）。202407 または 202208 を指定してください。`,
  'file.versionNotInKind': (p) => `${p.detail} は CSVバージョン ${p.actual} には存在しません（202407 から追加された様式です）。`,
  'file.versionAlias': (p) => `CSVバージョン ${p.actual} は仕様の値ではありません。${p.expected} として読み込みました。`,
  'file.mixedVersion': (p) => `1 ファイル内で CSVバージョンが混在しています（ファイルの CSVバージョン、${p.otherLine} 行目などの値と異なります）。`,
  'file.mixedMonth': (p) => `1 ファイル内で対象年月が混在しています（ファイルの対象年月、${p.otherLine} 行目などの値と異なります）。`,
  'file.versionMonth': (p) => `CSVバージョン ${p.actual} はこの対象年月には適用されません（${p.expected} を使用してください）。`,
  'file.nameInvalid': (p) => `ファイル名が仕様の形式ではありません${segmentJa(p.segment)}: ${NAME_PROBLEM[p.detail]}。形式は ${p.expected} です。`,
  'file.nameWarning': (p) => `ファイル名に注意が必要です${segmentJa(p.segment)}: ${NAME_PROBLEM[p.detail]}。形式は ${p.expected} です。`,
  'file.nameKind': (p) => `ファイル名の種類（${p.actual}）と指定された種類（${p.expected}）が一致しません。`,
  'file.nameMonth': (p) => `ファイル名の年月（${p.actual}）とレコードの対象年月（${p.expected}）が一致しません。`,
  'file.nameStyle': (p) => `ファイル名の形式（${p.actual}）が CSVバージョン ${p.expected} と合いません。`,
  'file.grandTotalMissing': () => 'この利用者（保険者番号・被保険者番号）に合計行（サービスコード 999999）がありません。利用者ごとに 1 行必要です。',
  'file.grandTotalDuplicate': (p) => `この利用者の合計行（サービスコード 999999）が複数あります（${p.otherLine} 行目にもあります）。`,
  'file.subtotalMissing': (p) =>
    `このサービス種類の明細が ${p.actual} 行ありますが、小計行（${p.expected}）がありません（区分支給限度対象外の種類であれば不要です）。`,
  'file.duplicateItemNo': (p) =>
    `同じ計画（保険者番号・被保険者番号・計画作成（変更）日）の中で、番号（課題ＮＯ など）の組み合わせが ${p.otherLine} 行目と重複しています。`,
  'unit.combination': (p) =>
    `送信単位のファイルの組み合わせ（${p.detail}）は、仕様の送信単位（計画書1～3表＋利用者補足情報、第6表＋第7表＋利用者補足情報、削除ファイル単独 など）に当たりません。`,
  'unit.duplicateFile': (p) => `送信単位に ${p.detail} のファイルが 2 つ以上あります。`,
  'unit.memberMissing': (p) => `送信単位に ${p.expected} のファイルがありません（${p.actual} と同じファイル連番で送るファイルです）。`,
  'unit.masterFileMissing': (p) =>
    `${p.actual} の親ファイル ${p.expected} が、同じ送信単位（ファイル連番・送信元・送信先が同じ）にありません。` +
    (p.detail === 'otherUnit' ? `同じファイル連番で送信元または送信先の異なる ${p.expected} があります。` : ''),
  'link.masterMissing': (p) =>
    `このレコードのキー（保険者番号・被保険者番号・${keyJa(p.detail)}）に一致する ${p.expected} のレコードが送信単位にありません（このキーのレコード ${p.actual} 件）。`,
  'link.dependantMissing': (p) =>
    `このレコードのキー（保険者番号・被保険者番号・${keyJa(p.detail)}）を持つ ${p.expected} のレコードが送信単位にありません。`,
  'link.table7TypeMissing': (p) => `第6表にあるサービス種類 ${p.expected} の行が、この利用者の第7表にありません。`,
  'link.table6TypeMissing': (p) => `第7表にあるサービス種類 ${p.expected} の行が、この利用者の第6表にありません。`,
  'link.subtotalMissing': (p) =>
    `この利用者の第6表にサービス種類 ${p.expected.slice(0, 2)} の明細（事業所・サービスコード）が ${p.actual} 種類あるので、第7表に小計行（${p.expected}）が必要です（区分支給限度対象外の種類であれば不要です）。`,
  'link.imageName': (p) =>
    `このファイルと同じ送信元・送信先・ファイル連番の画像ファイル名（UPKIHON_IMAGE_…_枝番.jpg）ではありません（${p.detail}）。`,
  'link.imageMissing': () => '指定された画像ファイルが送信単位にありません。',
  'link.imageUnreferenced': () => 'この画像ファイルを家族構成 画像ファイル名に指定した利用者基本情報が、送信単位にありません。',
};
