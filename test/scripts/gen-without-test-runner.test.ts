// `npm run gen:check` (scripts/gen.mjs --check) checks every generated file with plain node scripts, from
// source: the reference pages and JSON Schema files are rendered without the test runner or a build.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonSchemaFiles } from '../../src/docs/json-schema.js';
import { generatedDocs } from '../../src/docs/render.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Nothing of the test runner reaches the scripts.
const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|UPDATE_)/.test(k)));

describe('npm run gen:check', () => {
  it('checks the MS932 table, the layout tables, the pages and the JSON Schema files', () => {
    const r = spawnSync(process.execPath, ['scripts/gen.mjs', '--check'], { cwd: root, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('src/encoding/ms932-table.ts is up to date');
    expect(r.stdout).toContain('gen-layouts: 17 files up to date');
    expect(r.stdout).toContain(`gen-docs: ${Object.keys(generatedDocs()).length} files up to date`);
    expect(r.stdout).toContain(`gen-json-schema: ${Object.keys(jsonSchemaFiles()).length} files up to date`);
  });
});
