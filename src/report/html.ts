/**
 * The HTML report of a validation run: one self-contained page (inline style sheet, no script, no request:
 * its Content-Security-Policy forbids them) that an office clerk can open and print. Rendered from a
 * {@link ValidateReport} (what `careplan-csv validate --format json` prints), so the CLI and a page that
 * checks files in the browser print the same report. Browser-safe (no Node module).
 * @module
 */
import { parseFileName } from '../filename/parse.js';
import { issueHelp, type IssueHelp } from '../issues/help/index.js';
import type { Locale } from '../issues/locales/index.js';
import type { Issue } from '../issues/types.js';
import { KIND_INFO, type Kind } from '../kinds.js';
import type { UnitIssue, UnitMemberKind, UnitVerdict } from '../units/types.js';
import type { FileReport, ReportIssue, UnitReport, ValidateReport, WithdrawalReport } from './data.js';
import { h, rawElement, writeHtml, type Child, type El } from './dom.js';
import { REPORT_MESSAGES, type ReportMessages } from './messages.js';

/** Options of {@link renderHtmlReport} and {@link writeHtmlReport}. */
export interface HtmlReportOptions {
  /** The language of the page (default `ja`). The issues' own messages are in the language they were read in. */
  readonly locale?: Locale;
  /** The page title (default: the locale's "check report" title). */
  readonly title?: string;
  /** When the check ran, as it should be printed (e.g. `2025-06-03 12:00`); absent: not shown. */
  readonly generatedAt?: string;
  /** Who made the report, printed at the foot (default: `careplan-csv`). */
  readonly generator?: string;
}

/**
 * The style sheet: screen and print (A4 landscape, table heads repeated on each page, rows not split).
 * The page allows exactly this text as style (its SHA-256 in {@link STYLE_HASH}; a test checks the two agree).
 */
