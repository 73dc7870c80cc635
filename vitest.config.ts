import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    reporters: ['default', './test/summary-reporter.ts'],
    // Type tests of the public API (test/types/*.test-d.ts): checked by tsc, run and reported with the rest.
    typecheck: { enabled: true, include: ['test/types/**/*.test-d.ts'], tsconfig: './test/types/tsconfig.json' },
  },
});
