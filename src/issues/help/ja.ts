/** 指摘コードごとの意味・よくある原因・対処（日本語）。 @module */
import type { IssueHelpTable } from './types.js';

const SPREADSHEET = '表計算ソフトで開いて保存したため値が変わった（先頭の 0 が消えた、日付の書式が変わった）。';
const SENDER_SOFTWARE = '送信元のソフトウェアがこの項目を誤って出力している（ファイルの送信元のベンダーに確認してください）。';

export const ja: IssueHelpTable = {
  'encoding.invalidBytes': {
    meaning: 'Shift_JIS（MS932）として読めないバイト列があります。',
    causes: ['別の文字コード（EUC-JP、UTF-16）で保存されたか、テキストファイルではない。', '転送の途中でファイルが切れた・壊れた。'],
    remedy: '作成したソフトウェアから Shift_JIS（MS932）で保存し直して、再送してください。',
  },
  'encoding.userDefinedChar': {
    meaning: '外字（ユーザー定義文字 F040–F9FC）があります。パソコンごとに違う文字に見えます。',
    causes: ['氏名の珍しい漢字を送信元のパソコンで外字として登録している。'],
    remedy: '送信元のソフトウェアで標準の文字（常用の字体など）に置き換えてください。',
  },
  'encoding.utf8': {
    meaning: 'ファイルが UTF-8 です。仕様は Shift_JIS（MS932）です。',
    causes: ['テキストエディタや表計算ソフトが UTF-8（既定）で保存した。'],
    remedy: 'Shift_JIS（MS932。日本語 Windows の「ANSI」）で保存し直して再送してください。',
  },
  'encoding.bom': {
    meaning: 'Shift_JIS（MS932）の内容の前に UTF-8 の BOM（EF BB BF）が付いています。BOM の後ろは MS932 として読みました。',
    causes: ['「Excel で開けるように」と BOM を付ける処理が、MS932 のファイルにも BOM を付けた。'],
    remedy: '先頭 3 バイトの BOM を外してください（`careplan-csv fix` で外せます）。',
  },
  'encoding.moreInField': {
    meaning: '1 項目の文字コードの問題が、項目ごとに表示する件数を超えました。残りはこの 1 件にまとめて数えています。',
    causes: ['項目がバイナリデータや別の文字コードの文（すべての文字が問題になる）。'],
    remedy: '一覧にある問題を直してください（多くは項目全体が別の文字コードです）。件数には残りも含まれます。',
  },
  'encoding.unmappable': {
    meaning: 'MS932 で表せない文字（絵文字、JIS X 0208・IBM 拡張にない漢字）があります。',
    causes: ['Web ページやスマートフォンから貼り付けた文字。', 'MS932 にない字で氏名を書いた。'],
    remedy: 'MS932 にある文字に置き換えるか、`unmappable: { replacement }` で代替文字を指定して書き出してください。',
  },
  'encoding.converted': {
    meaning: '文字を MS932 の形に変換して書き出しました（例: 波ダッシュ U+301C → 全角チルダ U+FF5E）。',
    causes: ['macOS や Linux で入力した記号（Windows と符号位置が違う）。'],
    remedy: '変換後の文字で問題なければ対処は不要です。変換を認めない場合は `variants: "error"` で書き出してください。',
  },
  'encoding.replaced': {
    meaning: 'MS932 で表せない文字を、指定された代替文字に置き換えました。',
    causes: ['レコードに MS932 にない文字があり、`unmappable.replacement` が指定された。'],
    remedy: '置き換え後の文が正しく読めるか確認してください。元データの文字を直すのが確実です。',
  },
  'encoding.nonCanonical': {
    meaning: 'MS932 の重複コード（NEC 特殊文字・IBM 拡張）で書かれた文字があります。有効ですが、書き出すと標準のコードになります。',
    causes: ['NEC 選定 IBM 拡張のコードを使う古い Windows ソフトウェア。'],
    remedy: '対処は不要です（ファイルは有効です）。',
  },
  'csv.unterminatedQuote': {
    meaning: '項目を開くダブルクォートが閉じられていません。ファイルの残りが 1 項目になってしまいます。',
    causes: ['フリーテキストの末尾に「"」が 1 つだけある。', 'クォートされた項目の途中でファイルが切れた。'],
    remedy: '送信元のソフトウェアでクォートを閉じるか、文中の「"」を「""」と 2 つ重ねてください。',
  },
  'csv.quoteInUnquotedField': {
    meaning: 'ダブルクォートで始まらない項目の中に「"」があります。',
    causes: ['「"」を含む文を、項目をクォートせずに書いた。'],
    remedy: '項目をクォートし、中の「"」を「""」にしてください。',
  },
  'csv.textAfterClosingQuote': {
    meaning: '閉じダブルクォートの後、区切りのカンマの前に文字があります。',
    causes: ['クォートされた文の中の「"」が 2 つ重ねられていない。'],
    remedy: 'クォートされた文の中の「"」はすべて「""」にしてください。',
  },
  'csv.emptyLine': {
    meaning: 'レコードの間に空行があり、読み飛ばしました。',
    causes: ['エディタが空行を加えた（ファイル末尾に多い）。'],
    remedy: '空行を削除してください（このライブラリでは無害ですが、受け付けない受信側もあります）。',
  },
  'csv.columnCount': {
    meaning: 'レコードの項目数が、この種類・バージョンのレイアウトと違います。',
    causes: ['フリーテキストのカンマがクォートされていない。', 'ファイル名や 1 列目の示す種類・バージョンと中身が違う。', SPREADSHEET],
    remedy: '種類（ファイル名または `--kind`）と 1 列目の CSVバージョンを確認し、カンマを含むフリーテキストはクォートしてください。',
  },
  'csv.unquotedFreeText': {
    meaning: 'フリーテキスト項目がダブルクォートで囲まれていません。仕様ではフリーテキストは必ず囲みます。',
    causes: ['送信元のソフトウェアがカンマを含む項目だけをクォートしている。'],
    remedy: 'フリーテキスト項目はすべてクォートしてください。このライブラリで書き出せばそうなります。',
  },
  'csv.headerSkipped': {
    meaning: '1 行目を見出し行として読み飛ばしました（`skipHeader`）。仕様に見出し行はありません。',
    causes: ['表計算ソフトからの出力で列名が付いた。'],
    remedy: '送る前に見出し行を削除してください。',
  },
  'csv.lineBreak': {
    meaning: 'レコードの改行が CRLF ではなく LF または CR です。有効ですが、書き出すと CRLF になります。',
    causes: ['macOS や Linux で作成・編集した。'],
    remedy: '対処は不要です（ファイルは有効です）。',
  },
  'csv.finalLineBreak': {
    meaning: '最後のレコードに改行がありません。有効ですが、書き出すと CRLF が付きます。',
    causes: ['エディタが最後の改行を削除した。'],
    remedy: '対処は不要です（ファイルは有効です）。',
  },
  'csv.quoting': {
    meaning: 'ダブルクォートの付け方が標準形と異なる項目があります（コードを囲む、空のフリーテキストを囲まない）。有効です。',
    causes: ['送信元のソフトウェアがすべての項目を囲む、またはどれも囲まない。'],
    remedy: '対処は不要です（ファイルは有効です）。',
  },
  'limit.fileBytes': {
    meaning: 'ファイルが `maxFileBytes` を超えています。ここから先は読んでいません。',
    causes: ['非常に大きなファイル、またはケアプランのファイルではない。', '中継サーバーなどで上限を意図して低くしている。'],
    remedy: '正しいファイルであれば `maxFileBytes`（`--max-file-bytes`）を上げるか、ファイルを分けてください。',
  },
  'limit.recordBytes': {
    meaning: 'レコードが `maxRecordBytes` を超えているため読み飛ばしました。',
    causes: ['閉じられていないダブルクォートのために多くの行が 1 レコードになった。', 'CSV ファイルではない。'],
    remedy: '示された行の近くで閉じていない「"」を探してください。本当に長いレコードの場合だけ上限を上げてください。',
  },
  'limit.fieldBytes': {
    meaning: '項目が `maxFieldBytes` を超えているため、その項目は検査していません。',
    causes: ['クォートの誤りで多くの項目が 1 つになった。', '項目にバイナリデータがある。'],
    remedy: '項目を直してください（多くはクォート）。本当に長い値の場合だけ上限を上げてください。',
  },
  'limit.records': {
    meaning: 'レコード数が `maxRecords`（またはファイルの大きさに応じたメモリの上限）を超えました。ここから先は読んでいません。',
    causes: ['非常に大きなファイル。', '上限を意図して低くしている。'],
    remedy: '`maxRecords`（`--max-records`）を上げるか、ストリーミング API で読んでください。',
  },
  'limit.issues': {
    meaning: '指摘が `maxIssues` に達しました。以降の指摘は数えていますが一覧にはありません。',
    causes: ['すべての行で同じ問題が起きている（種類や文字コードの誤り）。'],
    remedy: '一覧の最初の指摘を直してください（多くの場合残りも解消します）。または `maxIssues`（`--max-issues`）を上げてください。',
  },
  'limit.errors': {
    meaning: 'エラーが `maxErrors` 件に達したため読み込みを止めました（早期終了）。ここから先は読んでいません。',
    causes: ['中継サーバや検査が「不正かどうかと最初の指摘」だけを求めた。'],
    remedy: '一覧のエラーを直して検査し直すか、`maxErrors` を上げる（または指定しない）とファイル全体を読みます。',
  },
  'limit.aborted': {
    meaning: '呼び出し側の `signal`（AbortSignal）で読み込みが中止されました。ここから先は読んでいません。',
    causes: ['アップロードが取り消された、またはサーバが検査を止めた（停止、接続切れ）。'],
    remedy: 'もう一度検査してください。毎回サーバに止められる場合はサーバの記録と上限を確認してください（docs/relay.md）。',
  },
  'limit.deadline': {
    meaning: '読み込みが `deadlineMs` を超えたため止めました。ここから先は読んでいません。',
    causes: ['非常に大きなファイル、検査に時間がかかるよう作られたファイル（悪意のあるアップロード）、またはサーバの過負荷。'],
    remedy: '小さなファイルで検査するか分割してください。サーバの運用者は `deadlineMs` を上げられます（docs/relay.md）。',
  },
  'limit.withdrawals': {
    meaning: '送信単位の削除ファイルが取り下げるレコードが `maxWithdrawals` を超えたため、最初の分だけを一覧にしています。',
    causes: ['大きな削除ファイル。'],
    remedy: 'すべての一覧が必要であれば `maxWithdrawals` を上げてください。',
  },
  'field.required': {
    meaning: '必須項目が空です。',
    causes: ['送信元のソフトウェアで値が入力されていない。', 'カンマが欠けて列がずれた。'],
    remedy: '送信元のソフトウェアで値を入力して、出力し直してください。',
  },
  'field.tooLong': {
    meaning: '値がレイアウトの項目長（`params.expected`）を超えています（`params.actual` が値の長さ）。',
    causes: ['フリーテキストが仕様の長さより長い。', '2 つの値が 1 つの項目につながった。'],
    remedy: '項目長以内に短くしてください（文字列は文字数、数値は桁数）。',
  },
  'field.integer': {
    meaning: '整数を半角数字で書く項目です。',
    causes: ['全角数字（１２３）、符号、小数点、桁区切りがある。', SPREADSHEET],
    remedy: '半角数字 0–9 だけで書いてください。',
  },
  'field.date': {
    meaning: 'YYYYMMDD の正しい日付ではありません。',
    causes: ['表計算ソフトが日付の書式を変えた（2025/05/01、2025-5-1）。', '存在しない日（20250230、20250229）。'],
    remedy: '実在する日を 8 桁の YYYYMMDD で書いてください。',
  },
  'field.yearMonth': {
    meaning: 'YYYYMM（月は 01–12）の年月ではありません。',
    causes: [SPREADSHEET, '00 月や 13 月。'],
    remedy: '6 桁の YYYYMM で書いてください。',
  },
  'field.time': {
    meaning: 'HHMM（0000–2359）の時刻でも 9999（時刻なし）でもありません。',
    causes: ['コロン付き（09:30）や 24:00。'],
    remedy: '4 桁の HHMM か 9999 で書いてください。',
  },
  'field.insurerNumber': {
    meaning: '保険者番号は半角数字 6 桁です。',
    causes: ['表計算ソフトが先頭の 0 を消した（012345 → 12345）。', '全角数字。'],
    remedy: '先頭の 0 を含めて 6 桁すべてを書いてください。表計算ソフトでは列を文字列にしてください。',
  },
  'field.insuredNumber': {
    meaning: '被保険者番号は半角数字 10 桁、または H と数字 9 桁（生保単独）です。',
    causes: ['表計算ソフトが先頭の 0 を消した。', '全角文字やハイフン。'],
    remedy: '先頭の 0 を含めて 10 文字すべてを書いてください。',
  },
  'field.officeNumber': {
    meaning: '事業所番号は半角数字 10 桁です。',
    causes: ['表計算ソフトが先頭の 0 を消した。', 'ハイフンや空白がある。'],
    remedy: '先頭の 0 を含めて 10 桁すべてを書いてください。',
  },
  'field.serviceCode': {
    meaning: 'サービスコードは半角英数字 6 桁です。',
    causes: ['全角文字、または桁数の違うコード。'],
    remedy: 'サービスコード表の 6 桁のコードを書いてください。',
  },
  'field.code': {
    meaning: '項目のコード表にない値です（指定できる値は `params.allowed`）。',
    causes: ['仕様の別の版のコード。', SENDER_SOFTWARE],
    remedy: '指定できる値のどれかを使ってください（種類ごとのレイアウトのページを参照）。',
  },
  'field.dayFlags': {
    meaning: '日割対象日は 0 か 1 の 31 文字です。',
    causes: ['小の月に 31 文字より少なく書いた（項目は常に 31 文字）。'],
    remedy: '月末より後の日は 0 で埋めて 31 文字にしてください。',
  },
  'field.csvVersion': {
    meaning: '1 列目の CSVバージョンは半角数字 6 桁です。',
    causes: ['ケアプランのファイルではない、または 1 列目が欠けている。'],
    remedy: 'すべてのレコードの 1 列目にバージョン（第4.1版は 202407）を書いてください。',
  },
  'field.csvSpecialChar': {
    meaning: 'フリーテキスト以外の項目に「"」「,」や改行があります。',
    causes: ['コードや数値の項目に、ほかから貼り付けた文がある。'],
    remedy: 'その文字を削除してください。これらを書けるのはフリーテキスト（クォート付き）だけです。',
  },
  'field.unused': {
    meaning: '仕様で使用しない項目に値があります。空にします。',
    causes: ['カンマの過不足で列がずれた。', SENDER_SOFTWARE],
    remedy: 'その項目を空にしてください。',
  },
  'field.controlChar': {
    meaning: 'フリーテキストに制御文字（NUL・ESC など。タブと改行を除く）があります。',
    causes: ['ほかのプログラムから貼り付けた文、またはバイナリデータ。'],
    remedy: '制御文字を削除してください。',
  },
  'field.decimal': {
    meaning: '小数は 99.99 の形式（半角数字、小数点、小数 2 桁）で書きます。',
    causes: ['小数が 1 桁（1.5）、または小数点にカンマを使った。', SPREADSHEET],
    remedy: '99.99 の形式（数字、小数点、小数 2 桁）で書いてください。',
  },
  'field.postalCode': {
    meaning: '郵便番号は XXX-XXXX です。',
    causes: ['ハイフンがない（1000001）、または全角数字。'],
    remedy: '数字 3 桁、ハイフン、数字 4 桁で書いてください。',
  },
  'field.fixed': {
    meaning: 'この項目の値は固定です（`params.expected`）。',
    causes: [SENDER_SOFTWARE],
    remedy: '固定の値を書いてください。',
  },
  'record.rentalItemCode': {
    meaning: '福祉用具貸与（サービス種類 17 / 67）には TAISコードまたは福祉用具届出コードが必要です。',
    causes: ['貸与の行に用具のコードが入力されていない。'],
    remedy: '用具の TAIS コード（または届出コード）を入力してください。',
  },
  'record.serviceDateOutsideMonth': {
    meaning: 'サービス利用日がレコードの対象年月に入っていません。',
    causes: ['別の月の行をコピーした。'],
    remedy: '日付か対象年月を直してください。',
  },
  'record.fieldNotInVersion': {
    meaning: '書き出す CSVバージョンにない項目に値があります。',
    causes: ['202407 用のレコードを 202208 で書き出した。'],
    remedy: 'その項目を空にするか、新しいバージョンで書き出してください。',
  },
  'record.versionNotWritable': {
    meaning: 'レコードの CSVバージョンが仕様の値ではないため、書き出しません。',
    causes: ['読み込み時に受け付けた別名のバージョン（202504 など）がレコードに残っている。'],
    remedy: 'メッセージに示す仕様の値にしてください。',
  },
  'record.unknownField': {
    meaning: 'レコードのオブジェクトに、レイアウトにないキー（`params.detail`）があります。',
    causes: ['キーの綴りの誤り、または別の種類の項目。'],
    remedy: 'レイアウトの項目キーを使ってください（レイアウトのページやレコードの型を参照）。',
  },
  'record.valueType': {
    meaning: '項目の値が文字列ではありません（`params.actual` が型）。',
    causes: ['JSON の数値や null をそのまま渡した。'],
    remedy: 'すべての項目を文字列で渡してください（空の項目は ""）。',
  },
  'record.groupGap': {
    meaning: '繰り返し項目で、値のある枠の前に空の枠があります。枠は 1 番目から詰めます。',
    causes: ['送信元のソフトウェアで一覧の途中の行を削除した。'],
    remedy: '後ろの項目を前に詰めて、1 番目の枠から埋めてください。',
  },
  'record.groupTooLong': {
    meaning: '繰り返し項目の件数がレイアウトの枠の数を超えています。',
    causes: ['1 レコードに仕様の上限を超える件数がある。'],
    remedy: 'メッセージに示す件数以内にしてください。',
  },
  'record.serviceTypeOutOfScope': {
    meaning: '連携対象外のサービス種類です。このレコードは作成しません。',
    causes: ['仕様で連携しないサービスを出力した。'],
    remedy: 'そのサービスのレコードをファイルから除いてください。',
  },
  'record.subtotalUnits': {
    meaning: '小計・合計行（サービスコード {種類}AAAA / EEEE / ZZZZ、999999）の単位数は 0 です。',
    causes: [SENDER_SOFTWARE],
    remedy: 'これらの行の単位数は 0 にしてください。',
  },
  'record.subtotalNotEmpty': {
    meaning: '小計・合計行ではこの項目は空です。',
    causes: [SENDER_SOFTWARE],
    remedy: 'これらの行ではこの項目を空にしてください。',
  },
  'record.grandTotalProvider': {
    meaning: '合計行（サービスコード 999999）のサービス事業所コードは 9999999999 です。',
    causes: [SENDER_SOFTWARE],
    remedy: '合計行の事業所コードは 9999999999 にしてください。',
  },
  'record.reservedProviderCode': {
    meaning: 'サービス事業所コード 9999999999 は合計行だけに使います。',
    causes: [SENDER_SOFTWARE],
    remedy: 'この行には実際の事業所コードを書いてください。',
  },
  'record.planDatePlaceholder': {
    meaning: '対象年月が 000000 のとき、居宅サービス計画作成（変更）日は実際の日付です。',
    causes: ['00000000 を別の種類の行に使った。'],
    remedy: '計画作成（変更）日を書いてください。',
  },
  'record.planDateNotPlaceholder': {
    meaning: '対象年月に年月があるとき、居宅サービス計画作成（変更）日は 00000000 です。',
    causes: ['第6表・第7表に添付するレコードに計画作成日を書いた。'],
    remedy: '00000000 にしてください。',
  },
  'record.itemNoRange': {
    meaning: '番号（ＮＯ）は 1～99 です。',
    causes: ['0 から番号を付けた。'],
    remedy: '1 から番号を付けてください。',
  },
  'file.empty': {
    meaning: 'ファイルにレコードがありません。',
    causes: ['何も選ばずに出力した。', '転送に失敗して 0 バイトになった。'],
    remedy: 'レコードを含めて出力し直すか、このファイルは送らないでください。',
  },
  'file.headerRow': {
    meaning: '1 行目が項目名（日本語名称）の見出し行です。仕様のファイルに見出し行はありません。見出し行は読み飛ばし、2 行目からを検査しました。',
    causes: ['表計算ソフトで編集・出力したときに見出し行が付いた。', '見出し付きで出力する設定になっている。'],
    remedy: '見出し行を削除してください（`careplan-csv fix` で削除できます）。受け取る側で読み飛ばすなら `skipHeader`（`--skip-header`）。',
  },
  'file.unknownKind': {
    meaning: 'ファイルの種類が分かりません。ファイル名が仕様の形式ではなく、種類の指定もありません。',
    causes: ['ファイル名を変えた（test.csv など）。'],
    remedy: '種類を指定する（`kind` オプション、`--kind`）か、仕様どおりのファイル名にしてください。',
  },
  'file.unknownVersion': {
    meaning: '1 列目の CSVバージョンが、このライブラリが読むもの（202407、202208）ではありません。',
    causes: ['仕様の古い版・新しい版のファイル。', '1 列目がバージョンではない。'],
    remedy: '202407（第4.1版）または 202208 で出力してください。',
  },
  'file.versionNotInKind': {
    meaning: 'この種類のファイルは、レコードの CSVバージョンにはありません（202407 から追加された様式です）。',
    causes: ['新しい種類のレコードを古いバージョンで書いた。'],
    remedy: '202407 で書き出してください。',
  },
  'file.versionAlias': {
    meaning: 'CSVバージョンが仕様の値ではなく既知の別名のため、仕様の値として読みました。',
    causes: ['リリース月をバージョンとして書く送信元のソフトウェア。'],
    remedy: '仕様の値（202407）を書くよう送信元に依頼してください。',
  },
  'file.mixedVersion': {
    meaning: '1 ファイルのレコードに異なる CSVバージョンがあります。',
    causes: ['2 回分の出力をつなげた。'],
    remedy: '1 ファイルには 1 つのバージョンだけにしてください。',
  },
  'file.mixedMonth': {
    meaning: '1 ファイルのレコードに異なる対象年月があります。',
    causes: ['2 か月分のファイルをつなげた。'],
    remedy: '1 ファイルには 1 か月分だけにしてください（月はファイル名にあります）。',
  },
  'file.versionMonth': {
    meaning: 'CSVバージョンがレコードの対象年月に合いません。',
    causes: ['第4.1版への切り替え後の月に古いバージョンを使った（またはその逆）。'],
    remedy: 'メッセージに示すバージョンを使ってください。',
  },
  'file.nameInvalid': {
    meaning: 'ファイル名が仕様の形式ではありません。メッセージが誤っている部分と正しい形式を示します。',
    causes: ['手作業でファイル名を変えた。', '表計算ソフトやメールソフトが名前を変えた（「 (1)」が付いたなど）。'],
    remedy: '示された形式（接頭辞、YYYYMM（月のある種類）、事業所番号とサービス種類コード、ファイル連番、.CSV）に名前を変えてください。',
  },
  'file.nameWarning': {
    meaning: 'ファイル名は受け付けられますが、仕様と違う点があります（メッセージを参照）。',
    causes: ['拡張子が小文字（.csv）。', '種類を指定したうえでの独自の名前（test.csv）。'],
    remedy: '送る前に示された形式に名前を変えてください。',
  },
  'file.nameKind': {
    meaning: 'ファイル名の種類と指定された種類が違います。',
    causes: ['`--kind` の誤り、または別の接頭辞に名前を変えた。'],
    remedy: '正しい種類を指定するか、ファイル名を直してください。',
  },
  'file.nameMonth': {
    meaning: 'ファイル名の年月とレコードの対象年月が違います。',
    causes: ['別の月のファイル名を付けた。'],
    remedy: 'レコードの月でファイル名を付け直してください。',
  },
  'file.nameStyle': {
    meaning: 'ファイル名の形式（サービス種類コードの有無）が CSVバージョンと合いません。',
    causes: ['202407 のファイルに 202208 形式（サービス種類コードなし）の名前を付けた（またはその逆）。'],
    remedy: '202407 のファイルには 2 つのサービス種類コードを含む名前を、202208 には含まない名前を付けてください。',
  },
  'file.grandTotalMissing': {
    meaning: '第7表のこの利用者に合計行（サービスコード 999999）がありません。',
    causes: [SENDER_SOFTWARE],
    remedy: '利用者ごとに合計行を 1 行入れてください。',
  },
  'file.grandTotalDuplicate': {
    meaning: '第7表のこの利用者に合計行が複数あります。',
    causes: ['1 人の利用者のレコードを 2 回出力した。'],
    remedy: '利用者ごとに合計行は 1 行にしてください。',
  },
  'file.subtotalMissing': {
    meaning: '明細が複数あるサービス種類に小計行（{種類}AAAA）がありません。',
    causes: [SENDER_SOFTWARE],
    remedy: '小計行を入れてください（区分支給限度対象外の種類であればこの警告は無視できます）。',
  },
  'file.duplicateItemNo': {
    meaning: '1 つの計画の中で同じ番号の組み合わせが 2 回あります。',
    causes: ['1 つの計画のレコードを 2 回出力した。'],
    remedy: '計画の中で番号が重ならないようにしてください。',
  },
  'unit.combination': {
    meaning: '送信単位（ファイル連番・送信元・送信先が同じファイル）の組み合わせが、仕様の組み合わせに当たりません。',
    causes: ['2 回分の送信のファイルに同じファイル連番を付けた。', '送信単位のファイルの種類が違う。'],
    remedy: '仕様の組み合わせのファイルをまとめて送ってください（メッセージを参照）。',
  },
  'unit.duplicateFile': {
    meaning: '送信単位に同じ種類のファイルが 2 つあります。',
    causes: ['同じファイルを別の名前で 2 回コピーした。'],
    remedy: '送信単位には種類ごとに 1 ファイルにしてください。',
  },
  'unit.memberMissing': {
    meaning: '同じファイル連番で一緒に送るファイルがありません。',
    causes: ['送信のファイルの 1 つがコピー・アップロードされていない。'],
    remedy: '同じファイル連番・送信元・送信先で、足りないファイルを加えてください。',
  },
  'unit.masterFileMissing': {
    meaning: 'このファイルの親ファイルが送信単位にありません。',
    causes: ['親ファイルを送っていない。', '親ファイルの送信元・送信先・ファイル連番が違う。'],
    remedy: '同じファイル連番・送信元・送信先で親ファイルを送ってください。',
  },
  'link.masterMissing': {
    meaning: 'このレコードのキー（保険者番号・被保険者番号・3 つ目のキー）を持つ親ファイルのレコードがありません。',
    causes: ['この利用者の親レコードを出力していない。', 'ファイルの間でキーが違う（日付や番号の入力の違い）。'],
    remedy: '親レコードを出力するか、両方のファイルのキーが一致するように直してください。',
  },
  'link.dependantMissing': {
    meaning: '親ファイルのレコードに、そのキーを持つ子のレコードがありません。',
    causes: ['この利用者の子レコードを出力していない。'],
    remedy: '送るべきものであれば子レコードを加えてください。',
  },
  'link.table7TypeMissing': {
    meaning: '利用者の第6表にあるサービス種類の行が第7表にありません。',
    causes: ['第6表を変えた後に第7表を作り直していない。'],
    remedy: '第6表と第7表を一緒に出力し直してください。',
  },
  'link.table6TypeMissing': {
    meaning: '利用者の第7表にあるサービス種類の行が第6表にありません。',
    causes: ['第7表を変えた後に第6表を作り直していない。'],
    remedy: '第6表と第7表を一緒に出力し直してください。',
  },
  'link.subtotalMissing': {
    meaning: '第6表の明細が複数あるサービス種類には、第7表に小計行が必要です。',
    causes: [SENDER_SOFTWARE],
    remedy: '小計行を入れてください（区分支給限度対象外の種類であれば不要です）。',
  },
  'link.imageName': {
    meaning: '家族構成 画像ファイル名が、この送信の UPKIHON_IMAGE のファイル名ではありません。',
    causes: ['画像の名前を変えた、または別の送信用の名前を付けた。'],
    remedy: '画像をファイルと同じ送信元・送信先・ファイル連番で UPKIHON_IMAGE_…_枝番.jpg と名付けてください。',
  },
  'link.imageMissing': {
    meaning: 'レコードに書かれた画像ファイルが送信単位にありません。',
    causes: ['画像をコピー・アップロードしていない。'],
    remedy: '画像をファイルと一緒に送ってください。',
  },
  'link.imageUnreferenced': {
    meaning: 'この画像ファイルを指定したレコードが送信単位にありません。',
    causes: ['別の送信の画像が残っている。'],
    remedy: '画像を除くか、利用者基本情報のレコードに指定してください。',
  },
};
