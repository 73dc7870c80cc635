import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedDocs } from '../../src/docs/render.js';

// `npm run gen:docs` runs this file with UPDATE_DOCS=1 to write the pages.
const update = process.env.UPDATE_DOCS === '1';

describe('generated reference pages are up to date', () => {
  for (const [path, content] of Object.entries(generatedDocs())) {
    it(path, () => {
      if (update) writeFileSync(path, content);
      expect(existsSync(path), `${path} is missing: run npm run gen:docs`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run gen:docs`).toBe(content);
    });
  }
});
