/**
 * The CLI's messages in Japanese: the reference table. `en.ts` has the same ids with the same parameters
 * (the type `Messages` is this table's; a test checks the ids at run time as well). Names in the
 * parameters are escaped by the caller or when printed; no field value ever reaches a message here.
 * @module
 */
import { USAGE } from './usage.js';
import { repairChangeMessage } from '../../repair/messages.js';
import type { RepairChangeKind } from '../../repair/repair.js';
import { COMBINATION_LABELS } from '../../units/labels.js';

const TYPE = {
  file: 'ファイル',
  directory: 'ディレクトリ',
  symlink: 'シンボリックリンク',
  fifo: '名前付きパイプ',
  socket: 'ソケット',
  characterDevice: 'キャラクタデバイス',
  blockDevice: 'ブロックデバイス',
  other: '不明な種類',
} as const;

const LIMITS_HELP = `読み取りの上限（ファイルごと。大きなファイルは上限まで少しずつ読み、limit.fileBytes になります）:
  --max-file-bytes N（既定 1G）  --max-record-bytes N（1M）  --max-field-bytes N（64K）
  --max-records N（10000000）    --max-issues N（ファイルごとに列挙する件数、1000）
  --max-errors N（この件数のエラーで読むのをやめる。既定: すべて読む）  --deadline-ms N（ファイルごとの上限ミリ秒）
  N は整数。K、M、G を付けると ×1024、×1024²、×1024³。`;

const PARSE_HELP = `  --kind KIND                    ファイルの種類（既定: ファイル名から）
  --include-values               issue に項目の値を含める（個人情報: 既定では含めません）
  --require-uncertain-fields     必須かどうか仕様書から読み取れない項目を必須とする
  --skip-header                  1 行目が CSVバージョンで始まらなければ見出し行として読み飛ばす（警告）
  --profile strict|standard|lenient
                                 仕様の読み方（既定 standard。docs/profiles.md）: 送信側は strict、受信側は
                                 lenient。設定ファイルの "rules" でコードごとに上書き
  --check-jisx0213               JIS X 0213（2027 年の WEB サービスの文字集合）にない文字を 1 文字ずつ警告する`;

const COMMON_HELP = `  --locale ja|en                 メッセージの言語（既定: 設定ファイル、LC_ALL/LC_MESSAGES/LANG、なければ ja）
  --config PATH                  設定ファイル（既定: careplan-csv.config.json を作業ディレクトリから上へ探す）
  --no-config                    設定ファイルを読まない
  -h, --help                     このヘルプ`;

const EXIT_HELP = `終了コード: 0 エラーなし（警告は可）、1 エラーのあるファイル・送信単位がある（diff: 差異がある、
--max-warnings を超える警告）、2 使い方か入出力の問題（読めない・読まなかったものがある）、3 内部エラー（不具合）`;