export const REPORT_STYLE = `:root{color-scheme:light;--bad:#b00020;--bad-bg:#fde7ea;--warn:#8a5a00;--warn-bg:#fff4d6;--ok:#1b5e20;--ok-bg:#e6f4ea;--line:#c8c8c8;--head:#f1f1f1}
*{box-sizing:border-box}
body{margin:0 auto;max-width:1200px;padding:16px 20px;font-family:"Hiragino Sans","Hiragino Kaku Gothic ProN","Yu Gothic UI","Yu Gothic",Meiryo,"Noto Sans CJK JP","IPAPGothic","IPAexGothic",sans-serif;font-size:14px;line-height:1.5;color:#111;background:#fff}
h1{font-size:1.5em;margin:0 0 4px}
h2{font-size:1.2em;margin:24px 0 8px;padding-bottom:2px;border-bottom:2px solid #333}
h3{font-size:1.05em;margin:18px 0 6px}
.meta{color:#444;margin:0 0 12px}
.name{font-family:ui-monospace,Consolas,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere;word-break:break-all}
.code{font-family:ui-monospace,Consolas,"DejaVu Sans Mono",monospace;font-size:.85em;color:#444}
.overall{display:flex;flex-wrap:wrap;align-items:center;gap:12px;padding:12px 16px;border:2px solid var(--line);border-radius:6px;margin:12px 0}
.overall.v-invalid{border-color:var(--bad);background:var(--bad-bg)}
.overall.v-warnings{border-color:var(--warn);background:var(--warn-bg)}
.overall.v-valid{border-color:var(--ok);background:var(--ok-bg)}
.overall .label{font-weight:bold}
.overall p{margin:0}
.verdict{display:inline-block;white-space:nowrap;font-weight:bold;padding:0 8px;border-radius:4px;border:1px solid}
.verdict.v-invalid{color:var(--bad);background:var(--bad-bg)}
.verdict.v-warnings{color:var(--warn);background:var(--warn-bg)}
.verdict.v-valid{color:var(--ok);background:var(--ok-bg)}
.overall .verdict{font-size:1.3em}
.note{margin:6px 0;padding:6px 10px;border-left:4px solid var(--warn);background:var(--warn-bg)}
.privacy{color:#444;font-size:.9em}
table{border-collapse:collapse;width:100%;margin:6px 0 12px}
th,td{border:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
th{background:var(--head);font-weight:bold;white-space:nowrap}
td.num{text-align:right;white-space:nowrap}
td.sev-error{color:var(--bad);font-weight:bold;white-space:nowrap}
td.sev-warning{color:var(--warn);font-weight:bold;white-space:nowrap}
td.sev-info{color:#444;white-space:nowrap}
td ul{margin:0;padding-left:1.2em}
.remedy{margin:4px 0 0}
.remedy b{margin-right:4px}
dl.counts{display:grid;grid-template-columns:max-content max-content;gap:2px 16px;margin:6px 0}
dl.counts dt{color:#333}
dl.counts dd{margin:0;font-weight:bold;text-align:right}
section.detail{break-before:auto}
footer{margin-top:24px;color:#555;font-size:.85em;border-top:1px solid var(--line);padding-top:6px}
a{color:#0b4a8b}
@page{size:A4 landscape;margin:10mm}
@media print{body{max-width:none;padding:0;font-size:9pt}a{color:inherit;text-decoration:none}thead{display:table-header-group}tr,.overall,dl.counts{break-inside:avoid}h2,h3{break-after:avoid}.overall,.verdict,th,.note{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

/** SHA-256 of {@link REPORT_STYLE}, base64: the only style the page's policy allows. */
export const STYLE_HASH = 'sha256-+tcyPnDLj1ZXVIAws0WkG1BpT9izYrBvvdzGFAoZitc=';

/**
 * The page's Content-Security-Policy: nothing may be loaded or sent (no script, image, font, frame, form or
 * connection), only the report's own style sheet applies.
 */
export const REPORT_CSP = `default-src 'none'; style-src '${STYLE_HASH}'; base-uri 'none'; form-action 'none'`;

type Verdict = UnitVerdict;

function verdictOf(errors: number, warnings: number): Verdict {
  return errors > 0 ? 'invalid' : warnings > 0 ? 'warnings' : 'valid';
}

/** A file's verdict from its counts. */
function fileVerdict(f: FileReport): Verdict {
  return verdictOf(f.errors, f.warnings);
}

/** The 対象年月 of a file as its name says (YYYYMM, `000000`); null when the name has none. */
function monthOf(f: FileReport): string | null {
  return parseFileName(f.file).parts?.month ?? null;
}

function badge(m: ReportMessages, v: Verdict): El {
  const mark = v === 'invalid' ? '✕' : v === 'warnings' ? '▲' : '✓';
  return h('span', { class: `verdict v-${v}` }, `${mark} ${m.verdict[v]}`);
}

function kindLabel(m: ReportMessages, kind: UnitMemberKind | Kind | null): string {
  if (kind === null) return m.unknown;
  if (kind === 'familyImage') return `UPKIHON_IMAGE ${m.familyImage}`;
  const info = KIND_INFO[kind];
  return `${info.prefix} ${info.nameJa}`;
}

/** A table from columns as data: a head and a cell per row (the cell's class optional). */
interface Column<R> {
  readonly head: string;
  /** The cell of a row (`index`: the row's place in the table, from 0). */
  readonly cell: (row: R, index: number) => Child;
  readonly className?: (row: R) => string | undefined;
}

function table<R>(columns: readonly Column<R>[], rows: readonly R[], className: string): El {
  return h(
    'table',
    { class: className },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        columns.map((c) => h('th', { scope: 'col' }, c.head)),
      ),
    ),
    h(
      'tbody',
      null,
      rows.map((r, n) =>
        h(
          'tr',
          null,
          columns.map((c) => h('td', { class: c.className?.(r) }, c.cell(r, n))),
        ),
      ),
    ),
  );
}

const num = (): string => 'num';

function lineCell(m: ReportMessages, i: Issue): Child {
  if (i.line !== null) return String(i.line);
  if (i.record !== null) return m.record(i.record);
  return m.none;
}

function causesAndRemedy(m: ReportMessages, locale: Locale, i: ReportIssue<Issue | UnitIssue>): Child {
  // A report read back from JSON may name a code this version does not know: its help reference then.
  const help: IssueHelp | undefined = issueHelp(i.code, locale);
  if (help === undefined) return h('span', { class: 'code' }, i.help);
  return [
    help.causes.length === 0
      ? null
      : h(
          'ul',
          { class: 'causes', 'aria-label': m.causes },
          help.causes.map((c) => h('li', null, c)),
        ),
    h('p', { class: 'remedy' }, h('b', null, `${m.remedy}:`), help.remedy),
  ];
}

function messageCell(m: ReportMessages, i: Issue): Child {
  return [h('div', { class: 'message' }, i.message), h('div', { class: 'code', title: m.code }, i.code)];
}

/** The columns every issue table has after its location columns. */
function issueColumns(m: ReportMessages, locale: Locale, withValues: boolean): Column<ReportIssue<Issue | UnitIssue>>[] {
  const cols: Column<ReportIssue<Issue | UnitIssue>>[] = [
    { head: m.column, cell: (i) => (i.column === null ? m.none : String(i.column)), className: num },
    { head: m.field, cell: (i) => i.fieldJa ?? m.none },
    { head: m.severityHeading, cell: (i) => m.severity[i.severity], className: (i) => `sev-${i.severity}` },
    { head: m.message, cell: (i) => messageCell(m, i) },
  ];
  if (withValues) cols.push({ head: m.value, cell: (i) => (i.value === undefined ? m.none : h('span', { class: 'name value' }, i.value)) });
  cols.push({ head: `${m.causes} / ${m.remedy}`, cell: (i) => causesAndRemedy(m, locale, i) });
  return cols;
}

function hasValues(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.value !== undefined);
}

function fileIssueTable(m: ReportMessages, locale: Locale, f: FileReport): El {
  const cols: Column<ReportIssue>[] = [
    { head: m.line, cell: (i) => lineCell(m, i), className: num },
    ...issueColumns(m, locale, hasValues(f.issues)),
  ];
  return table(cols, f.issues, 'issues');
}

function place(m: ReportMessages, file: string | null, line: number | null, record: number | null): Child {
  if (file === null) return m.none;
  const at = line !== null ? `:${line}` : record !== null ? ` (${m.record(record)})` : '';
  return h('span', { class: 'name' }, `${file}${at}`);
}

function unitIssueTable(m: ReportMessages, locale: Locale, u: UnitReport): El {
  const cols: Column<ReportIssue<UnitIssue>>[] = [
    { head: m.where, cell: (i) => (i.file === null ? `${m.unitId}` : place(m, i.file, i.line, i.record)) },
    { head: m.related, cell: (i) => (i.related === null ? m.none : place(m, i.related.file, i.related.line, i.related.record)) },
    ...issueColumns(m, locale, hasValues(u.issues)),
  ];
  return table(cols, u.issues, 'issues unit-issues');
}

function withdrawalTable(m: ReportMessages, u: UnitReport): El {
  const withKeys = u.withdrawals.some((w) => w.key !== undefined);
  const cols: Column<WithdrawalReport>[] = [
    { head: m.where, cell: (w) => place(m, w.file, w.line, w.record) },
    { head: m.withdraws, cell: (w) => kindLabel(m, w.withdraws) },
    { head: m.month, cell: (w) => w.month ?? m.none },
    { head: m.cascade, cell: (w) => (w.cascade.length === 0 ? m.none : w.cascade.map((k) => kindLabel(m, k)).join('、')) },
  ];
  if (withKeys) {
    cols.push({
      head: m.key,
      cell: (w) =>
        w.key === undefined
          ? m.none
          : h(
              'span',
              { class: 'name value' },
              Object.entries(w.key)
                .filter(([, v]) => v !== null)
                .map(([k, v]) => `${k}=${v}`)
                .join(' '),
            ),
    });
  }
  return table(cols, u.withdrawals, 'withdrawals');
}

function counts(m: ReportMessages, rows: readonly (readonly [string, number | string])[]): El {
  return h(
    'dl',
    { class: 'counts' },
    rows.map(([label, v]) => [h('dt', null, label), h('dd', null, typeof v === 'number' ? m.count(v) : v)]),
  );
}

/** The whole report's verdict: an error anywhere fails it; a warning anywhere marks it. */
function overallVerdict(r: ValidateReport): Verdict {
  const unitErrors = r.units.reduce((n, u) => n + u.errors, 0);
  const unitWarnings = r.units.reduce((n, u) => n + u.warnings, 0);
  return verdictOf(r.summary.errors + unitErrors, r.summary.warnings + unitWarnings);
}

function header(m: ReportMessages, r: ValidateReport, o: HtmlReportOptions, title: string): Child {
  const v = overallVerdict(r);
  const unitIssueCount = (sev: 'error' | 'warning'): number => r.units.reduce((n, u) => n + u.issues.filter((i) => i.severity === sev).length, 0);
  const anyValues =
    r.files.some((f) => hasValues(f.issues)) || r.units.some((u) => hasValues(u.issues) || u.withdrawals.some((w) => w.key !== undefined));
  return h(
    'header',
    null,
    h('h1', null, title),
    o.generatedAt === undefined ? null : h('p', { class: 'meta generated' }, `${m.generatedAt}: ${o.generatedAt}`),
    h(
      'div',
      { class: `overall v-${v}`, role: 'status' },
      h('span', { class: 'label' }, `${m.overall}:`),
      badge(m, v),
      h('p', null, m.verdictNote[v]),
      // Entries not read: said in the verdict's box, so that a pass is not read as complete.
      r.skipped.length > 0 ? h('p', { class: 'note incomplete' }, m.incomplete) : null,
    ),
    h('h2', null, m.summary),
    counts(m, [
      [m.filesCount, r.summary.files],
      [m.invalidFiles, r.summary.invalidFiles],
      [m.errors, r.summary.errors + unitIssueCount('error')],
      [m.warnings, r.summary.warnings + unitIssueCount('warning')],
      ...(r.summary.infos > 0 ? [[m.infos, r.summary.infos] as const] : []),
      [m.unitsCount, r.unitSummary.units],
      [m.invalidUnits, r.unitSummary.invalidUnits],
      [m.unitsWithWarnings, r.unitSummary.unitsWithWarnings],
      ...(r.skipped.length > 0 ? [[m.skippedCount, r.skipped.length] as const] : []),
    ]),
    h('p', { class: 'privacy' }, anyValues ? m.valuesShown : m.valuesHidden),
  );
}

function unitsSection(m: ReportMessages, r: ValidateReport): El {
  const cols: Column<UnitReport>[] = [
    { head: m.unitId, cell: (u, n) => h('a', { href: `#u${n + 1}`, class: 'name' }, u.id) },
    { head: m.combination, cell: (u) => (u.combination === null ? m.noCombination : m.combinations[u.combination]) },
    { head: m.result, cell: (u) => badge(m, u.verdict) },
    { head: m.errors, cell: (u) => u.errors, className: num },
    { head: m.warnings, cell: (u) => u.warnings, className: num },
    {
      head: m.filesHeading,
      cell: (u) =>
        h(
          'ul',
          null,
          [...u.files, ...u.images].map((f) => h('li', { class: 'name' }, f)),
        ),
    },
  ];
  return h(
    'section',
    { class: 'units' },
    h('h2', null, m.unitsHeading),
    r.units.length === 0 ? h('p', null, m.unitsNone) : table(cols, r.units, 'units'),
  );
}

