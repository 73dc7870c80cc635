/**
 * The page side: picking and dropping files, the options panel, and the results (send units, files, 予定/実績,
 * issues with their cause and remedy, the row view). The checking runs in a Web Worker made from this same
 * script (see main.ts), so the page stays responsive; nothing is logged or sent.
 */
import { issueHelp } from '../../src/issues/help/index.js';
import type { Locale } from '../../src/issues/locales/index.js';
import { localizeIssue } from '../../src/issues/render.js';
import type { Issue } from '../../src/issues/types.js';
import { IMAGE_PREFIX, KIND_INFO } from '../../src/kinds.js';
import { describeDifference, describeSummary } from '../../src/reconcile/format.js';
import type { SendUnit, UnitFile, UnitIssue, UnitsResult } from '../../src/units/types.js';
import { byId, fill, h } from './dom.js';
import { PROFILES, READINESS_OPTION, hintText, htmlReport, repair, type CheckOptions, type RepairOutcome } from './extensions.js';
import { droppedFiles, pickedFiles } from './files.js';
import { TEXTS, type Texts } from './i18n.js';
import type { Comparison, FromWorker, PickedFile, RowView, ToWorker } from './protocol.js';

interface Checked {
  readonly result: UnitsResult;
  readonly comparisons: readonly Comparison[];
  readonly ms: number;
  readonly files: ReadonlyMap<string, File>;
}

