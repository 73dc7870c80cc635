import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, jsonSchemaFiles } from '../../src/docs/json-schema.js';

// `node scripts/gen-json-schema.mjs` runs this file with UPDATE_JSON_SCHEMA=1 to write the files.
const update = process.env.UPDATE_JSON_SCHEMA === '1';
const files = jsonSchemaFiles();

describe('the committed JSON Schema files equal a fresh generation', () => {
  if (update) mkdirSync(JSON_SCHEMA_DIR, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    it(path, () => {
      if (update) writeFileSync(path, content);
      expect(existsSync(path), `${path} is missing: run node scripts/gen-json-schema.mjs`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} is stale: run node scripts/gen-json-schema.mjs`).toBe(content);
    });
  }

  it('json-schema/ holds no file the generator does not write', () => {
    const present = existsSync(JSON_SCHEMA_DIR) ? readdirSync(JSON_SCHEMA_DIR).map((f) => `${JSON_SCHEMA_DIR}/${f}`) : [];
    expect(present.filter((p) => !(p in files))).toEqual([]);
  });
});
