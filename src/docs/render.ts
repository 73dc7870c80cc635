/**
 * Markdown reference pages generated from the layout tables and the issue catalogue (docs/layouts/,
 * docs/layouts/README.md, docs/issue-codes.md). `npm run gen:docs` writes them; a test fails when the committed
 * pages differ.
 * @internal
 */
import { FIELD_TYPES } from '../field-types/index.js';
import { ALL_ISSUE_CODES, ISSUE_CODES } from '../issues/codes.js';
import type { IssueCode } from '../issues/codes.js';
import { ISSUE_PARAMS, type ParamType } from '../issues/params.js';
import { helpRef, ISSUE_HELP } from '../issues/help/index.js';
import { renderMessage } from '../issues/render.js';
import { HINT_CODES, REPAIRABLE_HINTS } from '../issues/hints.js';
import { HINT_MESSAGES } from '../issues/locales/hints.js';
import { KIND_INFO } from '../kinds.js';
import type { FieldDef, GroupDef } from '../schemas/field.js';
import { getLayout, hasLayout, kindVersions, SUPPORTED_KINDS, type SupportedKind } from '../schemas/layouts.js';
import { ISSUE_EXAMPLES } from './examples.js';

const REQUIRED_JA = { required: '○ 必須', optional: '任意', conditional: '条件付き', uncertain: '任意（不確実）' } as const;
/** A column type's label: its unit's (src/field-types/). */
const typeJa = (f: FieldDef): string => FIELD_TYPES[f.type].labelJa;

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** The anchor of a code's section (the one {@link helpRef} points to). */
const anchorOf = (code: IssueCode): string => helpRef(code).slice(helpRef(code).indexOf('#') + 1);

const paramType = (t: ParamType): string => (typeof t === 'string' ? t : t.map((v) => `'${v}'`).join(' | '));

/** The params of a code and their types, e.g. `` `expected`: number, `detail?`: 'openQuote' ``; — when none. */
function paramsCell(code: IssueCode): string {
  const params: { readonly [name: string]: ParamType } = ISSUE_PARAMS[code];
  const names = Object.keys(params);
  if (names.length === 0) return '—';
  return cell(names.map((n) => `\`${n}\`: ${paramType(params[n] as ParamType)}`).join(', '));
}

function codesCell(f: FieldDef): string {
  if (f.type === 'fixed') return `${f.fixedValue ?? ''} 固定`;
  if (f.placeholder !== undefined) return `${f.placeholder} = 該当なし`;
  if (f.codes === null) return f.type === 'time' && f.allowNoTime ? '9999 = 時刻なし' : '';
  return Object.entries(f.codes)
    .map(([k, v]) => `${k} ${v}`)
    .join('<br>');
}

/** The kinds that share `kind`'s layout table (第6表 予定 and 実績), `kind` first. */
function kindsSharingLayout(kind: SupportedKind): SupportedKind[] {
  const fields = getLayout(kind, '202407').recordFields;
  return [kind, ...SUPPORTED_KINDS.filter((k) => k !== kind && getLayout(k, '202407').recordFields === fields)];
}

/** The kind whose page documents `kind`'s layout (the first kind in catalogue order with the same table). */
function pageKind(kind: SupportedKind): SupportedKind {
  const fields = getLayout(kind, '202407').recordFields;
  return SUPPORTED_KINDS.find((k) => getLayout(k, '202407').recordFields === fields) ?? kind;
}

const versionsJa = (kind: SupportedKind) => kindVersions(kind).join(' / ') + (kindVersions(kind).length === 1 ? ' のみ' : '');
const columnsJa = (kind: SupportedKind) =>
  kindVersions(kind)
    .map((v) => `${v}: ${getLayout(kind, v).fields.length} 項目`)
    .join(' / ');

function monthJa(kind: SupportedKind): string {
  const key = getLayout(kind, '202407').monthKey;
  if (!KIND_INFO[kind].monthSegment) return 'なし';
  return key === null ? 'あり（`_YYYYMM`）' : `あり（\`_YYYYMM\` = \`${key}\`）`;
}

/** Column range of a group, as spec column numbers: `No.20–55`. */
function groupColumns(fields: readonly FieldDef[], g: GroupDef): string {
  const first = fields[g.start];
  const last = fields[g.start + g.slots * g.members.length - 1];
  return `No.${first?.no ?? '?'}–${last?.no ?? '?'}`;
}

