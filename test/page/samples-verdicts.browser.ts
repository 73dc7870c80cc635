import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/validate-units.js';
import { checked, dropFiles, launch, networkRequests, openPage, sampleFiles } from './browser.js';

describe('checker page: the bundled samples dropped on the page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows every file and send unit with the verdict the library gives, and the 予定/実績 comparison', async () => {
    const { page, errors, requests } = await openPage(browser);
    const files = sampleFiles();
    expect(files.filter((f) => /\.csv$/i.test(f.name))).toHaveLength(21);
    const expected = validateUnits(files.map((f) => ({ name: f.name, bytes: f.bytes })));
    await dropFiles(page, files);
    await checked(page);

    const rows = await page.$$eval('table.files tbody tr', (trs) =>
      trs.map((tr) => ({
        file: (tr as HTMLElement).dataset.file,
        verdict: tr.querySelector('.verdict')?.className.replace('verdict ', ''),
        cells: Array.from(tr.querySelectorAll('td'), (td) => td.textContent),
      })),
    );
    const expectedFiles = [...expected.units.flatMap((u) => u.files), ...expected.ungrouped];
    expect(rows.map((r) => r.file).sort()).toEqual(files.map((f) => f.name).sort());
    for (const f of expectedFiles) {
      const row = rows.find((r) => r.file === f.file);
      const verdict = f.result.errorCount > 0 ? 'invalid' : f.result.warningCount > 0 ? 'warnings' : 'valid';
      expect(row?.verdict, f.file).toBe(verdict);
      // kind, version, month, records, errors, warnings, notes
      expect(row?.cells.slice(2), f.file).toEqual([
        f.result.version ?? '—',
        f.month ?? '—',
        String(f.result.recordCount),
        String(f.result.errorCount),
        String(f.result.warningCount),
        String(f.result.infoCount),
      ]);
    }
    expect(rows.every((r) => r.verdict === 'valid')).toBe(true);

    const units = await page.$$eval('section.unit[data-unit]', (els) =>
      els.map((e) => [(e as HTMLElement).dataset.unit, (e as HTMLElement).dataset.verdict]),
    );
    expect(units).toEqual(expected.units.map((u) => [u.id, u.verdict]));
    expect(units).toHaveLength(10);
    expect(await page.textContent('#overall')).toBe('22 ファイルすべてに問題はありません。');
    expect(await page.textContent('#issues')).toContain('問題はありません。');
    // Progress reached every CSV file.
    expect(await page.$eval('#progress', (p) => [(p as HTMLProgressElement).value, (p as HTMLProgressElement).max])).toEqual([21, 21]);

    // UPPLAN and UPJSK of 202505 were dropped together: compared.
    const comparisons = await page.$$eval('.comparison h4', (hs) => hs.map((x) => x.textContent));
    expect(comparisons).toEqual([expect.stringMatching(/^202505: 予定 UPPLAN_202505_.*と 実績 UPJSK_202505_/)]);
    expect(await page.textContent('.comparison .summary')).toMatch(/^(予定と実績は一致しています。|差異 \d+ 件)/);

    expect(errors).toEqual([]);
    expect(networkRequests(requests)).toEqual([]);
  });
});
