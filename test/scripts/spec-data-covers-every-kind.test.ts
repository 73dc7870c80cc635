// The spec data in the repository (spec/layouts/<kind>.json) holds every layout of the catalogue, each with its
// provenance header, and the generated layout tables follow it column for column.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { KIND_INFO, KINDS } from '../../src/kinds.js';
import { getLayout } from '../../src/schemas/layouts.js';

const dir = fileURLToPath(new URL('../../spec/layouts/', import.meta.url));

interface SpecColumn {
  no: number;
  nameJa: string;
}
interface SpecLayout {
  kind: string;
  nameJa: string;
  fileNamePrefix: string;
  source: { document: string; part: string; pages: number[]; csvVersion: string; provenance: string };
  sameLayoutAs?: string;
  columns?: SpecColumn[];
}

const read = (kind: string) => JSON.parse(readFileSync(`${dir}${kind}.json`, 'utf8')) as SpecLayout;

describe('spec/layouts/', () => {
  it('holds one file per kind of the catalogue and nothing else', () => {
    expect(readdirSync(dir).sort()).toEqual(KINDS.map((k) => `${k}.json`).sort());
  });

  it.each(KINDS)('%s: names its source (第4.1版 別紙, pages) and the file-name prefix of the catalogue', (kind) => {
    const l = read(kind);
    expect(l.kind).toBe(kind);
    expect(l.source.document).toContain('第4.1版');
    expect(l.source.part).toContain('CSVファイルレイアウト定義書');
    expect(l.source.pages.length).toBeGreaterThan(0);
    expect(l.source.csvVersion).toBe('202407');
    expect(l.fileNamePrefix).toBe(KIND_INFO[kind].prefix);
  });

  it.each(KINDS)('%s: the 202407 layout table has the columns of the spec data, in order', (kind) => {
    let l = read(kind);
    if (l.sameLayoutAs !== undefined) l = read(l.sameLayoutAs);
    const fields = getLayout(kind, '202407').fields;
    expect(fields.map((f) => [f.no, f.nameJa])).toEqual(l.columns?.map((c) => [c.no, c.nameJa]));
  });
});
