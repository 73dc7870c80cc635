/**
 * Markdown reference pages generated from the layout tables and the issue catalogue (docs/layouts/,
 * docs/issue-codes.md). `npm run gen:docs` writes them; a test fails when the committed pages differ.
 * @internal
 */
import { ALL_ISSUE_CODES, ISSUE_CODES } from '../issues/codes.js';
import { LOCALES } from '../issues/locales/index.js';
import type { IssueParams } from '../issues/types.js';
import { KIND_INFO } from '../kinds.js';
import type { FieldDef } from '../schemas/field.js';
import { getLayout, hasLayout, SUPPORTED_KINDS, type SupportedKind } from '../schemas/layouts.js';

const REQUIRED_JA = { required: '○ 必須', optional: '任意', conditional: '条件付き', uncertain: '任意（不確実）' } as const;
const TYPE_JA: Record<FieldDef['type'], string> = {
  csvVersion: 'CSVバージョン (YYYYMM)',
  yearMonth: '年月 YYYYMM',
  date: '日付 YYYYMMDD',
  time: '時刻 HHMM',
  insurerNumber: '保険者番号 (数字6桁)',
  insuredNumber: '被保険者番号 (数字10桁 / H+9桁)',
  officeNumber: '事業所番号 (数字10桁)',
  integer: '整数',
  code: 'コード',
  serviceCode: 'サービスコード (英数6桁)',
  dayFlags31: '0/1 × 31',
  freeText: 'フリーテキスト (常に "…" で囲む)',
  string: '文字列',
  decimal: '小数 99.99',
  postalCode: '郵便番号 XXX-XXXX',
  phone: '電話番号',
  fixed: '固定値',
  unused: '使用しない (空)',
};

const cell = (s: string) => s.replaceAll('|', '\\|').replaceAll('\n', ' ');

function codesCell(f: FieldDef): string {
  if (f.type === 'fixed') return `${f.fixedValue ?? ''} 固定`;
  if (f.placeholder !== undefined) return `${f.placeholder} = 該当なし`;
  if (f.codes === null) return f.type === 'time' && f.allowNoTime ? '9999 = 時刻なし' : '';
  return Object.entries(f.codes)
    .map(([k, v]) => `${k} ${v}`)
    .join('<br>');
}

/** The reference page of one kind's layout (both CSV versions). */
export function renderLayoutPage(kind: SupportedKind): string {
  const info = KIND_INFO[kind];
  const v4 = getLayout(kind, '202407');
  const v3 = hasLayout(kind, '202208') ? getLayout(kind, '202208') : null;
  const v3No = new Map(v3?.fields.map((f, i) => [f.key, i + 1]) ?? []);
  const out: string[] = [];
  out.push(`<!-- Generated from src/schemas/layouts by \`npm run gen:docs\`. Do not edit by hand. -->`);
  out.push(`# ${info.nameJa} — ${info.prefix} (\`${kind}\`)`);
  out.push('');
  out.push(
    `CSVバージョン 202407: ${v4.fields.length} 項目 / 202208: ${v3 === null ? 'なし (not in 第3.x)' : `${v3.fields.length} 項目`}. ` +
      'No. is the column number of 202407; the 202208 column is given where it differs. ' +
      'Lengths (項目長) are counted in characters. Empty fields are `""` in records.',
  );
  out.push('');
  out.push('| No. | 202208 | key | 項目名 | 種別 | 項目長 | 必須 | コード | notes |');
  out.push('|---:|---:|---|---|---|---:|---|---|---|');
  for (const f of v4.fields) {
    const old = v3No.get(f.key);
    const notes = [f.note, f.uncertain === null ? '' : `**Uncertain:** ${f.uncertain}`].filter(Boolean).join(' ');
    out.push(
      `| ${f.no} | ${old === undefined ? '—' : old} | \`${f.key}\` | ${cell(f.nameJa)} | ${TYPE_JA[f.type]} | ${f.maxLength ?? '―'} | ${REQUIRED_JA[f.required]} | ${cell(codesCell(f))} | ${cell(notes)} |`,
    );
  }
  out.push('');
  return out.join('\n');
}

const EXAMPLE_PARAMS: IssueParams = {
  expected: 25,
  actual: 24,
  allowed: ['0', '1'],
  codePoint: 'U+301C',
  to: 'U+FF5E',
  detail: 'badSerial: serial',
  otherLine: 1,
};

/** The catalogue of issue codes with severity and both messages (rendered with example parameters). */
export function renderIssueCatalogue(): string {
  const out: string[] = [];
  out.push('<!-- Generated from src/issues by `npm run gen:docs`. Do not edit by hand. -->');
  out.push('# Issue codes / エラーコード一覧');
  out.push('');
  out.push('Codes are stable. Messages are shown with example parameters; real issues carry their own `params`.');
  out.push('');
  out.push('| code | severity | ja | en |');
  out.push('|---|---|---|---|');
  for (const code of ALL_ISSUE_CODES) {
    out.push(`| \`${code}\` | ${ISSUE_CODES[code]} | ${cell(LOCALES.ja[code](EXAMPLE_PARAMS))} | ${cell(LOCALES.en[code](EXAMPLE_PARAMS))} |`);
  }
  out.push('');
  return out.join('\n');
}

/** Every generated page: path (relative to the repository) → content. */
export function generatedDocs(): Record<string, string> {
  const pages: Record<string, string> = { 'docs/issue-codes.md': renderIssueCatalogue() };
  for (const kind of SUPPORTED_KINDS) {
    if (kind === 'table6Actual') continue; // same layout as table6Plan
    pages[`docs/layouts/${kind}.md`] = renderLayoutPage(kind);
  }
  return pages;
}
