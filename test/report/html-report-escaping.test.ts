// The HTML report escapes everything it did not write itself: file names (markup, quotes, control and
// bidirectional characters), messages, and field values, which appear only when the run asked for them.
import { describe, expect, it } from 'vitest';
import { encodeMs932 } from '../../src/encoding/encode.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { validateReport } from '../../src/report/data.js';
import { validateUnits } from '../../src/units/index.js';
import { run } from '../cli/harness.js';
import { all, attr, elements, one, parseHtml, tableRows, text } from './html.js';

const SPEC_NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
/** A record whose 被保険者番号 holds markup, and whose name field a value-bearing issue would quote. */
const ROW = '202407,131001,<b>X</b>&\'<>,20250420,202505,1370000001,"山田",1,,20250501,,1000,1100,1,111211,,,"",,1310000002,"",,0,,\r\n';
const BYTES = encodeMs932(ROW).bytes as Uint8Array;

const HOSTILE = [
  `dir/<script>alert(1)</script>${SPEC_NAME}`,
  `dir/"><img src=x onerror=alert(1)>${SPEC_NAME}`,
  `dir/evil\u202eVSC.${SPEC_NAME}`,
  `dir/line\nbreak\u001b[31m${SPEC_NAME}`,
];

function noActiveContent(html: string): void {
  const doc = parseHtml(html);
  const els = elements(doc);
  expect(
    els.filter((e) => ['script', 'img', 'iframe', 'svg', 'object', 'a'].includes(e.tagName) && attr(e, 'href')?.startsWith('#') !== true),
  ).toEqual([]);
  for (const e of els) for (const a of e.attrs) expect(a.name.startsWith('on')).toBe(false);
}

describe('the HTML report escapes names and values', () => {
  it('file names with markup, quotes and control characters are text, shown as given (controls spelled out)', () => {
    const files = Object.fromEntries(HOSTILE.map((n) => [n, BYTES]));
    const r = run(['validate', '--format', 'html', ...HOSTILE], files);
    expect(r.code).toBe(1);
    noActiveContent(r.stdout);
    const doc = parseHtml(r.stdout);
    const shown = tableRows(one(doc, 'table', 'files'))
      .slice(1)
      .map((row) => row[1]);
    expect(shown).toEqual([HOSTILE[0], HOSTILE[1], `dir/evil\\u202eVSC.${SPEC_NAME}`, `dir/line\\nbreak\\x1b[31m${SPEC_NAME}`]);
    expect(all(doc, 'section', 'file').map((s) => text(one(s, 'h3')))).toEqual(shown.map((n) => `${n} ✕ 不合格`));
    expect(r.stdout).not.toContain('\u202e');
    expect(r.stdout).not.toContain('\u001b');
  });

  it('no field value without --include-values', () => {
    const r = run(['validate', '--format', 'html', SPEC_NAME], { [SPEC_NAME]: BYTES });
    const doc = parseHtml(r.stdout);
    expect(text(doc)).not.toContain('<b>X</b>');
    expect(r.stdout).not.toContain('X</b>');
    expect(r.stdout).not.toContain('山田');
    expect(tableRows(one(one(doc, 'section', 'file'), 'table', 'issues'))[0]).not.toContain('値');
    expect(text(one(doc, 'p', 'privacy'))).toBe('項目の値（個人情報）は含めていません。');
  });

  it('with --include-values the value is shown as text, escaped, and the page says it holds personal data', () => {
    const r = run(['validate', '--format', 'html', '--include-values', SPEC_NAME], { [SPEC_NAME]: BYTES });
    noActiveContent(r.stdout);
    const doc = parseHtml(r.stdout);
    const rows = tableRows(one(one(doc, 'section', 'file'), 'table', 'issues'));
    const col = rows[0]?.indexOf('値') as number;
    expect(col).toBeGreaterThan(0);
    expect(rows.slice(1).map((row) => row[col])).toContain(`<b>X</b>&'<>`);
    expect(all(doc, 'b').map(text)).not.toContain('X');
    expect(r.stdout).toContain('&lt;b&gt;X&lt;/b&gt;&amp;&#39;&lt;&gt;');
    expect(text(one(doc, 'p', 'privacy'))).toBe('この報告書には項目の値（個人情報）が含まれます。取り扱いに注意してください。');
  });

  it('renderHtmlReport (the library) escapes the title and options as well', () => {
    const result = validateUnits([{ name: HOSTILE[0] as string, bytes: BYTES }]);
    const html = renderHtmlReport(validateReport(result), {
      title: '</title><script>x</script>',
      generatedAt: '<i>now</i>',
      generator: '"><script>',
    });
    noActiveContent(html);
    const doc = parseHtml(html);
    expect(text(one(doc, 'title'))).toBe('</title><script>x</script>');
    expect(text(one(doc, 'h1'))).toBe('</title><script>x</script>');
    expect(text(one(doc, 'p', 'generated'))).toBe('作成日時: <i>now</i>');
    expect(attr(all(doc, 'meta').find((m) => attr(m, 'name') === 'generator') as never, 'content')).toBe('"><script>');
  });
});
