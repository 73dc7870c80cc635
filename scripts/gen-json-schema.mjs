#!/usr/bin/env node
// Writes json-schema/<kind>.<version>.json and json-schema/index.json from the layout tables (through the zod
// schemas of src/zod). The generation itself is TypeScript (src/docs/json-schema.ts), run from source through
// tsx (no build needed); test/json-schema/generated-files.test.ts compares the committed files with the same
// function. json-schema/ holds only generated files: any other file there is removed (reported with --check).
// Usage: node scripts/gen-json-schema.mjs [--check]
//   --check  do not write; exit 1 and name every committed file that differs from a fresh generation
import { tsImport } from 'tsx/esm/api';
import { emit, isMain } from './lib/emit.mjs';

/** Every generated JSON Schema file (repository-relative path → content) and the folder that holds them. */
export async function generateJsonSchema() {
  const { JSON_SCHEMA_DIR, jsonSchemaFiles } = await tsImport('../src/docs/json-schema.ts', import.meta.url);
  return { dir: JSON_SCHEMA_DIR, files: jsonSchemaFiles() };
}

if (isMain(import.meta.url)) {
  const { dir, files } = await generateJsonSchema();
  process.exit(emit('gen-json-schema', files, { check: process.argv.includes('--check'), owns: [dir] }));
}
