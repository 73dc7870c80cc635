import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { getLayout } from '../../src/schemas/layouts.js';
import { checked, launch, networkRequests, openPage, pickFiles, sample } from './browser.js';

/** The 202505 UPPLAN sample with an impossible サービス提供日 (2025-05-32) on line 2. */
function brokenPlan(): { name: string; bytes: Uint8Array } {
  const plan = sample('UPPLAN_202505');
  const text = Buffer.from(plan.bytes).toString('latin1');
  const lines = text.split('\r\n');
  expect(lines[1]).toContain(',20250508,');
  lines[1] = lines[1]!.replace(',20250508,', ',20250532,');
  return { name: plan.name, bytes: Buffer.from(lines.join('\r\n'), 'latin1') };
}

describe('checker page: a broken file', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the issue with its line, column No., 項目名, message and remedy, and shows the row with the column marked', async () => {
    const { page, errors, requests } = await openPage(browser);
    const file = brokenPlan();
    const column = getLayout('table6Plan', '202407').fields.find((f) => f.key === 'serviceDate')!;
    const expected = validate(file.bytes, { fileName: file.name }).issues.find((i) => i.line === 2 && i.column === column.no);
    expect(expected).toBeDefined();

    await pickFiles(page, [file]);
    await checked(page);
    expect(await page.$eval('table.files tbody tr .verdict', (e) => e.className)).toBe('verdict invalid');

    const row = page.locator(`table.issues tbody tr[data-code="${expected!.code}"]`).first();
    const cells = await row.locator('td').allTextContents();
    expect(cells[0]).toBe('エラー');
    expect(cells[1]).toBe(file.name);
    expect(cells[2]).toBe('2');
    expect(cells[3]).toBe(String(column.no));
    expect(cells[4]).toBe(column.nameJa);
    expect(cells[5]).toContain(expected!.message);
    expect(cells[6]).toMatch(/^対処: ./);

    // Keyboard: the line's button opens the row view, focus moves to it, the column is marked.
    await row.getByRole('button', { name: '2 行目を表示' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#row-view:not([hidden]) table.row');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('row-view');
    const marked = await page.$eval('table.row tr.marked', (tr) => Array.from(tr.children, (c) => c.textContent));
    expect(marked).toEqual([String(column.no), `${column.nameJa} (問題の項目)`, '20250532']);
    expect(await page.$eval('table.row tbody tr:nth-child(7) td.value', (td) => td.textContent)).toBe('介護　花子');
    expect(await page.$eval('table.row caption', (c) => c.textContent)).toBe(`${file.name} の 2 行目`);
    await page.getByRole('button', { name: '問題の一覧に戻る' }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('2');

    // English: the same issue in English, with the English remedy.
    await page.click('#lang');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    const english = validate(file.bytes, { fileName: file.name, locale: 'en' }).issues.find((i) => i.line === 2 && i.column === column.no);
    const en = await row.locator('td').allTextContents();
    expect(en[0]).toBe('error');
    expect(en[5]).toContain(english!.message);
    expect(en[6]).toMatch(/^What to do: ./);

    expect(errors).toEqual([]);
    expect(networkRequests(requests)).toEqual([]);
  });

  it('does not compare 予定 with 実績 when an error sits in a column that rows are matched by', async () => {
    const { page, errors } = await openPage(browser);
    await pickFiles(page, [brokenPlan(), sample('UPJSK_202505')]);
    await checked(page);
    expect(await page.locator('.comparison').count()).toBe(1);
    expect(await page.textContent('.comparison p')).toMatch(/^予定か実績に、行の突き合わせに使う項目のエラー/);
    expect(await page.locator('table.differences').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  // Once issues carry probable-cause hints (issue 12), the page shows them with the issue.
  it('shows the probable cause of a value a spreadsheet damaged (leading zero dropped)', async () => {
    const { page, errors } = await openPage(browser);
    const plan = sample('UPPLAN_202505');
    const lines = Buffer.from(plan.bytes).toString('latin1').split('\r\n');
    expect(lines[0]).toContain(',0000123456,');
    lines[0] = lines[0]!.replace(',0000123456,', ',123456,');
    await pickFiles(page, [{ name: plan.name, bytes: Buffer.from(lines.join('\r\n'), 'latin1') }]);
    await checked(page);
    const row = page.locator('table.issues tbody tr', { has: page.locator('td:nth-child(3)', { hasText: /^1$/ }) }).first();
    expect(await row.locator('p.hint').textContent()).toMatch(/^考えられる原因: ./);
    expect(errors).toEqual([]);
  });
});
