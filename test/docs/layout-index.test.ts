import { describe, expect, it } from 'vitest';
import { generatedDocs, renderLayoutIndex } from '../../src/docs/render.js';
import { KIND_INFO } from '../../src/kinds.js';
import { SUPPORTED_KINDS } from '../../src/schemas/layouts.js';

describe('docs/layouts/README.md lists every kind with a link to its page', () => {
  const index = renderLayoutIndex();
  const rows = index.split('\n').filter((l) => l.startsWith('| `'));

  it('one row per kind, in catalogue order, with prefix and 日本語名称', () => {
    expect(rows.map((r) => /^\| `([^`]+)`/.exec(r)?.[1])).toEqual([...SUPPORTED_KINDS]);
    for (const [i, kind] of SUPPORTED_KINDS.entries()) {
      expect(rows[i]).toContain(`\`${KIND_INFO[kind].prefix}\``);
      expect(rows[i]).toContain(KIND_INFO[kind].nameJa);
    }
  });

  it('every link points to a generated page', () => {
    const pages = generatedDocs();
    const links = [...index.matchAll(/\]\(([^)]+)\)/g)].map((m) => `docs/layouts/${m[1]}`);
    expect(links).toHaveLength(SUPPORTED_KINDS.length);
    for (const link of links) expect(pages[link], link).toBeDefined();
  });
});
