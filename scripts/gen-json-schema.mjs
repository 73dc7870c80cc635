#!/usr/bin/env node
// Writes json-schema/<kind>.<version>.json and json-schema/index.json from the layout tables (through the
// zod schemas of src/zod). The generation itself is TypeScript (src/docs/json-schema.ts); this script runs
// the freshness test test/json-schema/generated-files.test.ts in write mode, as `npm run gen:docs` does
// for the Markdown pages.
// Usage: node scripts/gen-json-schema.mjs [--check]
//   --check  do not write; exit non-zero when a committed file differs from a fresh generation
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.slice(2).includes('--check');
const vitest = join(dirname(createRequire(import.meta.url).resolve('vitest/package.json')), 'vitest.mjs');
const env = { ...process.env };
if (check) delete env.UPDATE_JSON_SCHEMA;
else env.UPDATE_JSON_SCHEMA = '1';
const r = spawnSync(process.execPath, [vitest, 'run', 'test/json-schema/generated-files.test.ts'], { cwd: root, env, stdio: 'inherit' });
process.exit(r.status ?? 1);