/** The reference page of one layout (both CSV versions; kinds sharing the layout are listed together). */
export function renderLayoutPage(kind: SupportedKind): string {
  const kinds = kindsSharingLayout(kind);
  const v4 = getLayout(kind, '202407');
  const v3 = hasLayout(kind, '202208') ? getLayout(kind, '202208') : null;
  const v3No = new Map(v3?.fields.map((f, i) => [f.key, i + 1]) ?? []);
  const out: string[] = [];
  const each = (fn: (k: SupportedKind) => string) => kinds.map(fn).join('<br>');
  out.push(`<!-- Generated from src/schemas/layouts by \`npm run gen:docs\`. Do not edit by hand. -->`);
  out.push(`# ${kinds.map((k) => `${KIND_INFO[k].nameJa} — ${KIND_INFO[k].prefix}`).join(' / ')} (${kinds.map((k) => `\`${k}\``).join(', ')})`);
  out.push('');
  if (kinds.length > 1) {
    out.push(`${kinds.map((k) => KIND_INFO[k].prefix).join(' と ')} は同じレイアウトです。 / These kinds share one layout.`);
    out.push('');
  }
  out.push('| 項目 | 値 | English |');
  out.push('|---|---|---|');
  out.push(`| 様式名 | ${each((k) => KIND_INFO[k].nameJa)} | form name |`);
  out.push(`| ファイル名の接頭辞 | ${each((k) => `\`${KIND_INFO[k].prefix}\``)} | file-name prefix |`);
  out.push(`| 月セグメントの有無 | ${monthJa(kind)} | whether the file name carries a \`_YYYYMM\` segment (and the record key it must equal) |`);
  out.push(`| 対応 CSVバージョン | ${versionsJa(kind)} | CSV versions this layout exists in |`);
  out.push(`| 列数 | ${columnsJa(kind)} | columns per version |`);
  out.push(
    `| API の種類 ID | ${each((k) => `\`${k}\`（\`parse(bytes, { kind: '${k}' })\`、\`RecordFor<'${k}'>\`）`)} | kind id in the API and the record type |`,
  );
  out.push('');
  out.push('## 項目一覧 / Columns');
  out.push('');
  out.push(
    'No. is the column number in CSVバージョン 202407; the 202208 column gives the column number in 202208 (— : not in 202208). ' +
      'Lengths (項目長) are counted in characters. Empty fields are `""` in records. ' +
      'Columns of a repeated group are keyed by their path in the record (`group[slot].member`).',
  );
  out.push('');
  out.push('| No. | 202208 | key | 項目名 | 種別 | 項目長 | 必須 | コード | notes |');
  out.push('|---:|---:|---|---|---|---:|---|---|---|');
  for (const f of v4.fields) {
    const old = v3 === null ? undefined : v3No.get(f.key);
    const notes = [f.note, f.uncertain === null ? '' : '⚠ 不確実 — see [Uncertain details](#uncertain)'].filter(Boolean).join(' ');
    const length =
      f.maxLength === null ? '―' : f.maxLength202208 === undefined ? String(f.maxLength) : `${f.maxLength} (202208: ${f.maxLength202208})`;
    out.push(
      `| ${f.no} | ${old ?? '—'} | \`${f.key}\` | ${cell(f.nameJa)} | ${typeJa(f)} | ${length} | ${REQUIRED_JA[f.required]} | ${cell(codesCell(f))} | ${cell(notes)} |`,
    );
  }
  out.push('');
  if (v4.groups.length > 0) {
    out.push('## 繰り返し項目 / Repeated groups');
    out.push('');
    out.push(
      'In a record, a repeated group is one key holding an array of at most `slots` items; each item is an object with the member keys. ' +
        'Slot n (1-based) is the n-th run of member columns. Reading leaves out empty slots at the end; ' +
        'an empty slot before a used one is reported as `record.groupGap`, more items than slots as `record.groupTooLong`.',
    );
    out.push('');
    for (const g of v4.groups) {
      out.push(`### \`${g.key}\` — ${groupColumns(v4.recordFields, g)}, 最大 ${g.slots} 件 × ${g.members.length} 項目`);
      out.push('');
      out.push('| member | 項目名（1 件目） | 種別 | 項目長 | 列 (slot 1 … slot n) |');
      out.push('|---|---|---|---:|---|');
      g.members.forEach((m, i) => {
        const f = v4.recordFields[g.start + i];
        const cols = Array.from({ length: g.slots }, (_, s) => v4.recordFields[g.start + s * g.members.length + i]?.no ?? '?');
        out.push(`| \`${m}\` | ${cell(f?.nameJa ?? '')} | ${f === undefined ? '' : typeJa(f)} | ${f?.maxLength ?? '―'} | ${cols.join(', ')} |`);
      });
      out.push('');
      out.push(`Record: \`${g.key}: Array<{ ${g.members.join(', ')} }>\` (0 to ${g.slots} items).`);
      out.push('');
    }
  }
  out.push('<a id="uncertain"></a>');
  out.push('');
  out.push('## 仕様の不確実な点 / Uncertain details');
  out.push('');
  const uncertain = v4.fields.filter((f) => f.uncertain !== null);
  if (uncertain.length === 0) {
    out.push('なし。 / None: every column of this layout was read without doubt.');
  } else {
    out.push('How this library reads details that are unclear in the recovered spec text (see also docs/uncertain.md).');
    out.push('');
    for (const f of uncertain) out.push(`- **No.${f.no} ${cell(f.nameJa)}** (\`${f.key}\`): ${cell(f.uncertain ?? '')}`);
  }
  out.push('');
  out.push('## CSVバージョン 202208 との違い / Differences in 202208');
  out.push('');
  if (v3 === null) {
    out.push(
      `202407 で追加された様式です（202208 にはありません）。 / This layout was added in 202407; a file of it with CSVバージョン 202208 is reported as \`file.versionNotInKind\`.`,
    );
  } else {
    const added = v4.fields.filter((f) => f.addedIn !== undefined);
    const lengths = v4.fields.filter((f) => f.maxLength202208 !== undefined);
    if (added.length === 0 && lengths.length === 0) {
      out.push('202208 と同じレイアウトです。 / Same layout in 202208.');
    } else {
      if (added.length > 0) {
        out.push(
          `202407 で追加された列（202208 にはない）: ${added.map((f) => `No.${f.no} ${f.nameJa} (\`${f.key}\`)`).join('、')}. ` +
            'A 202208 file has these columns left out (later columns move up); in records they are `""` and must stay empty when writing 202208.',
        );
        out.push('');
      }
      if (lengths.length > 0) {
        out.push('| No. | 202208 No. | key | 項目名 | 項目長 202407 | 項目長 202208 |');
        out.push('|---:|---:|---|---|---:|---:|');
        for (const f of lengths)
          out.push(
            `| ${f.no} | ${v3No.get(f.key) ?? '—'} | \`${f.key}\` | ${cell(f.nameJa)} | ${f.maxLength ?? '―'} | ${f.maxLength202208 ?? '―'} |`,
          );
        out.push('');
        out.push('Lengths that differ between the versions; each version is checked with its own length.');
      }
    }
  }
  out.push('');
  return out.join('\n');
}

