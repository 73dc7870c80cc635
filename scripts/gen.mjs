#!/usr/bin/env node
// Regenerates every generated file of the repository, in dependency order: the MS932 table, the JIS X 0213 tables
// (from Python's codecs, where python3 exists: see scripts/gen-jisx0213.mjs), the layout tables
// (from spec/layouts/ and scripts/overlay/), the reference pages and the JSON Schema files (both from the
// layout tables). Each step is a plain node script run in its own process, so later steps read what earlier
// ones wrote. Needs nothing but `npm ci`: no build, no test runner, nothing outside the repository.
// Usage: node scripts/gen.mjs [--check]
//   --check  write nothing; run every check and exit 1 when any generated file is stale (each step names its
//            stale files)
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib/emit.mjs';

export const STEPS = ['gen-ms932.mjs', 'gen-jisx0213.mjs', 'gen-layouts.mjs', 'gen-docs.mjs', 'gen-json-schema.mjs'];

const check = process.argv.includes('--check');
const failed = [];
for (const step of STEPS) {
  const r = spawnSync(process.execPath, [join(root, 'scripts', step), ...(check ? ['--check'] : [])], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    failed.push(step);
    // A failed write leaves later steps without their input; a failed check does not.
    if (!check) break;
  }
}
if (failed.length) {
  console.error(`gen: ${check ? 'stale output from' : 'failed at'} ${failed.map((s) => `scripts/${s}`).join(', ')}`);
  process.exit(1);
}
console.log(check ? 'gen: every generated file is up to date' : 'gen: every generated file written');
