import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildFileName, parseFileName } from '../../src/filename/index.js';
import { KIND_INFO, KINDS } from '../../src/kinds.js';
import { validInput } from './arbitraries.js';

describe('build → parse round trip (property)', () => {
  it('parseFileName(buildFileName(x)) gives x back, for every kind, the image and both styles', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const name = buildFileName(input);
        const result = parseFileName(name);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.problems).toEqual([]);
        const { prefix: _prefix, extension, ...segments } = result.parts;
        expect(segments).toEqual(input);
        expect(extension).toBe(input.kind === null ? 'jpg' : 'CSV');
      }),
      { numRuns: 2000 },
    );
  });

  it('buildFileName(parseFileName(name).parts) gives the canonical name back', () => {
    fc.assert(
      fc.property(validInput, (input) => {
        const name = buildFileName(input);
        const result = parseFileName(`some/dir/${name}`);
        if (!result.ok) throw new Error('expected a valid name');
        expect(buildFileName(result.parts)).toBe(name);
      }),
      { numRuns: 500 },
    );
  });

  it('covers every prefix and both styles', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(validInput, (input) => {
        const result = parseFileName(buildFileName(input));
        if (result.ok) seen.add(`${result.parts.prefix}/${result.parts.style}`);
      }),
      { numRuns: 3000, seed: 1 },
    );
    // 18 prefixes in v4 + the 9 kinds that existed in 第3.x in v3.
    expect(KINDS.filter((k) => KIND_INFO[k].inV3)).toHaveLength(9);
    expect(seen.size).toBe(27);
  });
});
