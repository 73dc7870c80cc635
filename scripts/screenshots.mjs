// `npm run screenshots`: renders the HTML report of a damaged sample (scripts/lib/damaged-sample.mjs) with the
// built CLI and takes its picture in headless Chromium: docs/images/report.png, shown in the README.
// Needs the system's Chromium (CHROMIUM_PATH, else /usr/bin/chromium) and a Japanese font (Debian:
// fonts-noto-cjk or fonts-ipafont-gothic), or the Japanese text shows as boxes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CHROMIUM_PATH, hasChromium, launchChromium } from './lib/chromium.mjs';
import { writeDamagedSample } from './lib/damaged-sample.mjs';

const ROOT = new URL('../', import.meta.url);
const OUT = new URL('docs/images/report.png', ROOT);

if (!hasChromium()) {
  console.error(`screenshots: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`);
  process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'careplan-report-'));
try {
  const dir = writeDamagedSample(join(work, 'received'));
  const html = join(work, 'report.html');
  try {
    // Exit 1: the sample has errors, which is the point.
    // Run in the directory with the names alone, so that the picture shows file names, not a temporary path.
    const names = readdirSync(dir).sort();
    execFileSync(process.execPath, [new URL('dist/cli.js', ROOT).pathname, 'validate', '--format', 'html', '--locale', 'ja', '-o', html, ...names], {
      cwd: dir,
      stdio: 'inherit',
    });
  } catch (e) {
    if (e.status !== 1) throw e;
  }
  mkdirSync(new URL('docs/images/', ROOT), { recursive: true });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(html).href);
    await page.screenshot({ path: OUT.pathname, fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(`screenshots: wrote ${OUT.pathname.slice(ROOT.pathname.length)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
