import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../../src/docs/render.js';

// `npm run gen:docs` (scripts/gen-docs.mjs, part of `npm run gen`) writes the pages with the same function.
describe('generated reference pages are up to date', () => {
  for (const [path, content] of Object.entries(generatedDocs())) {
    it(path, () => {
      expect(existsSync(path), `${path} is missing: run npm run gen`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run gen`).toBe(content);
    });
  }
});
