// A headless Chromium for the report's screenshot (scripts/screenshots.mjs) and the browser test
// (test/report/html-in-browser.test.ts), through playwright-core (which downloads no browser of its own).
// The browser is the system's: CHROMIUM_PATH, else /usr/bin/chromium (Debian's `chromium` package; .ci/run
// installs it when missing).
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Where the browser is: $CHROMIUM_PATH, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Whether the browser is there. */
export function hasChromium() {
  return existsSync(CHROMIUM_PATH);
}

/** Launches it headless, with nothing in the background that would reach the network. */
export function launchChromium() {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}
