import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_INFO } from '../../src/kinds.js';
import { getLayout, kindVersions, SUPPORTED_KINDS } from '../../src/schemas/layouts.js';

interface Entry {
  kind: string;
  prefix: string;
  version: string;
  columns: number;
  file: string;
}

describe('json-schema/index.json lists one file per kind and version', () => {
  const index = JSON.parse(readFileSync('json-schema/index.json', 'utf8')) as { schemas: Entry[] };

  it('exactly the versions each kind has (202208 only for kinds of 第3.x)', () => {
    const expected = SUPPORTED_KINDS.flatMap((k) => kindVersions(k).map((v) => `${k}.${v}`));
    expect(index.schemas.map((e) => `${e.kind}.${e.version}`)).toEqual(expected);
    expect(index.schemas.some((e) => e.kind === 'plan3' && e.version === '202208')).toBe(false);
  });

  it('each entry names an existing file, its prefix and its column count', () => {
    for (const e of index.schemas) {
      const kind = e.kind as (typeof SUPPORTED_KINDS)[number];
      expect(existsSync(`json-schema/${e.file}`), e.file).toBe(true);
      expect(e.file).toBe(`${e.kind}.${e.version}.json`);
      expect(e.prefix).toBe(KIND_INFO[kind].prefix);
      expect(e.columns).toBe(getLayout(kind, e.version as '202407' | '202208').fields.length);
    }
  });
});
