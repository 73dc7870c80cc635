import { defineConfig } from 'vitest/config';

// The checker page in a real browser (`npm run test:page`, after `npm run build:page`): Debian's chromium driven by
// playwright-core. Kept out of the unit run (vitest.config.ts takes test/**/*.test.ts only), one file at a time.
export default defineConfig({
  test: {
    include: ['test/page/**/*.browser.ts'],
    testTimeout: 180_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
