// scripts/gen-layouts.mjs generates the layout tables from the repository alone: a copy of the repository's
// scripts/, spec/, field-type names and layout tables, with no spec reference anywhere near it, regenerates them byte for byte.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'careplan-gen-layouts-'));
for (const d of ['scripts', 'spec', 'src/schemas/layouts', 'src/zod/shapes.ts', 'src/field-types/names.ts'])
  cpSync(join(root, d), join(copy, d), { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

// The former default and override of the reference's location point nowhere.
const env = { ...process.env, CAREPLAN_SPEC_DIR: join(copy, 'no-spec-here') };
const layouts = 'src/schemas/layouts';

describe('gen-layouts from the in-repository spec data', () => {
  it('--check finds the committed tables up to date', () => {
    const r = spawnSync(process.execPath, ['scripts/gen-layouts.mjs', '--check'], { cwd: copy, env, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('writing regenerates every table byte for byte', () => {
    for (const f of readdirSync(join(copy, layouts))) rmSync(join(copy, layouts, f));
    execFileSync(process.execPath, ['scripts/gen-layouts.mjs'], { cwd: copy, env, encoding: 'utf8' });
    const files = readdirSync(join(root, layouts)).sort();
    expect(readdirSync(join(copy, layouts)).sort()).toEqual(files);
    for (const f of files) {
      expect(readFileSync(join(copy, layouts, f), 'utf8'), f).toBe(readFileSync(join(root, layouts, f), 'utf8'));
    }
  });
});
