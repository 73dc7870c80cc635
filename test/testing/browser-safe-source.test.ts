// The testing entry point runs in browsers (e.g. in browser test runners): no Node-only API.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../src/testing/', import.meta.url));

describe('src/testing is free of Node-only APIs', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('covers every source file of the entry point', () => {
    expect(files).toEqual(expect.arrayContaining(['arbitraries.ts', 'files.ts', 'mutations.ts', 'index.ts']));
  });

  it.each(files)('%s uses no Buffer, process, require or node: imports', (file) => {
    const code = readFileSync(dir + file, 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\bBuffer\b/);
    expect(code).not.toMatch(/\bprocess\./);
    expect(code).not.toMatch(/\brequire\(/);
    expect(code).not.toMatch(/from ['"]node:/);
    expect(code).not.toMatch(/from ['"](fs|path|os|util|stream|buffer)['"]/);
  });
});
