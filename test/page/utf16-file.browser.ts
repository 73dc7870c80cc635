import iconv from 'iconv-lite';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { checked, dropFiles, launch, networkRequests, openPage, sample } from './browser.js';

describe('checker page: a file saved as UTF-16 (Excel 「Unicode テキスト」)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [label, separator] of [
    ['tab-separated', '\t'],
    ['comma-separated', ','],
  ] as const) {
    it(`${label}: one encoding.utf16, and the row view shows line 1 as text, in the layout's columns`, async () => {
      const { page, errors, requests } = await openPage(browser);
      const plan = sample('UPPLAN_202505');
      const text = iconv.decode(Buffer.from(plan.bytes), 'cp932');
      // Excel writes UTF-16LE with a BOM; the values here hold no separator, so no quotes are needed.
      const lines = text.split('\r\n').map((l) => (separator === ',' ? l : l.replaceAll('"', '').replaceAll(',', '\t')));
      const utf16 = { name: plan.name, bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]) };
      expect(validate(utf16.bytes, { fileName: plan.name }).issues.map((i) => i.code)).toEqual(['encoding.utf16']);
      await dropFiles(page, [utf16]);
      await checked(page);
      const row = page.locator('table.issues tbody tr[data-code="encoding.utf16"]');
      await expect(row.count()).resolves.toBe(1);
      await row.getByRole('button', { name: '1 行目を表示' }).click();
      await page.waitForSelector('#row-view:not([hidden]) table.row');
      const first = lines[0]!.split(separator).map((v) => v.replace(/^"(.*)"$/, '$1'));
      const shown = await page.$$eval('table.row tbody tr td.value', (tds) => tds.map((td) => td.textContent));
      expect(shown).toEqual(first);
      // The values are the file's text (a name in kanji), not its bytes taken for MS932.
      expect(shown.some((v) => /[\u4e00-\u9fff]/.test(v ?? ''))).toBe(true);
      const names = await page.$$eval('table.row tbody tr td:nth-child(2)', (tds) => tds.map((td) => td.textContent));
      expect(names[0]).toContain('CSVバージョン');
      expect(errors).toEqual([]);
      expect(networkRequests(requests)).toEqual([]);
    });
  }
});
