import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { allSamples } from './fixtures.js';

// Counts how often the tokenizer runs: the whole-file function and the scanner the reader uses.
const counts = vi.hoisted(() => ({ tokenize: 0, scanners: 0 }));
vi.mock('../../src/parse/tokenize.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/parse/tokenize.js')>();
  class CountedScanner extends original.Scanner {
    constructor(...args: ConstructorParameters<typeof original.Scanner>) {
      super(...args);
      counts.scanners++;
    }
  }
  return {
    ...original,
    Scanner: CountedScanner,
    tokenize: (...args: Parameters<typeof original.tokenize>) => {
      counts.tokenize++;
      return original.tokenize(...args);
    },
  };
});

describe('send units on bytes: each file is read once, its keys in the same pass as its checks', () => {
  it('one scan per CSV file, no second tokenizing for the keys', () => {
    const files = allSamples();
    const csv = files.filter((f) => f.bytes !== undefined);
    counts.tokenize = 0;
    counts.scanners = 0;
    const r = validateUnits(files);
    // The samples link to each other: the keys were needed, and found.
    expect(r.units.length).toBeGreaterThan(0);
    expect(r.units.every((u) => u.verdict === 'valid')).toBe(true);
    expect(counts.scanners).toBe(csv.length);
    expect(counts.tokenize).toBe(0);
  });

  it('keys.ts does not tokenize on its own (it imports no tokenizer function)', () => {
    const source = readFileSync('src/units/keys.ts', 'utf8');
    expect(source).not.toMatch(/import \{[^}]*\b(tokenize|Scanner)\b[^}]*\}/);
  });
});
