import { readdirSync, readFileSync, createReadStream } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { mutatedFile, validFile } from '../../src/testing/index.js';
import { builds } from './harness.js';

const names = readdirSync('samples').filter((f) => f.endsWith('.CSV'));
const pools = builds.map(([name, m]) => [name, m.createValidationPool({ size: 2, deadlineMs: 10_000 })] as const);
afterAll(async () => {
  for (const [, pool] of pools) await pool.close();
});

describe('validation pool (from dist): results identical to in-process validate', () => {
  for (const [build, pool] of pools) {
    it(`${build}: every sample, as bytes and as a stream`, async () => {
      for (const name of names) {
        const bytes = readFileSync(`samples/${name}`);
        const expected = validate(bytes, { fileName: name, maxErrors: 5 });
        expect(await pool.validate(bytes, { fileName: name, maxErrors: 5 })).toEqual(expected);
        expect(await pool.validate(createReadStream(`samples/${name}`), { fileName: name, maxErrors: 5 })).toEqual(expected);
      }
    });

    it(`${build}: text input, as validate reads it`, async () => {
      const text = '202407,1,2,3\r\n〜ｱ\r\n';
      expect(await pool.validate(text, { kind: 'table6Plan' })).toEqual(validate(text, { kind: 'table6Plan' }));
    });

    it(`${build}: files with issues, many at once (validateMany keeps the order)`, async () => {
      const files = [
        ...fc.sample(validFile('table6Plan', { maxRecords: 20 }), { seed: 1, numRuns: 6 }),
        ...fc.sample(mutatedFile('table6Plan'), { seed: 2, numRuns: 6 }).map((m) => ({ bytes: m.bytes, fileName: m.file.fileName })),
      ];
      const results = await pool.validateMany(files.map((f) => ({ input: f.bytes, options: { fileName: f.fileName } })));
      expect(results).toEqual(files.map((f) => validate(f.bytes, { fileName: f.fileName })));
      expect(pool.stats).toMatchObject({ size: 2, busy: 0, queued: 0 });
    });
  }
});
