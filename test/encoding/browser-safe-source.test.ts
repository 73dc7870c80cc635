// The codec runs in browsers: its source uses no Node-only API.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../src/encoding/', import.meta.url));

describe('src/encoding is free of Node-only APIs', () => {
  const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

  it('covers every source file of the codec', () => {
    expect(files).toEqual(
      expect.arrayContaining(['byte-sink.ts', 'decode.ts', 'detect.ts', 'encode.ts', 'index.ts', 'ms932-table.ts', 'table.ts']),
    );
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
