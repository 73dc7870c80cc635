import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, checked, dropFiles, launch, openPage, pickFiles, sample, sampleFiles } from './browser.js';

/** The generator of the benchmark (a development tool in plain JavaScript). */
interface Generated {
  readonly bytes: Uint8Array;
  readonly records: number;
}
interface Generator {
  generateTable6File(o: { minBytes: number }): Generated;
  generatedFileName(prefix: string, file: Generated): string;
}

/** The times of the last check: the worker's, and from the files given to the results on screen (ms). */
async function times(page: Page): Promise<{ worker: number; total: number }> {
  return page.evaluate(() => ({ worker: Number(document.body.dataset.ms), total: Number(document.body.dataset.totalMs) }));
}

describe('checker page: timings and the README screenshot', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('checks the 21 samples, and a 10 MB 第6表 file, and says how long it took', async () => {
    const { page, errors } = await openPage(browser);
    await dropFiles(page, sampleFiles());
    await checked(page);
    const samples = await times(page);

    const gen = (await import('../../bench/generate.mjs' as string)) as Generator;
    const big = gen.generateTable6File({ minBytes: 10 * 1024 * 1024 });
    const name = gen.generatedFileName('UPPLAN', big);
    await pickFiles(page, [{ name, bytes: big.bytes }]);
    await checked(page);
    const large = await times(page);
    expect(await page.$eval('table.files tbody tr td:nth-child(6)', (td) => td.textContent)).toBe(String(big.records));
    expect(await page.$eval('table.files tbody tr .verdict', (e) => e.className)).toBe('verdict valid');
    expect(errors).toEqual([]);
    const mb = (big.bytes.length / 1024 / 1024).toFixed(1);
    console.log(
      `checker page (chromium): 21 samples ${samples.total} ms (worker ${samples.worker} ms); ` +
        `${mb} MB UPPLAN, ${big.records} records: ${large.total} ms (worker ${large.worker} ms)`,
    );
  });

  it('writes docs/images/page.png: a send unit with an issue, its row marked, and 予定/実績', async () => {
    const { page } = await openPage(browser, { width: 1100, height: 900 });
    const plan = sample('UPPLAN_202505');
    const lines = Buffer.from(plan.bytes).toString('latin1').split('\r\n');
    // An impossible 作成年月日 (2025-04-31): an error that leaves 予定/実績 matching possible.
    lines[1] = lines[1]!.replace(',20250420,', ',20250431,');
    const files = [
      { name: plan.name, bytes: Buffer.from(lines.join('\r\n'), 'latin1') },
      sample('UPSIKYU_202505'),
      sample('UPHOSOKU_202505'),
      sample('UPJSK_202505'),
    ];
    await pickFiles(page, files);
    await checked(page);
    await page.locator('table.issues button.line').first().click();
    await page.waitForSelector('#row-view:not([hidden]) tr.marked');
    expect(await page.locator('table.differences tbody tr').count()).toBeGreaterThan(0);
    // The page from the top: the results, the issue and the marked row (the 予定/実績 table cut to its first rows).
    await page.evaluate(() => {
      for (const tr of Array.from(document.querySelectorAll('table.differences tbody tr')).slice(3)) tr.remove();
      for (const tr of Array.from(document.querySelectorAll('table.row tbody tr')))
        if (!tr.classList.contains('marked') && Number(tr.querySelector('th')?.textContent) > 12) tr.remove();
      window.scrollTo(0, 0);
      (document.activeElement as HTMLElement | null)?.blur();
    });
    const png = await page.screenshot({ fullPage: true });
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    writeFileSync(join(ROOT, 'docs', 'images', 'page.png'), png);
    expect(png.length).toBeGreaterThan(10_000);
  });
});