export function startPage(workerSource: string): void {
  let locale: Locale = 'ja';
  let t: Texts = TEXTS.ja;
  let worker: Worker | null = null;
  let checked: Checked | null = null;
  let picked: readonly PickedFile[] = [];
  let pickedFolder = false;
  /** When the current check started (performance.now()), for the time shown in data-total-ms. */
  let started = 0;
  /** The button that opened the row view, to return to. */
  let opener: HTMLElement | null = null;
  const repairs: { name: string; outcome: RepairOutcome | null }[] = [];

  const status = byId('status');
  const progress = byId<HTMLProgressElement>('progress');
  const results = byId('results');
  const rowView = byId('row-view');

  // ---- the worker: one check at a time; a new check replaces a running one ----
  const workerUrl = URL.createObjectURL(new Blob([workerSource], { type: 'text/javascript' }));
  function post(message: ToWorker): void {
    if (worker === null) {
      worker = new Worker(workerUrl);
      worker.onmessage = (e: MessageEvent<FromWorker>) => received(e.data);
      worker.onerror = () => failed();
    }
    worker.postMessage(message);
  }

  function received(m: FromWorker): void {
    if (m.type === 'progress') {
      progress.max = m.total;
      progress.value = m.done;
      status.textContent = t.reading(m);
    } else if (m.type === 'done') {
      checked = { result: m.result, comparisons: m.comparisons, ms: m.ms, files: new Map(picked.map((p) => [p.name, p.file])) };
      progress.value = progress.max;
      render();
      // The worker's time, and the time from the files picked to the results on screen (for the tests' figures).
      document.body.dataset.ms = m.ms.toFixed(0);
      document.body.dataset.totalMs = (performance.now() - started).toFixed(0);
      document.body.dataset.state = 'done';
      results.focus();
    } else if (m.type === 'row') {
      showRow(m.row);
    } else if (m.type === 'repaired') {
      repairs.push(m);
      if (m.outcome !== null) download(m.name, m.outcome.bytes);
      render();
    } else {
      failed();
    }
  }

  function failed(): void {
    status.textContent = t.failed;
    document.body.dataset.state = 'failed';
    worker?.terminate();
    worker = null;
  }

  function options(): CheckOptions {
    const profile = byId<HTMLSelectElement>('profile').value;
    return {
      locale,
      requireUncertainFields: byId<HTMLInputElement>('require-uncertain').checked,
      skipHeader: byId<HTMLInputElement>('skip-header').checked,
      profile: PROFILES !== null && profile !== '' ? profile : null,
      readiness: READINESS_OPTION !== null && byId<HTMLInputElement>('readiness').checked,
    };
  }

  function check(files: readonly PickedFile[], folder: boolean): void {
    worker?.terminate();
    worker = null;
    checked = null;
    repairs.length = 0;
    rowView.hidden = true;
    picked = files;
    pickedFolder = folder;
    document.body.dataset.state = 'checking';
    started = performance.now();
    byId('status-area').hidden = false;
    const csv = files.filter((f) => /\.csv$/i.test(f.name)).length;
    progress.max = Math.max(csv, 1);
    progress.value = 0;
    if (csv === 0) {
      status.textContent = t.noCsv;
      results.hidden = true;
      document.body.dataset.state = 'empty';
      return;
    }
    status.textContent = t.reading({ done: 0, total: csv });
    post({ type: 'check', files, folder, options: options() });
  }

  // ---- input: drop, pick files, pick a folder ----
  const drop = byId('drop');
  const pickFiles = byId<HTMLInputElement>('pick-files');
  const pickFolder = byId<HTMLInputElement>('pick-folder');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer === null) return;
    void droppedFiles(e.dataTransfer).then((d) => check(d.files, d.folder));
  });
  // A file dropped beside the zone must not make the browser open it (and leave the page).
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());
  drop.addEventListener('click', () => pickFiles.click());
  drop.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      pickFiles.click();
    }
  });
  // The input is emptied once read, so that choosing the same files again (after fixing them) checks them again.
  pickFiles.addEventListener('change', () => {
    check(pickedFiles(pickFiles), false);
    pickFiles.value = '';
  });
  pickFolder.addEventListener('change', () => {
    check(pickedFiles(pickFolder), true);
    pickFolder.value = '';
  });
  // A changed option checks the same files again.
  for (const id of ['profile', 'readiness', 'require-uncertain', 'skip-header']) {
    byId(id).addEventListener('change', () => {
      if (picked.length > 0) check(picked, pickedFolder);
    });
  }
  byId('print').addEventListener('click', () => window.print());
  // The CLI's HTML report of the same results, when the library has it (extensions.ts): saved, to open and print.
  const saveReport = byId('save-report');
  if (htmlReport !== null) {
    const render = htmlReport;
    saveReport.hidden = false;
    saveReport.addEventListener('click', () => {
      if (checked !== null) download('careplan-csv-report.html', new TextEncoder().encode(render(checked.result, locale)), 'text/html');
    });
  }
  // Printed, the causes are shown too (a closed <details> prints its summary only).
  window.addEventListener('beforeprint', () => {
    for (const d of Array.from(results.querySelectorAll('details'))) d.open = true;
  });
  byId('row-back').addEventListener('click', () => {
    rowView.hidden = true;
    opener?.focus();
  });

  // ---- options that the library may not have yet (extensions.ts) ----
  if (PROFILES !== null) {
    byId('profile-option').hidden = false;
  }
  if (READINESS_OPTION !== null) byId('readiness-option').hidden = false;

  // ---- language ----
  byId('lang').addEventListener('click', () => {
    locale = locale === 'ja' ? 'en' : 'ja';
    applyTexts();
    if (checked !== null) render();
    if (!rowView.hidden) rowView.hidden = true;
  });

  function applyTexts(): void {
    t = TEXTS[locale];
    document.documentElement.lang = locale;
    document.title = t.pageTitle;
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('[data-i18n]'))) {
      const text = t[el.dataset.i18n as keyof Texts];
      if (typeof text === 'string') el.textContent = text;
    }
    const lang = byId('lang');
    lang.textContent = t.langSwitch;
    lang.lang = locale === 'ja' ? 'en' : 'ja';
    if (PROFILES !== null) {
      const select = byId<HTMLSelectElement>('profile');
      const value = select.value;
      fill(
        select,
        PROFILES.map((p) => h('option', { value: p }, t.profileNames[p] ?? p)),
      );
      select.value = value !== '' ? value : PROFILES.includes('standard') ? 'standard' : (PROFILES[0] ?? '');
    }
    if (checked !== null) status.textContent = t.finished({ files: countFiles(checked.result), seconds: (checked.ms / 1000).toFixed(1) });
  }

  // ---- results ----
  function countFiles(r: UnitsResult): number {
    return r.units.reduce((n, u) => n + u.files.length, 0) + r.ungrouped.length;
  }

  function fileVerdict(f: UnitFile): 'valid' | 'warnings' | 'invalid' {
    return f.result.errorCount > 0 ? 'invalid' : f.result.warningCount > 0 ? 'warnings' : 'valid';
  }

  function kindName(f: UnitFile): string {
    if (f.kind === 'familyImage') return `${IMAGE_PREFIX} ${t.image}`;
    if (f.kind === null) return t.unknown;
    return `${KIND_INFO[f.kind].prefix} ${KIND_INFO[f.kind].nameJa}`;
  }

  function verdictBadge(v: 'valid' | 'warnings' | 'invalid'): HTMLElement {
    return h('span', { class: `verdict ${v}` }, t.verdict[v]);
  }

  function filesTable(caption: string, files: readonly UnitFile[]): HTMLElement {
    const header = [t.colFile, t.colVerdict, t.colKind, t.colVersion, t.colMonth, t.colRecords, t.colErrors, t.colWarnings, t.colInfos];
    return h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'files' },
        h('caption', {}, caption),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            header.map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          files.map((f) =>
            h(
              'tr',
              { 'data-file': f.file },
              h('th', { scope: 'row', class: 'name' }, f.file, repairButton(f)),
              h('td', {}, verdictBadge(fileVerdict(f))),
              h('td', {}, kindName(f)),
              h('td', {}, f.result.version ?? '—'),
              h('td', {}, f.month ?? '—'),
              h('td', { class: 'num' }, f.result.recordCount),
              h('td', { class: 'num' }, f.result.errorCount),
              h('td', { class: 'num' }, f.result.warningCount),
              h('td', { class: 'num' }, f.result.infoCount),
            ),
          ),
        ),
      ),
    );
  }

  /** The repair button of a file with issues, when the library can repair (extensions.ts). */
  function repairButton(f: UnitFile): HTMLElement | null {
    if (repair === null || f.kind === null || f.kind === 'familyImage' || f.result.ok) return null;
    const button = h('button', { type: 'button', class: 'repair' }, t.repair({ name: baseName(f.file) }));
    button.addEventListener('click', () => {
      const file = checked?.files.get(f.file);
      if (file !== undefined) post({ type: 'repair', name: f.file, file, options: options() });
    });
    return button;
  }

  function unitSection(u: SendUnit): HTMLElement {
    const combination = u.combination === null ? t.combinationNone : t.combination[u.combination];
    return h(
      'section',
      { class: 'unit', 'data-unit': u.id, 'data-verdict': u.verdict },
      h('h4', {}, verdictBadge(u.verdict), ' ', t.unitCaption({ id: u.id, combination })),
      filesTable(t.unitCaption({ id: u.id, combination }), u.files),
    );
  }

  /** Every issue, file by file, with where it is, what it says, and its cause and remedy. */
  function issueRows(r: UnitsResult): { file: string | null; unit: SendUnit | null; issue: Issue | UnitIssue; fileInfo: UnitFile | null }[] {
    const rows: { file: string | null; unit: SendUnit | null; issue: Issue | UnitIssue; fileInfo: UnitFile | null }[] = [];
    for (const u of r.units) {
      for (const f of u.files) for (const issue of f.result.issues) rows.push({ file: f.file, unit: u, issue, fileInfo: f });
      for (const issue of u.issues) {
        const f = u.files.find((x) => x.file === issue.file) ?? null;
        rows.push({ file: issue.file, unit: u, issue, fileInfo: f });
      }
    }
    for (const f of r.ungrouped) for (const issue of f.result.issues) rows.push({ file: f.file, unit: null, issue, fileInfo: f });
    return rows;
  }

  function helpCell(issue: Issue): HTMLElement {
    const help = issueHelp(issue.code, locale);
    return h(
      'td',
      { class: 'help' },
      h('p', {}, h('strong', {}, `${t.remedy}: `), help.remedy),
      h(
        'details',
        {},
        h('summary', {}, t.causes),
        h('p', {}, help.meaning),
        h(
          'ul',
          {},
          help.causes.map((c) => h('li', {}, c)),
        ),
      ),
    );
  }

  function issuesTable(r: UnitsResult): HTMLElement {
    const rows = issueRows(r);
    if (rows.length === 0) return h('p', { class: 'none' }, t.issuesNone);
    const header = [t.colSeverity, t.colFile, t.colLine, t.colColumn, t.colField, t.colMessage, t.colHelp];
    const truncated = [...r.units.flatMap((u) => u.files), ...r.ungrouped].some((f) => f.result.truncated);
    return h(
      'div',
      { class: 'table-wrap' },
      truncated ? h('p', { class: 'note' }, t.truncated) : null,
      h(
        'table',
        { class: 'issues' },
        h('caption', {}, t.issuesCaption({ n: rows.length })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            header.map((c) => h('th', { scope: 'col' }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          rows.map(({ file, issue, fileInfo }) => {
            const i = localizeIssue(issue, locale);
            const related = 'related' in issue ? issue.related : null;
            return h(
              'tr',
              { class: `sev-${i.severity}`, 'data-code': i.code },
              h('td', {}, h('span', { class: `severity ${i.severity}` }, t.severity[i.severity] ?? i.severity)),
              h('td', { class: 'name' }, file ?? '—'),
              h('td', { class: 'num' }, i.line === null ? '—' : lineButton(i, file, fileInfo)),
              h('td', { class: 'num' }, i.column ?? '—'),
              h('td', {}, i.fieldJa ?? '—'),
              h(
                'td',
                {},
                h('span', { class: 'code' }, i.code),
                ' ',
                i.message,
                related === null
                  ? null
                  : h('span', { class: 'related' }, ' ', t.related({ file: related.file, line: related.line === null ? '' : `:${related.line}` })),
                hint(i),
              ),
              helpCell(i),
            );
          }),
        ),
      ),
    );
  }

  function hint(i: Issue): HTMLElement | null {
    const text = hintText(i);
    return text === null ? null : h('p', { class: 'hint' }, h('strong', {}, `${t.hint}: `), text);
  }

  function lineButton(i: Issue, file: string | null, f: UnitFile | null): HTMLElement | string {
    const line = i.line as number;
    const blob = file === null ? undefined : checked?.files.get(file);
    if (blob === undefined || file === null) return String(line);
    const button = h('button', { type: 'button', class: 'line', 'aria-label': t.showRow({ line }) }, line);
    button.addEventListener('click', () => {
      opener = button;
      const kind = f?.result.kind ?? null;
      post({ type: 'row', name: file, file: blob, line, column: i.column, kind, version: f?.result.version ?? null });
    });
    return button;
  }

  function showRow(row: RowView): void {
    const view = byId('row');
    if (!row.found) {
      fill(view, h('h3', {}, t.rowTitle(row)), h('p', {}, t.rowNotFound));
    } else {
      fill(
        view,
        h(
          'table',
          { class: 'row' },
          h('caption', {}, t.rowTitle(row)),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              [t.colNo, t.colField, t.colValue].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h(
            'tbody',
            {},
            row.fields.map((f, i) =>
              h(
                'tr',
                i === row.marked ? { class: 'marked', 'aria-current': 'true' } : {},
                h('th', { scope: 'row', class: 'num' }, f.no),
                h('td', {}, f.nameJa ?? '—', i === row.marked ? h('span', { class: 'mark-label' }, ` (${t.markedColumn})`) : null),
                h('td', { class: 'value' }, i === row.marked ? h('mark', {}, f.value) : f.value),
              ),
            ),
          ),
        ),
      );
    }
    rowView.hidden = false;
    rowView.focus();
    rowView.querySelector('tr.marked')?.scrollIntoView({ block: 'center' });
  }

  function reconcileSection(cs: readonly Comparison[]): HTMLElement | null {
    if (cs.length === 0) return null;
    return h(
      'section',
      { class: 'reconcile' },
      h('h3', {}, t.reconcileHeading),
      cs.map((c) => {
        const caption = t.reconcileCaption({ plan: baseName(c.plan), actual: baseName(c.actual), month: c.month });
        if (c.result === null) return h('div', { class: 'comparison' }, h('h4', {}, caption), h('p', {}, t.reconcileFailed));
        const r = c.result;
        return h(
          'div',
          { class: 'comparison', 'data-same': r.same },
          h('h4', {}, caption),
          h('p', { class: 'summary' }, r.same ? t.reconcileSame : describeSummary(r, locale)),
          r.differences.length === 0
            ? null
            : h(
                'table',
                { class: 'differences' },
                h('caption', {}, caption),
                h(
                  'thead',
                  {},
                  h(
                    'tr',
                    {},
                    [t.colDifference, t.colPlanLine, t.colActualLine].map((x) => h('th', { scope: 'col' }, x)),
                  ),
                ),
                h(
                  'tbody',
                  {},
                  r.differences.map((d) =>
                    h(
                      'tr',
                      { class: `diff-${d.type}` },
                      h('td', {}, describeDifference(d, locale)),
                      h('td', { class: 'num' }, d.plan?.line ?? '—'),
                      h('td', { class: 'num' }, d.actual?.line ?? '—'),
                    ),
                  ),
                ),
              ),
        );
      }),
    );
  }

  function repairList(): HTMLElement | null {
    if (repairs.length === 0) return null;
    return h(
      'section',
      { class: 'repairs', 'aria-live': 'polite' },
      h('h3', {}, t.repairChanges),
      repairs.map((r) =>
        r.outcome === null || r.outcome.changes.length === 0
          ? h('p', {}, t.repairNothing({ name: baseName(r.name) }))
          : h(
              'div',
              {},
              h('p', {}, t.repaired({ name: baseName(r.name), n: r.outcome.changes.length })),
              h(
                'ul',
                {},
                r.outcome.changes.map((c) =>
                  h(
                    'li',
                    {},
                    [
                      c.line == null ? null : `${t.colLine} ${c.line}`,
                      c.column == null ? null : `${t.colColumn} ${c.column}`,
                      c.fieldJa,
                      c.message ?? c.cause ?? c.kind,
                    ]
                      .filter((x) => x != null && x !== '')
                      .join(' · '),
                  ),
                ),
              ),
            ),
      ),
    );
  }

  function render(): void {
    if (checked === null) return;
    const r = checked.result;
    const all = [...r.units.flatMap((u) => u.files), ...r.ungrouped];
    status.textContent = t.finished({ files: all.length, seconds: (checked.ms / 1000).toFixed(1) });
    const unitIssueErrors = r.units.reduce((n, u) => n + u.issues.filter((i) => i.severity === 'error').length, 0);
    const unitIssueWarnings = r.units.reduce((n, u) => n + u.issues.filter((i) => i.severity === 'warning').length, 0);
    byId('overall').textContent = t.overall({
      files: all.length,
      invalid: all.filter((f) => f.result.errorCount > 0).length,
      errors: all.reduce((n, f) => n + f.result.errorCount, 0) + unitIssueErrors,
      warnings: all.reduce((n, f) => n + f.result.warningCount, 0) + unitIssueWarnings,
    });
    byId('overall').className = `overall ${r.ok ? 'ok' : 'ng'}`;
    fill(
      byId('units'),
      h('h3', {}, t.unitsHeading),
      r.units.map(unitSection),
      r.ungrouped.length === 0
        ? null
        : h('section', { class: 'unit ungrouped' }, h('h4', {}, t.ungroupedHeading), filesTable(t.ungroupedHeading, r.ungrouped)),
      repairList(),
    );
    const rc = reconcileSection(checked.comparisons);
    fill(byId('reconcile'), rc);
    fill(byId('issues'), h('h3', {}, t.issuesHeading), issuesTable(r));
    results.hidden = false;
  }

  applyTexts();
  document.body.dataset.state = 'ready';
}

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

/** Saves bytes under a file's own name (the browser's download: nothing leaves the computer). */
function download(path: string, bytes: Uint8Array, type = 'text/csv'): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = h('a', { href: url, download: baseName(path) });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
