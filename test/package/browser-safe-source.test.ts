// Everything but the CLI and the pool (careplan-csv/pool: worker threads, Node only) runs in browsers: the sources
// under src/ (src/cli, src/cli.ts and src/pool aside) use no Node-only API.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .map((f) => f.replaceAll('\\', '/'))
  .filter((f) => f.endsWith('.ts') && !f.startsWith('cli/') && !f.startsWith('pool/') && f !== 'cli.ts')
  .sort();

describe('src/ (but the CLI and the pool) is free of Node-only APIs', () => {
  it('covers every part of the library', () => {
    const folders = new Set(files.map((f) => (f.includes('/') ? f.slice(0, f.indexOf('/')) : '.')));
    for (const part of [
      '.',
      'encoding',
      'parse',
      'serialize',
      'validate',
      'schemas',
      'filename',
      'issues',
      'stream',
      'units',
      'reconcile',
      'testing',
      'zod',
      'docs',
    ]) {
      expect(folders.has(part), part).toBe(true);
    }
  });

  it.each(files)('%s uses no Buffer, process, require or node: imports', (file) => {
    const code = readFileSync(SRC + file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\bBuffer\b/);
    expect(code).not.toMatch(/\bprocess\./);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/from ['"]node:/);
    expect(code).not.toMatch(/from ['"](fs|path|os|util|stream|buffer)['"]/);
  });
});
