import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeUnknown } from '../../src/api.js';
import { ISSUE_EXAMPLES } from '../../src/docs/examples.js';
import { ALL_ISSUE_CODES } from '../../src/issues/codes.js';
import { validRecord } from '../../src/testing/arbitraries.js';

describe('every issue code has an example in the catalogue', () => {
  it('no code is missing an example (add one to src/docs/examples.ts)', () => {
    const missing = ALL_ISSUE_CODES.filter((code) => ISSUE_EXAMPLES[code] === undefined);
    expect(missing).toEqual([]);
  });

  it('no example is left for a code that no longer exists', () => {
    const codes = new Set<string>(ALL_ISSUE_CODES);
    expect(Object.keys(ISSUE_EXAMPLES).filter((code) => !codes.has(code))).toEqual([]);
  });

  it('each trigger is one non-empty line', () => {
    for (const [code, example] of Object.entries(ISSUE_EXAMPLES)) {
      expect(example.trigger.trim(), code).not.toBe('');
      expect(example.trigger, code).not.toMatch(/[\r\n]/);
    }
  });
});

describe('examples that name a record really produce their code with their params', () => {
  for (const [code, example] of Object.entries(ISSUE_EXAMPLES)) {
    const r = example.reproduce;
    if (r === undefined) continue;
    it(code, () => {
      const [valid] = fc.sample(validRecord(r.kind, { version: '202407', month: '202505' }), { numRuns: 1, seed: 7 });
      const record: Record<string, unknown> = { ...valid, ...r.set };
      const records = Array.from({ length: r.copies ?? 1 }, () => record);
      const found = serializeUnknown(r.kind, records).issues.filter((i) => i.code === code);
      expect(found.length, `${code} not reported`).toBeGreaterThan(0);
      expect(found[0]?.params).toEqual(example.params);
    });
  }
});
