/**
 * The checker page in Debian's chromium (playwright-core, no browser download): launches it, opens the built page
 * from disk, records every request, and drops or picks files. Used by test/page/*.browser.ts.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.mjs';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PAGE_FILE = join(ROOT, 'page', 'dist', 'careplan-csv-checker.html');
export const SAMPLES = join(ROOT, 'samples');

/** The system's headless Chromium (scripts/lib/chromium.mjs, shared with the HTML report's test and screenshot). */
export async function launch(): Promise<Browser> {
  if (!existsSync(PAGE_FILE)) throw new Error('page/dist/careplan-csv-checker.html is missing: run npm run build:page');
  return launchChromium();
}

export interface OpenedPage {
  readonly page: Page;
  /** Every request the page and its worker made (URLs). */
  readonly requests: string[];
  /** Uncaught errors and console errors of the page. */
  readonly errors: string[];
  /** The Content-Security-Policy violations the page reported (blocked URIs). */
  violations(): Promise<string[]>;
}

/** Opens the built page from disk (file://) in a new context. */
export async function openPage(browser: Browser, options: { width?: number; height?: number; deviceScaleFactor?: number } = {}): Promise<OpenedPage> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.goto(pathToFileURL(PAGE_FILE).href);
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  return {
    page,
    requests,
    errors,
    violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations),
  };
}

export interface FileToCheck {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** The bundled sample files (the CSV files and the family image). */
export function sampleFiles(): FileToCheck[] {
  return readdirSync(SAMPLES)
    .filter((n) => /\.(csv|jpe?g)$/i.test(n))
    .sort()
    .map((name) => ({ name, bytes: readFileSync(join(SAMPLES, name)) }));
}

export function sample(prefix: string): FileToCheck {
  const f = sampleFiles().find((x) => x.name.startsWith(`${prefix}_`));
  if (f === undefined) throw new Error(`no sample ${prefix}`);
  return f;
}

/** Drops files on the drop zone, as a drag from the desktop does (a DataTransfer with the files). */
export async function dropFiles(page: Page, files: readonly FileToCheck[]): Promise<void> {
  const payload = files.map((f) => ({ name: f.name, data: Buffer.from(f.bytes).toString('base64') }));
  await page.evaluate((items) => {
    const data = new DataTransfer();
    for (const item of items) {
      const bytes = Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0));
      data.items.add(new File([bytes], item.name));
    }
    const zone = document.getElementById('drop') as HTMLElement;
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, payload);
}

/** Picks files with the page's file input. */
export async function pickFiles(page: Page, files: readonly FileToCheck[]): Promise<void> {
  await page.setInputFiles(
    '#pick-files',
    files.map((f) => ({ name: f.name, mimeType: 'text/csv', buffer: Buffer.from(f.bytes) })),
  );
}

/** Waits until the check has finished; returns the worker's time for it (ms). */
export async function checked(page: Page): Promise<number> {
  await page.waitForFunction(() => document.body.dataset.state !== 'checking', null, { timeout: 170_000 });
  const state = await page.evaluate(() => document.body.dataset.state);
  if (state !== 'done') throw new Error(`the check ended in state ${state}: ${await page.textContent('#status')}`);
  return page.evaluate(() => Number(document.body.dataset.ms));
}

/** The requests that left the page's own file and its blob: worker (none may). */
export function networkRequests(requests: readonly string[]): string[] {
  return requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'));
}
