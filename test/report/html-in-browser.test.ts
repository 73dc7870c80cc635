// The HTML report in a real browser (the system's headless Chromium through playwright-core): it renders,
// its style sheet applies under its own Content-Security-Policy, the print styles apply when printed, and
// opening it attempts no request, even with markup that would load something in a file name and a value.
// CI installs Chromium (.ci/run); elsewhere the test is skipped when there is none.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_PATH, hasChromium, launchChromium } from '../../scripts/lib/chromium.mjs';
import { damagedSampleFiles } from '../../scripts/lib/damaged-sample.mjs';
import { encodeMs932 } from '../../src/encoding/encode.js';
import { run } from '../cli/harness.js';

const available = hasChromium();
if (!available && process.env.CI) throw new Error(`CI needs Chromium at ${CHROMIUM_PATH} (.ci/run installs it)`);

const HOSTILE =
  'x/<img src="http://127.0.0.1:9/name.png"><link rel=stylesheet href=//127.0.0.1:9/s.css>UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
/** A file whose 被保険者番号 is markup that would load an image: shown only with --include-values, as text. */
const VALUE_FILE = 'v/UPPLAN_202505_1370000001_43_1310000002_11_20250425170513.CSV';
const ROW =
  '202407,131001,<img src=http://127.0.0.1:9/v.png>,20250420,202505,1370000001,"山田",1,,20250501,,1000,1100,1,111211,,,"",,1310000002,"",,0,,\r\n';

describe.skipIf(!available)('the HTML report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'careplan-browser-'));
  const file = join(dir, 'report.html');

  beforeAll(async () => {
    const files: Record<string, Uint8Array> = {
      ...damagedSampleFiles(),
      [HOSTILE]: encodeMs932(ROW).bytes as Uint8Array,
      [VALUE_FILE]: encodeMs932(ROW).bytes as Uint8Array,
    };
    const r = run(['validate', '--format', 'html', '--include-values', ...Object.keys(files).sort()], files);
    expect(r.code).toBe(1);
    writeFileSync(file, r.stdout);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    page.on('request', (req) => requests.push(req.url()));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('renders the verdict, the tables and the issues as visible text', async () => {
    expect(await page.title()).toBe('ケアプランデータ連携 CSV 検査結果');
    const overall = page.locator('.overall');
    expect(await overall.isVisible()).toBe(true);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered (visible) text is what is tested
    expect(await overall.innerText()).toContain('不合格');
    expect(await page.locator('table.files tbody tr').count()).toBe(5);
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered (visible) text is what is tested
    const body = await page.locator('body').innerText();
    expect(body).toContain('サービス利用日');
    expect(body).toContain('対処:');
    // The hostile name and value are text on the page, not elements.
    expect(body).toContain('<img src="http://127.0.0.1:9/name.png">');
    expect(body).toContain('<img src=http://127.0.0.1:9/v.png>');
    expect(await page.locator('img, link[rel=stylesheet]').count()).toBe(0);
  });

  it('applies its style sheet (allowed by hash), with nothing refused', async () => {
    const color = await page.locator('.overall .verdict').evaluate((e) => getComputedStyle(e).color);
    expect(color).toBe('rgb(176, 0, 32)');
    expect(consoleErrors).toEqual([]);
  });

  it('attempts no request but the page itself', () => {
    expect(requests).toEqual([pathToFileURL(file).href]);
  });

  it('uses the print styles when printed', async () => {
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('body').evaluate((e) => getComputedStyle(e).fontSize)).toBe('12px');
    const pdf = await page.pdf({ format: 'A4', landscape: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.emulateMedia({ media: 'screen' });
    expect(requests).toEqual([pathToFileURL(file).href]);
  });
});
