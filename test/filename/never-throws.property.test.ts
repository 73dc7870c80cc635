import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_NAME_PROBLEM_CODES, buildFileName, kindFromFileName, parseFileName } from '../../src/filename/index.js';
import { validInput } from './arbitraries.js';

/** Alphabet close to real names, so that random strings reach deep into the parser. */
const nameChar = fc.constantFrom(...'UPKIHONLANSUB12_IMAGEYODTJ3K0123456789.CSVcsvjpg/\\-Ａ０ ');
const nameLike = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: nameChar, maxLength: 80 }));

/** A valid name with one character replaced, inserted or deleted. */
const mutated = fc
  .record({ input: validInput, pos: fc.nat(), char: nameChar, op: fc.constantFrom('replace', 'insert', 'delete') })
  .map(({ input, pos, char, op }) => {
    const name = buildFileName(input);
    const i = pos % (name.length + 1);
    if (op === 'insert') return name.slice(0, i) + char + name.slice(i);
    if (op === 'delete') return name.slice(0, i) + name.slice(i + 1);
    return name.slice(0, i) + char + name.slice(i + 1);
  });

function checkInvariants(name: string): void {
  const result = parseFileName(name);
  for (const p of result.problems) expect(p.severity).toBe(FILE_NAME_PROBLEM_CODES[p.code]);
  const hasError = result.problems.some((p) => p.severity === 'error');
  expect(result.ok).toBe(!hasError);
  expect(kindFromFileName(name)).toBe(result.ok ? result.parts.kind : result.kind);
  if (result.ok) {
    // A name that parses is canonical up to the path and the extension's letter case.
    const rebuilt = buildFileName(result.parts);
    const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    expect(rebuilt.toUpperCase()).toBe(base.toUpperCase());
  } else {
    expect(hasError).toBe(true);
  }
}

describe('parseFileName never throws (property)', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(nameLike, (s) => checkInvariants(s)),
      { numRuns: 3000 },
    );
  });

  it('on valid names with one character changed', () => {
    fc.assert(
      fc.property(mutated, (s) => checkInvariants(s)),
      { numRuns: 3000 },
    );
  });

  it('throws a TypeError only for a non-string argument', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((v) => typeof v !== 'string'),
        (v) => {
          expect(() => parseFileName(v as string)).toThrow(TypeError);
          expect(() => kindFromFileName(v as string)).toThrow(TypeError);
        },
      ),
    );
  });
});