export const ja = {
  // ---- help ----
  helpMain: (): string => `careplan-csv — ケアプランデータ連携標準仕様の CSV ファイル（MS932 厳密）

使い方:
  ${USAGE.validate}
  ${USAGE.fix}
  ${USAGE.toJson}
  ${USAGE.fromJson}
  ${USAGE.diff}
  ${USAGE.explain}
  careplan-csv serve [OPTIONS]
  careplan-csv --version | --help | help COMMAND

validate   ファイルと、それらが作る送信単位（同じファイル連番・送信元・送信先: 組み合わせ、キーによる関連、
           第6表 ↔ 第7表、家族画像、削除ファイルが取り下げるもの）を検査します。ディレクトリは .CSV ファイルと
           UPKIHON_IMAGE の JPEG を探して読みます（通常のファイルのみ。シンボリックリンクは指定したディレクトリの
           中を指すものだけ）。読まなかったものは報告し、数えます。
           テキスト出力: FILE:LINE:COLUMN: severity code 項目名 message [(→ 関連ファイル:行)]
fix        読み方が一つに決まるところ（文字コード、改行、見出し行、先頭の 0、2025/5/1、6:00 など）を直して
           正規のファイルを書きます（--diff: 変更を表示、--dry-run: 書かない）
to-json    {kind, version, fileName, records} を出力します（--jsonl: 1 行に 1 レコード）。issue は標準エラーへ
from-json  {kind, records}（to-json の形）か JSON Lines を読み、正規の CSV ファイルを OUT に書きます
diff       第6表 予定（UPPLAN）と 実績（UPJSK）を比べます
explain    指摘コードの意味・よくある原因・対処を表示します（例: careplan-csv explain field.tooLong）
serve      検証用の小さな HTTP サービス（POST /validate、GET /health。docs/relay.md）

コマンドごとのヘルプ: careplan-csv COMMAND --help

${EXIT_HELP}

ファイルの種類はファイル名（例: UPPLAN_202505_…CSV）か --kind で決まります。
項目の値は --include-values を付けない限り出力しません（介護の情報は個人情報です）。
`,
  helpValidate: (): string => `使い方: ${USAGE.validate}

ファイルとディレクトリを検査し、送信単位としても検査します。

オプション:
  --format text|json|html        出力の形式（既定 text）。html: 印刷できる報告書（1 ファイルで完結、通信なし）
  -o, --out FILE                 標準出力ではなく FILE に書く（書き終えてから FILE の名前にします）
  --explain                      テキスト出力で、指摘ごとに対処を 1 行添える（JSON は常に help を含む）
  --quiet                        エラーだけを出力する（警告と取り下げの行を出さない。JSON は変わりません）
  --max-warnings N               警告が N 件を超えたら終了コード 1
  --jobs N                       N 個のスレッド（このスレッドと N-1 個のワーカー）で並行して検査する（既定:
                                 ファイルが計 32 MiB 以上なら使えるコア数、それ未満は 1: このスレッドだけ）。
                                 出力は N によらず同じ
  --units                        送信単位に足りないファイル（unit.memberMissing、unit.masterFileMissing）を常に指摘する
  --no-units                     足りないファイルを指摘しない（既定: 2 ファイル以上の送信単位だけ指摘する）
${PARSE_HELP}
${COMMON_HELP}

${LIMITS_HELP}

${EXIT_HELP}
`,
  helpToJson: (): string => `使い方: ${USAGE.toJson}

CSV ファイルを読み、{kind, version, fileName, records} を JSON で標準出力に書きます（レコードは読みながら
書くので、大きなファイルでもメモリは増えません）。issue は標準エラーへ。

オプション:
  --jsonl                        JSON Lines: 1 行に 1 レコード（kind などの見出しなし）
  --quiet                        エラーの issue だけを出力する
  --max-warnings N               警告が N 件を超えたら終了コード 1
${PARSE_HELP}
${COMMON_HELP}

${LIMITS_HELP}

${EXIT_HELP}
`,
  helpFromJson: (): string => `使い方: ${USAGE.fromJson}

to-json の JSON（{kind, records}）か、--jsonl で JSON Lines（1 行に 1 レコード）を読み、正規の CSV ファイルを
OUT に書きます。エラーがあれば書きません（--allow-invalid を除く）。JSON Lines は少しずつ読み書きします。
レコードの指摘は、そのレコードが始まる JSON の位置に示します（JSON:行:列。JSON Lines は JSON:行）。

オプション:
  -o, --out OUT                  書き出すファイル（必須。名前も検査します）
  --jsonl                        入力は JSON Lines（種類は --kind か OUT の名前から）
  --kind KIND                    ファイルの種類（--jsonl のとき。既定: OUT の名前から）
  --allow-invalid                エラーがあっても書く（符号化できない文字があるときは書きません）
  --variants convert|error       〜 ‖ − ¢ £ ¬ — を MS932 の字形に直す（既定 convert、警告）か、エラーにする
  --replace-unmappable CHAR      MS932 にない文字を CHAR で置き換える（既定: エラー）
  --include-values               issue に項目の値を含める
  --require-uncertain-fields     必須かどうか仕様書から読み取れない項目を必須とする
  --profile strict|standard|lenient
                                 書き出すレコードの検査の読み方（既定 standard）
  --substitute jisx0213          MS932 にない JIS X 0213 の文字を通常の代替字で書き出す（1 件ずつ報告。
                                 既定: エラー。docs/jisx0213.ja.md）
  --quiet                        エラーの issue だけを出力する
  --max-warnings N               警告が N 件を超えたら終了コード 1
${COMMON_HELP}

${EXIT_HELP}
`,
  helpDiff: (): string => `使い方: ${USAGE.diff}

第6表 予定（UPPLAN）と 実績（UPJSK）を利用者・月ごとに比べ、差異を 1 行ずつ出力します: missing（予定に
あって実績にない）、extra（実績にあって予定にない）、changed（列が違う）。比べるのは ACTUAL にある事業所と
サービス種類だけです（--all-providers: 予定の全行）。どちらが予定でどちらが実績かはファイル名（UPPLAN、UPJSK）
か内容（作成年月日が対象年月より後なら実績）から判別するので、順序は問いません。同じ種類の 2 ファイルは
終了コード 2 で拒否します。被保険者番号と自由記述は --include-values のときだけ
出力します。

オプション:
  --format text|json             出力の形式（既定 text）
  --all-providers                予定の全行を比べる
  --include-values               被保険者番号と自由記述を出力する
${COMMON_HELP}

終了コード: 0 差異なし、1 差異あり、2 使い方か入出力の問題、または照合を妨げるエラーのあるファイル（validate で
確認してください）、3 内部エラー
`,
  helpServe: (): string => `使い方: ${USAGE.serve}

POST /validate?name=FILE の本文を検査し、validate の JSON 結果を返す HTTP サービスです（GET /health も）。
ベンダーのアップロード窓口の隣で動かすためのもので、アップロードの内容は名前も含めて記録しません。

オプション:
  --port N                       待ち受けるポート（既定 8080。0: 空いているポート）
  --host H                       待ち受けるアドレス（既定 127.0.0.1）
  --workers N                    検査のワーカースレッド数（既定: CPU 数）
  --deadline-ms N                1 件の読み取りと検査の上限ミリ秒（既定 2000。超えると limit.deadline）
  --max-body-bytes N             本文の上限バイト数（既定 32M。K/M/G 可）
  --idle-ms N                    本文が届かないまま待つ上限ミリ秒（既定 10000。超えると 408）
  --total-ms N                   1 リクエスト全体の上限ミリ秒（既定 30000。超えると 408）
  --max-queue N                  ワーカーを待つアップロードの上限（既定 ワーカーあたり 64。超えると 503）
  --max-issues N                 結果に載せる issue の上限
  --max-errors N                 この件数のエラーで読むのをやめる（既定 100。0: すべて）
  --profile strict|standard|lenient
                                 アップロードを検査する仕様の読み方（既定 standard。docs/profiles.md）
  --check-jisx0213               JIS X 0213 にない文字を 1 文字ずつ警告する
  --quiet                        リクエストごとのログ行を出さない
${COMMON_HELP}

終了コード: 0 起動した（プロセスは動き続けます。SIGTERM か SIGINT で止まります）、2 使い方の問題か待ち受けられない
`,
  serveListening: (p: { url: string }): string => `serve: ${p.url} で待ち受けています`,
  serveStopping: (_: Record<string, never>): string => 'serve: 停止しています（処理中のリクエストを待ちます）',
  serveStopped: (_: Record<string, never>): string => 'serve: 停止しました',
  serveCannotListen: (p: { error: string }): string => `serve: 待ち受けられません（${p.error}）`,
  unexpectedArgument: (p: { command: string; got: string }): string => `${p.command} は引数を取りません（${p.got}）`,
  helpExplain: (): string => `使い方: ${USAGE.explain}

指摘コード（validate などの出力の code）ごとに、意味・よくある原因・対処・params の型を表示します。
fix が表示する変更の種類（lineBreak、leadingZeros など）には、その変更と直す指摘を、指摘のヒント（JSON の
hint.code: utf8Content、otherKind など）には、推定される原因とそれが付く指摘を表示します。
一覧は docs/issue-codes.md にあります。

オプション:
${COMMON_HELP}

終了コード: 0 表示した、2 不明なコード
`,
  explainCauses: (): string => 'よくある原因:',
  explainChange: (p: { kind: RepairChangeKind }): string => `${p.kind}（fix の変更）`,
  explainChangeMends: (): string => '直す指摘:',
  explainHint: (p: { hint: string }): string => `${p.hint}（推定される原因: 指摘のヒント）`,
  explainHintMended: (): string => 'fix で直せます。',
  explainHintNotMended: (): string => 'fix では直せません。どのファイルかを確かめてください。',
  explainHintIssues: (): string => 'このヒントが付く指摘:',
  explainChangeValues: (): string => '直す指摘: 値の指摘（field.*）のうち、推定される原因が次のもの',
  explainProfiles: (): string => 'プロファイルごとの区分:',
  hintLine: (p: { message: string; repairable: boolean }): string =>
    `推定される原因: ${p.message}${p.repairable ? '（careplan-csv fix で修正できます）' : ''}`,
  helpFix: (): string => `使い方: ${USAGE.fix}

読み方が一つに決まるところだけを直し、正規の CSV ファイル（MS932、CRLF、フリーテキストだけを引用符で囲む）を
OUT に書きます: 文字コード（UTF-8 → MS932、BOM、MS932 の重複コード、JIS 形の文字）、形（改行、最終行の改行、
空行、見出し行、引用符）、値（CSVバージョンの別名、先頭の 0、2025/5/1 や 6:00 の形式、全角の数字・英字、
フリーテキスト以外の値の前後の空白）。
それ以外（誤ったコード、欠けた必須項目、存在しない日付など）は直さず、結果の検査で issue として示します。
DIR を与えると、その中の .CSV ファイルをそれぞれ OUT ディレクトリ（既存）の同じ名前に書きます。

オプション:
  -o, --out OUT                  書き出すファイル（DIR のときは既存のディレクトリ）
  --dry-run                      何も書かない（変更と残る issue だけを示す）
  --diff                         変更を 1 件ずつ表示する（値は --include-values のときだけ）
  --substitute jisx0213          UTF-8 の入力で MS932 にない文字を通常の代替字で書き出す（1 件ずつ変更として報告。
                                 既定: 直さずエラー）
  --quiet                        エラーの issue だけを出力する
${PARSE_HELP}
${COMMON_HELP}

${LIMITS_HELP}

終了コード: 0 直した結果にエラーがない、1 エラーが残る（または書き直せないファイルがある）、2 使い方か入出力の問題、3 内部エラー。
`,
  fixChange: (p: { kind: RepairChangeKind; count: number }): string => repairChangeMessage(p.kind, p.count, 'ja'),
  fixSummary: (p: { file: string; target: string | null; changes: number; errors: number }): string =>
    `${p.file}: 変更 ${p.changes} 件${p.target === null ? '（書き出しなし）' : ` → ${p.target}`}${p.errors > 0 ? `、エラーが ${p.errors} 件残っています` : ''}`,
  fixNotWritten: (p: { file: string; errors: number }): string =>
    `${p.file}: 書き直せません（レコードを正しく読めないか、MS932 にない文字があります。エラー ${p.errors} 件）`,
  explainRemedy: (): string => '対処:',
  explainMore: (): string => '一覧:',
  usageLine: (p: { usage: string }): string => `使い方: ${p.usage}`,
  seeHelp: (p: { command: string | null }): string => `詳しくは careplan-csv ${p.command === null ? '' : `${p.command} `}--help を参照してください`,

  // ---- usage errors ----
  noCommand: (_: Record<string, never>): string => 'コマンドがありません',
  unknownCommand: (p: { name: string; suggestion: string | null }): string =>
    `不明なコマンド ${p.name}${p.suggestion === null ? '' : `（もしかして ${p.suggestion}？）`}`,
  unknownFlag: (p: { flag: string; command: string; suggestion: string | null }): string =>
    `${p.command} に ${p.flag} というオプションはありません${p.suggestion === null ? '' : `（もしかして ${p.suggestion}？）`}`,
  missingValue: (p: { flag: string }): string => `${p.flag} には値が必要です`,
  noValueExpected: (p: { flag: string }): string => `${p.flag} は値を取りません`,
  conflictingFlags: (p: { a: string; b: string }): string => `${p.a} と ${p.b} は同時に指定できません`,
  badChoice: (p: { name: string; choices: readonly string[]; got: string }): string =>
    `${p.name} は ${p.choices.join('、')} のどれかです（指定: ${p.got}）`,
  badNumber: (p: { name: string; got: string }): string => `${p.name} は整数（K、M、G を付けてもよい）です（指定: ${p.got}）`,
  badCount: (p: { name: string; got: string }): string => `${p.name} は整数です（指定: ${p.got}）`,
  outOfRange: (p: { name: string; min: number; max: number | null }): string =>
    `${p.name} は ${p.min}${p.max === null ? ' 以上' : ` から ${p.max} まで`}の整数です`,
  badText: (p: { name: string }): string => `${p.name} は 1 文字以上の文字列です`,
  needsPaths: (_: Record<string, never>): string => 'validate には DIR か FILE を 1 つ以上指定します',
  needsOneFile: (p: { command: string }): string => `${p.command} には FILE をちょうど 1 つ指定します`,
  needsOut: (_: Record<string, never>): string => 'from-json には -o OUT が必要です',
  needsOutFix: (_: Record<string, never>): string => 'fix には -o OUT が必要です（書き出さないなら --dry-run）',
  needsTwoFiles: (_: Record<string, never>): string => 'diff にはファイルを 2 つ（PLAN ACTUAL）指定します',
  needsIssueCode: (_: Record<string, never>): string => 'explain には指摘コード（例: field.tooLong）を 1 つ以上指定します',
  unknownIssueCode: (p: { code: string; suggestion: string | null }): string =>
    `不明な指摘コード ${p.code}${p.suggestion === null ? '' : `（もしかして ${p.suggestion}？）`}`,
  jsonlNeedsKind: (p: { out: string }): string => `--jsonl では --kind か、種類の分かる OUT の名前が必要です（${p.out}）`,

  // ---- config file ----
  configUnreadable: (p: { file: string; error: string }): string => `設定ファイル ${p.file} を読めません（${p.error}）`,
  configNotJson: (p: { file: string; line: number; column: number }): string =>
    `設定ファイル ${p.file} は正しい JSON ではありません（${p.line} 行 ${p.column} 文字目）`,
  configNotObject: (p: { file: string }): string => `設定ファイル ${p.file} は JSON のオブジェクト {…} ではありません`,
  configUnknownKey: (p: { file: string; key: string; suggestion: string | null }): string =>
    `設定ファイル ${p.file}: "${p.key}" という設定はありません${p.suggestion === null ? '' : `（もしかして "${p.suggestion}"？）`}`,
  configBadType: (p: { file: string; key: string; expected: 'boolean' | 'string' | 'number' | 'replacement' | 'rules' }): string =>
    `設定ファイル ${p.file}: "${p.key}" は${{ boolean: ' true か false ', string: '文字列', number: '数（または "1G" のような文字列）', replacement: ' "error" か {"replacement": "〓"} ', rules: 'エラーコード → "off"・"info"・"warning"・"error" のオブジェクト' }[p.expected]}です`,
  configUnknownRule: (p: { file: string; code: string; suggestion: string | null }): string =>
    `設定ファイル ${p.file}: "rules" のエラーコード "${p.code}" はありません${p.suggestion === null ? '' : `（もしかして "${p.suggestion}"？）`}`,

  // ---- I/O ----
  cannotRead: (p: { file: string; error: string }): string => `${p.file} を読めません（${p.error}）`,
  noCsvToFix: (p: { file: string }): string => `${p.file} には直す .CSV ファイルがありません`,
  cannotWrite: (p: { file: string; error: string }): string => `${p.file} に書けません（${p.error}）`,
  notUtf8: (p: { file: string }): string => `${p.file} は UTF-8 のテキストではありません`,
  notJson: (p: { file: string; line: number; column: number }): string => `${p.file} は正しい JSON ではありません（${p.line} 行 ${p.column} 文字目）`,
  notToJsonShape: (p: { file: string }): string => `${p.file} は {"kind": KIND, "records": [...]}（to-json の出力）の形ではありません`,
  notRecordLine: (p: { file: string; line: number }): string => `${p.file} の ${p.line} 行目は JSON のオブジェクト（1 レコード）ではありません`,
  jsonRecord: (p: { n: number }): string => `レコード ${p.n}`,
  notWritten: (p: { file: string }): string => `${p.file} は書き出しませんでした（エラーがあります）`,
  tooManyWarnings: (p: { count: number; max: number }): string => `警告が多すぎます（${p.count} 件、上限 ${p.max} 件: --max-warnings）`,
  internalError: (p: { file: string | null; detail: string }): string =>
    `内部エラー${p.file === null ? '' : `（${p.file} の処理中）`}: ${p.detail}（不具合です。報告してください）`,

  // ---- validate ----
  skippedNotRegular: (p: { type: keyof typeof TYPE }): string => `通常のファイルではないので読みません（${TYPE[p.type]}）`,
  skippedLinkOutside: (_: Record<string, never>): string => '指定したディレクトリの外を指すシンボリックリンクなので読みません',
  skippedNoFiles: (_: Record<string, never>): string => '検査するファイル（.CSV ファイル、UPKIHON_IMAGE_….jpg）がどの階層にもないディレクトリです',
  skippedDirUnreadable: (p: { error: string }): string => `ディレクトリを読めません（${p.error}）`,
  skippedUnreadable: (p: { error: string }): string => `読めません（${p.error}）`,
  skippedSummary: (p: { n: number; checked: number }): string =>
    `読まなかったもの ${p.n} 件（careplan-csv: の行を参照）${p.checked === 0 ? '。検査したファイルはありません' : '。検査は完全ではありません'}`,
  filesSummary: (p: { files: number; errors: number; warnings: number; infos: number; invalidFiles: number }): string =>
    `${p.files} ファイル: エラー ${p.errors} 件、警告 ${p.warnings} 件${p.infos > 0 ? `、情報 ${p.infos} 件` : ''}（エラーのあるファイル ${p.invalidFiles}）`,
  unitsSummary: (p: { units: number; invalid: number; warnings: number; unitErrors: number; unitWarnings: number }): string =>
    `${p.units} 送信単位: 不合格 ${p.invalid}、警告あり ${p.warnings}（ファイル間の検査: エラー ${p.unitErrors} 件、警告 ${p.unitWarnings} 件）`,
  unitVerdict: (p: { label: string; combination: string; invalid: boolean; errors: number; warnings: number }): string =>
    `${p.label} ${p.combination}: ${p.invalid ? '不合格' : '警告あり'}（ファイルとファイル間のエラー ${p.errors} 件、警告 ${p.warnings} 件）`,
  withdrawal: (p: { where: string; what: string; month: string; cascade: string; key: string }): string =>
    `${p.where} 取り下げ ${p.what}${p.month}${p.cascade === '' ? '' : `（連動: ${p.cascade}）`}${p.key}`,
  progress: (p: { done: number; total: number; rate: number }): string => `${p.done}/${p.total} ファイル（${p.rate} ファイル/秒）`,
  combination: COMBINATION_LABELS.ja as { readonly [id: string]: string },

  // ---- diff ----
  diffNotTable6: (p: { file: string; kind: string }): string =>
    `${p.file} は第6表のファイル（UPPLAN か UPJSK）ではありません（名前の種類: ${p.kind}）`,
  diffSameKind: (p: { first: string; second: string; kind: string }): string =>
    `${p.first} と ${p.second} はどちらも ${p.kind} です: diff には 予定（UPPLAN）と 実績（UPJSK）を 1 つずつ指定します`,
  diffNoteOrder: (p: { plan: string; actual: string }): string =>
    `注意: ファイル名からも内容からも予定・実績を判別できないため、指定順に ${p.plan} を予定、${p.actual} を実績として比べます`,
  diffBlocked: (p: { file: string; n: number }): string => `${p.file} に照合を妨げるエラーが ${p.n} 件あるため比較できません`,
  diffNoteErrors: (p: { file: string; n: number }): string =>
    `注意: ${p.file} に照合列以外のエラーが ${p.n} 件あります（validate で確認してください）`,
  diffNoteMonths: (p: { plan: string; planMonths: string; actual: string; actualMonths: string }): string =>
    `注意: 対象年月が異なります（${p.plan}: ${p.planMonths}、${p.actual}: ${p.actualMonths}）`,
};

export type Messages = typeof ja;
