/**
 * docs/profiles.md, generated from the profile table (src/issues/profiles.ts): every rule that differs
 * between profiles, with its reason in Japanese and English and where the reason comes from.
 * @internal
 */
import { PROFILE_OPTIONS, PROFILE_RULES, PROFILES, type RuleSetting } from '../issues/profiles.js';

const cell = (s: string): string => s.replaceAll('|', '\\|').replaceAll('\n', ' ');
const anchor = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]/g, '');
const setting = (s: RuleSetting, standard: RuleSetting): string => (s === standard ? s : `**${s}**`);

export function renderProfiles(): string {
  const out: string[] = [];
  out.push('<!-- Generated from src/issues/profiles.ts by `npm run gen:docs`. Do not edit by hand. -->');
  out.push('# Profiles / プロファイル');
  out.push('');
  out.push(
    'A profile is one table of issue code → severity (the FHIR validator’s profiles and eslint’s rule severities are ' +
      'the models). `standard` is the default and the library’s reading without a profile; `strict` is for senders ' +
      'and vendor self-tests ([senders](senders.md)); `lenient` is for receivers ([receivers](receivers.md)). Every ' +
      'code not listed here has the severity of the [issue catalogue](issue-codes.md) in every profile. Choose one with ' +
      'the option `profile` (`validate`, `parse`, `parseStream`, `validateStream`, `validateUnits`, the pool, ' +
      '`serialize`) or `careplan-csv validate --profile strict|standard|lenient` (config key `profile`).',
  );
  out.push('');
  out.push(
    'プロファイルは「エラーコード → 重大度」の表です。`standard`（既定）はプロファイルなしの読み方、`strict` は送信側・' +
      'ベンダーの自己テスト用（[送信側](senders.ja.md)）、`lenient` は受信側用（[受信側](receivers.ja.md)）です。' +
      'ここにないコードはどのプロファイルでも[エラーコード一覧](issue-codes.md)の重大度です。',
  );
  out.push('');
  out.push(
    'Per-code overrides go over the profile, as eslint rules: option `rules: { "csv.lineBreak": "error" }`, or the ' +
      'config key `rules` (`off` / `info` / `warning` / `error`). `off` drops the issue: it is neither listed nor counted. ' +
      'The `limit.*` codes that say why reading stopped cannot be changed. / コードごとの上書きはオプション・設定ファイルの ' +
      '`rules` で指定します（`off` はその指摘を報告しません）。',
  );
  out.push('');
  out.push(`| code | ${PROFILES.join(' | ')} | reason | 理由 | source |`);
  out.push(`|---|${PROFILES.map(() => '---').join('|')}|---|---|---|`);
  for (const r of PROFILE_RULES) {
    out.push(
      `| [\`${r.code}\`](issue-codes.md#${anchor(r.code)}) | ${PROFILES.map((p) => setting(r[p], r.standard)).join(' | ')} | ${cell(r.reason.en)} | ${cell(r.reason.ja)} | ${cell(r.reason.source)} |`,
    );
  }
  out.push('');
  out.push('## Options whose default depends on the profile / プロファイルで既定値が変わるオプション');
  out.push('');
  out.push('An option given explicitly wins over the profile. / 明示したオプションが優先します。');
  out.push('');
  out.push(`| option | ${PROFILES.join(' | ')} | reason | 理由 | source |`);
  out.push(`|---|${PROFILES.map(() => '---').join('|')}|---|---|---|`);
  for (const o of PROFILE_OPTIONS) {
    out.push(
      `| \`${o.option}\` | ${PROFILES.map((p) => `\`${String(o[p])}\``).join(' | ')} | ${cell(o.reason.en)} | ${cell(o.reason.ja)} | ${cell(o.reason.source)} |`,
    );
  }
  out.push('');
  out.push('## What stays an error in `lenient` / `lenient` でもエラーのもの');
  out.push('');
  out.push(
    'Everything that would be read wrong: a wrong code, a missing required value, a bad date, a column count that ' +
      'does not fit the layout, invalid bytes, 外字, a UTF-8 file (use `careplan-csv fix`), 2400 as a start time, ' +
      'an unknown CSVバージョン. / 誤って読まれるおそれのあるものはエラーのままです（誤ったコード、必須項目の欠落、' +
      '不正な日付、列数の不一致、不正なバイト、外字、UTF-8 のファイル、開始時刻の 2400、未知の CSVバージョン）。',
  );
  out.push('');
  return out.join('\n');
}
