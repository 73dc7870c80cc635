#!/usr/bin/env node
// Writes the Markdown reference pages (docs/layouts/*.md, docs/layouts/README.md, docs/issue-codes.md) from the
// layout tables and the issue catalogue. The pages are rendered by src/docs/render.ts, run from source through
// tsx (no build needed); test/docs/generated-docs.test.ts compares the committed pages with the same function.
// Usage: node scripts/gen-docs.mjs [--check]
//   --check  do not write; exit 1 and name every committed page that differs from a fresh generation
import { tsImport } from 'tsx/esm/api';
import { emit, isMain } from './lib/emit.mjs';

/** Every generated page (repository-relative path → content). */
export async function generateDocs() {
  const { generatedDocs } = await tsImport('../src/docs/render.ts', import.meta.url);
  return generatedDocs();
}

if (isMain(import.meta.url)) {
  process.exit(emit('gen-docs', await generateDocs(), { check: process.argv.includes('--check'), owns: ['docs/layouts'] }));
}