function filesSection(m: ReportMessages, r: ValidateReport): El {
  const cols: Column<FileReport>[] = [
    { head: '#', cell: (_, n) => n + 1, className: num },
    {
      head: m.fileName,
      cell: (f, n) => (f.issues.length === 0 ? h('span', { class: 'name' }, f.file) : h('a', { href: `#f${n + 1}`, class: 'name' }, f.file)),
    },
    { head: m.kind, cell: (f) => kindLabel(m, f.kind) },
    { head: m.version, cell: (f) => f.version ?? m.none },
    { head: m.month, cell: (f) => monthOf(f) ?? m.none },
    { head: m.records, cell: (f) => f.records, className: num },
    { head: m.result, cell: (f) => badge(m, fileVerdict(f)) },
    { head: m.errors, cell: (f) => f.errors, className: num },
    { head: m.warnings, cell: (f) => f.warnings, className: num },
    { head: m.infos, cell: (f) => f.infos, className: num },
  ];
  return h('section', { class: 'files' }, h('h2', null, m.filesHeading), table(cols, r.files, 'files'));
}

function fileDetail(m: ReportMessages, locale: Locale, f: FileReport, n: number): El {
  return h(
    'section',
    { class: 'detail file', id: `f${n}` },
    h('h3', null, h('span', { class: 'name' }, f.file), ' ', badge(m, fileVerdict(f))),
    h(
      'p',
      { class: 'meta' },
      `${m.kind}: ${kindLabel(m, f.kind)} ／ ${m.version}: ${f.version ?? m.none} ／ ${m.month}: ${monthOf(f) ?? m.none} ／ ${m.records}: ${f.records} ／ ${m.errors}: ${f.errors} ／ ${m.warnings}: ${f.warnings} ／ ${m.infos}: ${f.infos}`,
    ),
    fileIssueTable(m, locale, f),
  );
}

