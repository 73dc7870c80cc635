import { readFileSync } from 'node:fs';
import * as z from 'zod/v4';
import { describe, expect, it } from 'vitest';
import { jsonSchemaDescription, jsonSchemaFileName, jsonSchemaTitle } from '../../src/docs/json-schema.js';
import { kindVersions, SUPPORTED_KINDS } from '../../src/schemas/layouts.js';
import { recordSchema } from '../../src/zod/index.js';

// No JSON Schema validator is installed: the files are trusted because they are exactly zod's own
// conversion of the zod schemas that the other tests run against records.
describe('each JSON Schema file is z.toJSONSchema of the zod record schema (as input), plus title and description', () => {
  for (const kind of SUPPORTED_KINDS) {
    for (const version of kindVersions(kind)) {
      it(`${kind} ${version}`, () => {
        const file = JSON.parse(readFileSync(`json-schema/${jsonSchemaFileName(kind, version)}`, 'utf8')) as Record<string, unknown>;
        const expected = {
          ...z.toJSONSchema(recordSchema(kind, version), { unrepresentable: 'any', io: 'input' }),
          title: jsonSchemaTitle(kind, version),
          description: jsonSchemaDescription(kind, version),
        };
        expect(file).toEqual(expected);
      });
    }
  }
});
