import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { ms932 } from '../helpers/bytes.js';
import { recordsText, validRecord } from '../helpers/table6.js';
import { builds } from './harness.js';

const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const BYTES = ms932(recordsText([validRecord({ planOfficeCode: '' })], '\n'));
const pools = builds.map(([name, m]) => [name, m.createValidationPool({ size: 1, deadlineMs: 10_000 })] as const);
afterAll(async () => {
  for (const [, pool] of pools) await pool.close();
});

describe('validation pool: profile, rules and checkJisX0213 reach the worker', () => {
  for (const [build, pool] of pools) {
    it(`${build}: the result equals in-process validate with the same options`, async () => {
      for (const options of [
        { profile: 'strict' },
        { profile: 'lenient', rules: { 'csv.lineBreak': 'warning' } },
        { checkJisX0213: true },
      ] as const) {
        const expected = validate(BYTES, { fileName: NAME, ...options });
        expect(await pool.validate(BYTES, { fileName: NAME, ...options })).toEqual(expected);
      }
      expect((await pool.validate(BYTES, { fileName: NAME, profile: 'strict' })).ok).toBe(false);
    });
  }
});
