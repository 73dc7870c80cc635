import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm test` builds first. The core bundles (everything but the CLI) must load in a browser: no Node
// built-in modules, no Buffer, no process.
describe('the core bundles use no Node-only API', () => {
  for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/zod.js', 'dist/testing.js', 'dist/testing.cjs']) {
    it(file, () => {
      const code = readFileSync(file, 'utf8');
      expect(code).not.toMatch(/from ["']node:|require\(["']node:|from ["'](fs|path|util|buffer)["']/);
      expect(code).not.toMatch(/\bBuffer\.|\bprocess\./);
    });
  }
});