/** The index of the layout pages (docs/layouts/README.md). */
export function renderLayoutIndex(): string {
  const out: string[] = [];
  out.push(`<!-- Generated from src/kinds.ts and src/schemas/layouts by \`npm run gen:docs\`. Do not edit by hand. -->`);
  out.push('# レイアウト一覧 / Layouts');
  out.push('');
  out.push(
    'The 17 CSV kinds of ケアプランデータ連携標準仕様 第4.1版. id is the kind id of the API; 列数 are the columns per CSVバージョン ' +
      '(— : no layout in that version); 月 is whether the file name carries a `_YYYYMM` segment. ' +
      'JSON Schema files of the records are in json-schema/.',
  );
  out.push('');
  out.push('| id | 接頭辞 | 日本語名称 | 列数 202407 | 列数 202208 | 月 | page |');
  out.push('|---|---|---|---:|---:|---|---|');
  for (const kind of SUPPORTED_KINDS) {
    const info = KIND_INFO[kind];
    const v3 = hasLayout(kind, '202208') ? String(getLayout(kind, '202208').fields.length) : '—';
    const page = pageKind(kind);
    out.push(
      `| \`${kind}\` | \`${info.prefix}\` | ${cell(info.nameJa)} | ${getLayout(kind, '202407').fields.length} | ${v3} | ${info.monthSegment ? 'あり' : 'なし'} | [${page}.md](${page}.md) |`,
    );
  }
  out.push('');
  return out.join('\n');
}

