import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checked, launch, openPage, pickFiles, sample, sampleFiles } from './browser.js';

describe('checker page: keyboard, labels, 200% zoom, language', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('labels every control and opens the file chooser from the drop zone with the keyboard', async () => {
    const { page, errors } = await openPage(browser);
    const unlabelled = await page.$$eval('input, select', (els) =>
      els.filter((e) => !(e as HTMLInputElement).closest('[hidden]') && ((e as HTMLInputElement).labels?.length ?? 0) === 0).map((e) => e.id),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.$eval('#drop', (d) => [d.getAttribute('role'), d.getAttribute('tabindex'), d.getAttribute('aria-describedby')])).toEqual([
      'button',
      '0',
      'drop-help',
    ]);
    // Tab from the start reaches the drop zone; Enter opens the file chooser. The listener goes first: Playwright
    // turns file-chooser interception on when one is added, and the Tab round trips let that command land
    // before Enter (waiting only just before Enter made the test miss the chooser now and then).
    const chooser = page.waitForEvent('filechooser');
    let focused = '';
    for (let i = 0; i < 10 && focused !== 'drop'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.id ?? '');
    }
    expect(focused).toBe('drop');
    await page.keyboard.press('Enter');
    expect((await chooser).isMultiple()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('reads at 200% zoom (a 640 px wide viewport for a 1280 px window) without scrolling sideways', async () => {
    const { page, errors } = await openPage(browser, { width: 640, height: 800, deviceScaleFactor: 2 });
    const broken = sample('UPPLAN_202505');
    await pickFiles(page, [
      ...sampleFiles().filter((f) => !f.name.startsWith('UPPLAN_202505')),
      { name: broken.name, bytes: broken.bytes.subarray(0, 400) },
    ]);
    await checked(page);
    expect(await page.locator('table.issues tbody tr').count()).toBeGreaterThan(0);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    expect(errors).toEqual([]);
  });

  it('switches to English and back, static and built texts alike', async () => {
    const { page } = await openPage(browser);
    await pickFiles(page, [sample('UP1KYO')]);
    await checked(page);
    expect(await page.textContent('h1')).toBe('ケアプランデータ連携 CSV チェッカー');
    await page.click('#lang');
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['en', 'Care-plan data exchange CSV checker']);
    expect(await page.textContent('#overall')).toBe('No errors in 1 file (3 warnings).');
    expect(await page.textContent('table.files thead')).toContain('Verdict');
    expect(await page.getAttribute('#lang', 'lang')).toBe('ja');
    await page.click('#lang');
    expect(await page.textContent('#overall')).toBe('1 ファイルにエラーはありません（警告 3 件）。');
  });
});
