import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_DIR, jsonSchemaFiles } from '../../src/docs/json-schema.js';

// `npm run gen:json-schema` (scripts/gen-json-schema.mjs, part of `npm run gen`) writes the files with the same
// function.
const files = jsonSchemaFiles();

describe('the committed JSON Schema files equal a fresh generation', () => {
  for (const [path, content] of Object.entries(files)) {
    it(path, () => {
      expect(existsSync(path), `${path} is missing: run npm run gen`).toBe(true);
      expect(readFileSync(path, 'utf8'), `${path} is stale: run npm run gen`).toBe(content);
    });
  }

  it('json-schema/ holds no file the generator does not write', () => {
    const present = existsSync(JSON_SCHEMA_DIR) ? readdirSync(JSON_SCHEMA_DIR).map((f) => `${JSON_SCHEMA_DIR}/${f}`) : [];
    expect(present.filter((p) => !(p in files))).toEqual([]);
  });
});