function unitDetail(m: ReportMessages, locale: Locale, u: UnitReport, n: number): El {
  return h(
    'section',
    { class: 'detail unit', id: `u${n}` },
    h('h3', null, `${m.unitId} `, h('span', { class: 'name' }, u.id), ' ', badge(m, u.verdict)),
    h(
      'p',
      { class: 'meta' },
      `${m.combination}: ${u.combination === null ? m.noCombination : m.combinations[u.combination]} ／ ${m.errors}: ${u.errors} ／ ${m.warnings}: ${u.warnings}`,
    ),
    u.issues.length === 0 ? null : [h('h4', null, m.unitIssues), unitIssueTable(m, locale, u)],
    u.withdrawals.length === 0 ? null : [h('h4', null, m.withdrawalsHeading), withdrawalTable(m, u)],
  );
}

function skippedSection(m: ReportMessages, r: ValidateReport): El {
  return h(
    'section',
    { class: 'skipped' },
    h('h2', null, m.skippedHeading),
    table(
      [
        { head: m.fileName, cell: (s) => h('span', { class: 'name' }, s.file) },
        {
          head: m.reason,
          cell: (s) => `${m.skippedReason[s.reason]}${s.type === undefined ? '' : ` (${s.type})`}${s.error === undefined ? '' : ` ${s.error}`}`,
        },
      ],
      r.skipped,
      'skipped',
    ),
  );
}

