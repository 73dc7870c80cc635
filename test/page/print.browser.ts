import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checked, launch, openPage, pickFiles, sample } from './browser.js';

describe('checker page: printed', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prints the results with the causes and remedies, without the controls', async () => {
    const { page } = await openPage(browser);
    const cut = sample('UP2KYO');
    await pickFiles(page, [{ name: cut.name, bytes: cut.bytes.subarray(0, 300) }]);
    await checked(page);
    // The print button's handler opens every <details> before printing (beforeprint), so the causes are printed too.
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (sel: string) => Array.from(document.querySelectorAll(sel)).some((e) => (e as HTMLElement).offsetParent !== null);
      return {
        input: visible('#drop'),
        language: visible('#lang'),
        printButton: visible('#print'),
        results: visible('#results table.files'),
        issues: visible('#results table.issues'),
        causes: visible('#results table.issues details li'),
      };
    });
    expect(shown).toEqual({ input: false, language: false, printButton: false, results: true, issues: true, causes: true });
    expect((await page.pdf()).length).toBeGreaterThan(1000);
  });

  // Once the library renders the CLI's HTML report (validateReport, renderHtmlReport), the page saves it too.
  it('saves the CLI’s HTML report of the same results', async () => {
    const { page, errors } = await openPage(browser);
    const cut = sample('UP2KYO');
    await pickFiles(page, [{ name: cut.name, bytes: cut.bytes.subarray(0, 300) }]);
    await checked(page);
    const download = page.waitForEvent('download');
    await page.click('#save-report');
    const saved = await download;
    expect(saved.suggestedFilename()).toBe('careplan-csv-report.html');
    const html = readFileSync((await saved.path()) as string, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain(cut.name);
    expect(errors).toEqual([]);
  });
});
