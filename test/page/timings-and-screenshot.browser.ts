import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/validate-units.js';
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

/** The best of `n` runs of `fn` (ms). */
function best(n: number, fn: () => unknown): number {
  let min = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
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

  it('checks the 21 samples, and a 10 MB 第6表 file, and says how long it took (against Node in the same run)', async () => {
    const { page, errors } = await openPage(browser);
    const files = sampleFiles();
    // The page's times, first (cold) and the best of three; Node's validateUnits on the same files as the baseline.
    const pageSamples: number[] = [];
    const workerSamples: number[] = [];
    for (let i = 0; i < 3; i++) {
      await dropFiles(page, files);
      await checked(page);
      const t = await times(page);
      pageSamples.push(t.total);
      workerSamples.push(t.worker);
    }
    const nodeSamples = best(3, () => validateUnits(files));

    const gen = (await import('../../bench/generate.mjs' as string)) as Generator;
    const big = gen.generateTable6File({ minBytes: 10 * 1024 * 1024 });
    const name = gen.generatedFileName('UPPLAN', big);
    const pageLarge: number[] = [];
    const workerLarge: number[] = [];
    for (let i = 0; i < 2; i++) {
      await pickFiles(page, [{ name, bytes: big.bytes }]);
      await checked(page);
      const t = await times(page);
      pageLarge.push(t.total);
      workerLarge.push(t.worker);
    }
    const nodeLarge = best(2, () => validateUnits([{ name, bytes: big.bytes }]));
    expect(await page.$eval('table.files tbody tr td:nth-child(6)', (td) => td.textContent)).toBe(String(big.records));
    expect(await page.$eval('table.files tbody tr .verdict', (e) => e.className)).toBe('verdict valid');
    expect(errors).toEqual([]);
    const mb = (big.bytes.length / 1024 / 1024).toFixed(1);
    const line = (what: string, shown: number[], worker: number[], node: number) =>
      `${what}: on screen ${shown[0]} ms cold, ${Math.min(...shown)} ms best; worker ${Math.min(...worker)} ms; ` +
      `Node validateUnits ${node.toFixed(0)} ms (worker/Node ${(Math.min(...worker) / node).toFixed(2)})`;
    console.log(
      `checker page in chromium (load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')})\n` +
        `${line('21 samples', pageSamples, workerSamples, nodeSamples)}\n` +
        `${line(`${mb} MB UPPLAN (${big.records} records)`, pageLarge, workerLarge, nodeLarge)}`,
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
