// npm run test:page: builds the checker page and tests it in the system's headless Chromium
// (test/page/*.browser.ts, vitest.page.config.ts). Where there is no Chromium the tests are skipped with a
// notice, as the HTML report's browser test is, except in CI, which must run them (.ci/run installs it).
import { spawnSync } from 'node:child_process';
import { CHROMIUM_PATH, hasChromium } from './lib/chromium.mjs';

if (!hasChromium()) {
  const notice = `test:page: no Chromium at ${CHROMIUM_PATH} (Debian: apt-get install chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI) {
    console.error(`${notice}; CI must run the browser tests`);
    process.exit(1);
  }
  console.log(`${notice}: the checker page's browser tests are skipped`);
  process.exit(0);
}
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run(process.execPath, ['page/build.mjs']);
run(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.page.config.ts']);
