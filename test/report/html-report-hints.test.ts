// The HTML report shows the probable cause the reader recognised under an issue's message, and says when
// `careplan-csv fix` can mend it (the same hint the text output prints).
import { describe, expect, it } from 'vitest';
import { damagedSampleFiles } from '../../scripts/lib/damaged-sample.mjs';
import { run } from '../cli/harness.js';
import { all, parseHtml, text } from './html.js';

const files = damagedSampleFiles();
const names = Object.keys(files).sort();

function hints(locale: 'ja' | 'en'): string[] {
  const r = run(['validate', '--format', 'html', '--locale', locale, ...names], files);
  return all(parseHtml(r.stdout), 'div')
    .filter((d) => d.attrs.some((a) => a.name === 'class' && a.value === 'hint'))
    .map((d) => text(d));
}

describe('HTML report: probable causes', () => {
  it('a spreadsheet-damaged unit: each recognised cause under its issue, with the fix note', () => {
    const ja = hints('ja');
    expect(ja.length).toBeGreaterThanOrEqual(3);
    for (const h of ja) expect(h.startsWith('推定される原因: ')).toBe(true);
    expect(ja.some((h) => h.endsWith('（careplan-csv fix で修正できます）'))).toBe(true);
  });

  it('in English too', () => {
    const en = hints('en');
    expect(en.length).toBe(hints('ja').length);
    for (const h of en) expect(h.startsWith('Probable cause: ')).toBe(true);
    expect(en.some((h) => h.endsWith(' (careplan-csv fix can mend it)'))).toBe(true);
  });

  it('the undamaged samples have none', () => {
    const r = run(['validate', '--format', 'html', 'samples/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV']);
    expect(r.stdout).not.toContain('class="hint"');
  });
});
