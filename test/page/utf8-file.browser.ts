import iconv from 'iconv-lite';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validate } from '../../src/api.js';
import { issueHelp } from '../../src/issues/help/index.js';
import { checked, dropFiles, launch, networkRequests, openPage, sample } from './browser.js';

describe('checker page: a file saved as UTF-8', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('reports the encoding issue with its cause and remedy', async () => {
    const { page, errors, requests } = await openPage(browser);
    const plan = sample('UPPLAN_202505');
    const utf8 = { name: plan.name, bytes: Buffer.from(iconv.decode(Buffer.from(plan.bytes), 'cp932'), 'utf8') };
    await dropFiles(page, [utf8]);
    await checked(page);

    expect(await page.$eval('table.files tbody tr .verdict', (e) => e.className)).toBe('verdict invalid');
    const row = page.locator('table.issues tbody tr[data-code="encoding.utf8"]');
    await expect(row.count()).resolves.toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toBe('エラー');
    expect(cells[1]).toBe(plan.name);
    expect(cells[5]).toContain('encoding.utf8');
    expect(cells[6]).toContain(issueHelp('encoding.utf8', 'ja').remedy);
    // The causes open with the keyboard.
    await row.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await row.locator('details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await row.locator('details li').first().textContent()).toBe(issueHelp('encoding.utf8', 'ja').causes[0]);

    expect(errors).toEqual([]);
    expect(networkRequests(requests)).toEqual([]);
  });

  // Once the library has `repair` (issue 13), the page offers it for the file: the download is the file in MS932.
  it('offers the repaired file for download and lists what was changed', async () => {
    const { page, errors, requests } = await openPage(browser);
    const plan = sample('UPPLAN_202505');
    const utf8 = { name: plan.name, bytes: Buffer.from(iconv.decode(Buffer.from(plan.bytes), 'cp932'), 'utf8') };
    await dropFiles(page, [utf8]);
    await checked(page);
    const download = page.waitForEvent('download');
    await page.locator('table.files button.repair').click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(plan.name);
    const bytes = readFileSync((await saved.path()) as string);
    expect(validate(bytes, { fileName: plan.name }).issues.map((i) => i.code)).not.toContain('encoding.utf8');
    expect(await page.locator('section.repairs li').count()).toBeGreaterThan(0);
    // Each change says what was done, in the page's language (not the change's kind, "utf8").
    expect(await page.locator('section.repairs li').first().textContent()).toContain('UTF-8 を Shift_JIS（MS932）に変換');
    expect(errors).toEqual([]);
    expect(networkRequests(requests)).toEqual([]);
  });
});