/**
 * Writes the HTML report of `report` piece by piece (a section at a time: a report of any size is never one
 * string). Every name, message and value is escaped; control and bidirectional characters are spelled out.
 * Field values appear only if the report has them (a run with `includeValues`).
 */
export function writeHtmlReport(report: ValidateReport, write: (html: string) => void, options: HtmlReportOptions = {}): void {
  const locale = options.locale ?? 'ja';
  const m = REPORT_MESSAGES[locale];
  const title = options.title ?? m.title;
  write('<!DOCTYPE html>\n');
  write(`<html lang="${m.lang}">`);
  writeHtml(
    h(
      'head',
      null,
      h('meta', { charset: 'utf-8' }),
      h('meta', { 'http-equiv': 'Content-Security-Policy', content: REPORT_CSP }),
      h('meta', { name: 'referrer', content: 'no-referrer' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('meta', { name: 'generator', content: options.generator ?? 'careplan-csv' }),
      h('title', null, title),
      rawElement('style', null, REPORT_STYLE),
    ),
    write,
  );
  write('\n<body>\n');
  writeHtml(header(m, report, options, title), write);
  writeHtml(h('main', null, unitsSection(m, report), filesSection(m, report)), write);
  const withIssues = report.files.map((f, i) => [f, i + 1] as const).filter(([f]) => f.issues.length > 0);
  const unitsWithDetail = report.units.map((u, i) => [u, i + 1] as const).filter(([u]) => u.issues.length > 0 || u.withdrawals.length > 0);
  write('\n<section class="details">');
  writeHtml(h('h2', null, m.detailsHeading), write);
  if (withIssues.length === 0 && unitsWithDetail.length === 0) writeHtml(h('p', null, m.noIssues), write);
  // One file at a time: each section is built, written and dropped.
  for (const [f, n] of withIssues) writeHtml(fileDetail(m, locale, f, n), write);
  for (const [u, n] of unitsWithDetail) writeHtml(unitDetail(m, locale, u, n), write);
  write('</section>\n');
  if (report.skipped.length > 0) writeHtml(skippedSection(m, report), write);
  writeHtml(h('footer', null, options.generator ?? m.generator), write);
  write('\n</body>\n</html>\n');
}

/**
 * The HTML report of `report` as one string: a self-contained page (inline style, no script, a policy that
 * forbids every request) to open in a browser and print. Japanese by default (`locale: 'en'` for English).
 *
 * ```ts
 * import { renderHtmlReport, validateReport, validateUnits } from 'careplan-csv';
 * declare const files: { name: string; bytes: Uint8Array }[];
 * const html = renderHtmlReport(validateReport(validateUnits(files)), { locale: 'ja', generatedAt: '2025-06-03 12:00' });
 * ```
 */
export function renderHtmlReport(report: ValidateReport, options: HtmlReportOptions = {}): string {
  const parts: string[] = [];
  writeHtmlReport(report, (t) => parts.push(t), options);
  return parts.join('');
}
