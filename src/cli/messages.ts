import type { Locale } from '../issues/locales/index.js';
import type { EntryType } from './io.js';
import { printable } from './format.js';

/** Why an entry of the input was not checked (`skipped[].reason` of the JSON output). */
export type SkipReason = 'notRegularFile' | 'linkOutside' | 'unreadable';

/** An entry of the input that was not checked: reported, counted in the summary, and exit code 2. */
export interface Skipped {
  readonly file: string;
  readonly reason: SkipReason;
  /** What the entry is, when that is why it was skipped (or it is a directory). */
  readonly type?: EntryType;
  /** The error code of the failed read (`EACCES`, `ENOENT`, `ENAMETOOLONG`, …). */
  readonly error?: string;
}

const TYPE_JA: { readonly [t in EntryType]: string } = {
  file: 'ファイル',
  directory: 'ディレクトリ',
  symlink: 'シンボリックリンク',
  fifo: '名前付きパイプ',
  socket: 'ソケット',
  characterDevice: 'キャラクタデバイス',
  blockDevice: 'ブロックデバイス',
  other: '不明な種類',
};
const TYPE_EN: { readonly [t in EntryType]: string } = {
  file: 'file',
  directory: 'directory',
  symlink: 'symbolic link',
  fifo: 'named pipe',
  socket: 'socket',
  characterDevice: 'character device',
  blockDevice: 'block device',
  other: 'unknown type',
};

/** The stderr line of a skipped entry: `careplan-csv: PATH: why`. */
export function skippedLine(s: Skipped, locale: Locale): string {
  const type = s.type ?? 'other';
  let why: string;
  if (s.reason === 'notRegularFile') {
    why = locale === 'ja' ? `通常のファイルではないので読みません（${TYPE_JA[type]}）` : `not a regular file (${TYPE_EN[type]}): not read`;
  } else if (s.reason === 'linkOutside') {
    why =
      locale === 'ja'
        ? '指定したディレクトリの外を指すシンボリックリンクなので読みません'
        : 'symbolic link leading out of the given directory: not followed';
  } else if (type === 'directory') {
    why = locale === 'ja' ? `ディレクトリを読めません（${s.error ?? '?'}）` : `cannot read the directory (${s.error ?? '?'})`;
  } else {
    why = locale === 'ja' ? `読めません（${s.error ?? '?'}）` : `cannot read (${s.error ?? '?'})`;
  }
  return `careplan-csv: ${printable(s.file)}: ${why}`;
}

/** The text summary line of the skipped entries (only printed when there are some). */
export function skippedSummary(n: number, locale: Locale): string {
  return locale === 'ja' ? `読まなかったもの ${n} 件（careplan-csv: の行を参照）` : `${n} entry(ies) not checked (see the careplan-csv: lines)`;
}

/** The one line printed for an unexpected exception (a bug), naming the file being handled. */
export function internalErrorLine(file: string | null, e: unknown, locale: Locale): string {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const detail = printable(what.length > 300 ? `${what.slice(0, 300)}…` : what);
  if (locale === 'ja') {
    return `careplan-csv: 内部エラー${file === null ? '' : `（${printable(file)} の処理中）`}: ${detail}（不具合です。報告してください）`;
  }
  return `careplan-csv: internal error${file === null ? '' : ` while handling ${printable(file)}`}: ${detail} (a bug: please report it)`;
}

/** `from-json` input that is not JSON: where, never what (the text may be personal data). */
export function notJsonLine(file: string, at: { line: number; column: number } | null, locale: Locale): string {
  if (at === null) return locale === 'ja' ? `${printable(file)} は UTF-8 のテキストではありません` : `${printable(file)} is not valid UTF-8`;
  return locale === 'ja'
    ? `${printable(file)} は正しい JSON ではありません（${at.line} 行 ${at.column} 文字目）`
    : `${printable(file)} is not valid JSON (line ${at.line}, column ${at.column})`;
}
