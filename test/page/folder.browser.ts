import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAMPLES, checked, launch, networkRequests, openPage } from './browser.js';

describe('checker page: a whole folder picked', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('checks the folder’s CSV files and family image by their paths in the folder, leaving other files out', async () => {
    const { page, errors, requests } = await openPage(browser);
    await page.setInputFiles('#pick-folder', SAMPLES);
    await checked(page);
    const shown = await page.$$eval('table.files tbody tr', (trs) => trs.map((tr) => (tr as HTMLElement).dataset.file ?? ''));
    const expected = readdirSync(SAMPLES)
      .filter((n) => /\.csv$/i.test(n) || /^UPKIHON_IMAGE_.*\.jpe?g$/i.test(n))
      .map((n) => `samples/${n}`);
    expect(shown.sort()).toEqual(expected.sort());
    // The folder holds the family image that UPKIHON names: no unit misses it.
    expect(await page.$$eval('section.unit[data-unit]', (els) => els.map((e) => (e as HTMLElement).dataset.verdict))).toEqual(
      Array(10).fill('valid'),
    );
    expect(errors).toEqual([]);
    expect(networkRequests(requests)).toEqual([]);
  });
});
