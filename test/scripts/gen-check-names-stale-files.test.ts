// `--check` of the generators writes nothing and names every stale file (exit 1); a write makes them current.
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'careplan-gen-check-'));
for (const d of ['scripts', 'spec', 'src/schemas/layouts', 'src/field-types/names.ts']) cpSync(join(root, d), join(copy, d), { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/gen-layouts.mjs', ...args], { cwd: copy, encoding: 'utf8' });
const plan1 = join(copy, 'src/schemas/layouts/plan1.ts');
const plan2 = join(copy, 'src/schemas/layouts/plan2.ts');

describe('gen-layouts --check', () => {
  it('exits 1 naming each changed or missing table, and writes nothing', () => {
    appendFileSync(plan1, '// edited by hand\n');
    rmSync(plan2);
    const edited = readFileSync(plan1, 'utf8');
    const r = run('--check');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('src/schemas/layouts/plan1.ts (differs)');
    expect(r.stderr).toContain('src/schemas/layouts/plan2.ts (missing)');
    expect(r.stderr).not.toContain('plan3.ts');
    expect(readFileSync(plan1, 'utf8')).toBe(edited);
  });

  it('finds the tables current after a write', () => {
    expect(run().status).toBe(0);
    expect(run('--check').status).toBe(0);
    expect(readFileSync(plan2, 'utf8')).toBe(readFileSync(join(root, 'src/schemas/layouts/plan2.ts'), 'utf8'));
  });

  it('names a table whose spec data changed', () => {
    const spec = join(copy, 'spec/layouts/plan3.json');
    writeFileSync(spec, readFileSync(spec, 'utf8').replace('"nameJa":"CSVバージョン"', '"nameJa":"CSVバージョン（改）"'));
    const r = run('--check');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('src/schemas/layouts/plan3.ts (differs)');
  });
});