/** The catalogue of issue codes: severity, an example of what triggers each, and both messages for that example. */
export function renderIssueCatalogue(): string {
  const out: string[] = [];
  out.push('<!-- Generated from src/issues and src/docs/examples.ts by `npm run gen:docs`. Do not edit by hand. -->');
  out.push('# Issue codes / エラーコード一覧');
  out.push('');
  out.push(
    'Codes are stable. Each code is shown with an example of what triggers it (例) and its messages rendered with ' +
      "that example's `params`; real issues carry their own `params`. Messages never contain field values.",
  );
  out.push('');
  out.push(
    'Severities: `error` — the file does not conform (`ok` is false); `warning` — it conforms, but something deserves ' +
      'a look; `info` — it conforms and nothing is wrong, only its bytes are not in the canonical form the serializer ' +
      'writes, so writing its records again changes bytes (one issue per kind and file, at the first place, with the ' +
      'count in `params.actual`; `canonical` is false). Exit codes and `ok` depend on errors only.',
  );
  out.push('');
  out.push('| code | severity | params | 例 / example | ja | en |');
  out.push('|---|---|---|---|---|---|');
  for (const code of ALL_ISSUE_CODES) {
    const ex = ISSUE_EXAMPLES[code];
    // A code without an example is a gap the tests report.
    const ja = ex === undefined ? '—' : renderMessage(code, ex.params, 'ja');
    const en = ex === undefined ? '—' : renderMessage(code, ex.params, 'en');
    out.push(
      `| [\`${code}\`](#${anchorOf(code)}) | ${ISSUE_CODES[code]} | ${paramsCell(code)} | ${cell(ex?.trigger ?? '—')} | ${cell(ja)} | ${cell(en)} |`,
    );
  }
  out.push('');
  out.push('## Hints / 推定される原因');
  out.push('');
  out.push(
    'An issue may carry a `hint`: the probable cause, when the reading of the fault is unambiguous (stable `code`, ' +
      "`params`, `message` in the issue's locale, and `repairable`: whether `repair` / `careplan-csv fix` mends it). " +
      "The field hints are the causes the field types' `repair` facets find.",
  );
  out.push('');
  out.push('| hint | repairable | ja | en |');
  out.push('|---|---|---|---|');
  for (const h of HINT_CODES) {
    const p = h === 'otherKind' ? { prefix: 'UPSIKYU' } : {};
    out.push(`| \`${h}\` | ${REPAIRABLE_HINTS.has(h) ? 'yes' : 'no'} | ${cell(HINT_MESSAGES.ja[h](p))} | ${cell(HINT_MESSAGES.en[h](p))} |`);
  }
  out.push('');
  out.push('## Causes and remedies / 原因と対処');
  out.push('');
  out.push(
    'For each code: what it means, the usual causes and what to do, in Japanese and English (also printed by ' +
      '`careplan-csv explain CODE`; `validate --format json` gives each issue a `help` reference to its section here).',
  );
  for (const code of ALL_ISSUE_CODES) {
    const ja = ISSUE_HELP.ja[code];
    const en = ISSUE_HELP.en[code];
    out.push('');
    out.push(`### ${code}`);
    out.push('');
    out.push(`${ISSUE_CODES[code]}. ${ja.meaning}`);
    out.push('');
    out.push('よくある原因:');
    out.push('');
    for (const c of ja.causes) out.push(`- ${c}`);
    out.push('');
    out.push(`対処: ${ja.remedy}`);
    out.push('');
    out.push(`${en.meaning}`);
    out.push('');
    out.push('Usual causes:');
    out.push('');
    for (const c of en.causes) out.push(`- ${c}`);
    out.push('');
    out.push(`What to do: ${en.remedy}`);
  }
  out.push('');
  return out.join('\n');
}

/** Every generated page: path (relative to the repository) → content. */
export function generatedDocs(): Record<string, string> {
  const pages: Record<string, string> = {
    'docs/issue-codes.md': renderIssueCatalogue(),
    'docs/layouts/README.md': renderLayoutIndex(),
  };
  for (const kind of SUPPORTED_KINDS) {
    // Kinds that share a layout (第6表 予定 / 実績) share its page.
    if (pageKind(kind) === kind) pages[`docs/layouts/${kind}.md`] = renderLayoutPage(kind);
  }
  return pages;
}
