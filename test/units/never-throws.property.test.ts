import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import type { UnitFileInput } from '../../src/units/types.js';
import { allSamples } from './fixtures.js';

const RUNS = process.env.CI ? 2_000 : 200;
const samples = allSamples();

/** A sample (bytes mutated, or records cut) under its own name, or a mangled name. */
const file: fc.Arbitrary<UnitFileInput> = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }),
    fc.option(fc.nat(), { nil: undefined }),
    fc.option(fc.string({ maxLength: 30 }), { nil: undefined }),
  )
  .map(([s, edits, cut, name]) => {
    if (s.bytes === undefined) return { name: s.name }; // the image: only its presence counts
    const bytes = Uint8Array.from(s.bytes as Uint8Array);
    for (const [at, b] of edits) if (bytes.length > 0) bytes[at % bytes.length] = b;
    const kept = cut === undefined ? bytes : bytes.subarray(0, cut % (bytes.length + 1));
    return { name: name ?? s.name, bytes: kept };
  });

describe('validateUnits never throws on bad input, and its counts add up', () => {
  it('any mix of mutated samples and names', () => {
    fc.assert(
      fc.property(fc.array(file, { maxLength: 12 }), fc.boolean(), (files, checkImages) => {
        const r = validateUnits(files, { checkImages });
        const grouped = r.units.reduce((n, u) => n + u.files.length, 0);
        expect(grouped + r.ungrouped.length).toBe(files.length);
        let errors = 0;
        for (const u of r.units) {
          const own = u.files.reduce((n, f) => n + f.result.errorCount, 0) + u.issues.filter((i) => i.severity === 'error').length;
          expect(u.errorCount).toBe(own);
          expect(u.verdict === 'invalid').toBe(own > 0);
          errors += own;
        }
        errors += r.ungrouped.reduce((n, f) => n + f.result.errorCount, 0);
        expect(r.errorCount).toBe(errors);
        expect(r.ok).toBe(errors === 0);
        const serials = r.units.map((u) => u.serial);
        expect(serials).toEqual([...serials].sort());
      }),
      { numRuns: RUNS },
    );
  });
});

describe('misuse of the API throws a TypeError', () => {
  it('wrong files, wrong inputs, wrong options', () => {
    const good = samples[0] as UnitFileInput;
    expect(() => validateUnits(null as never)).toThrow(TypeError);
    expect(() => validateUnits([42 as never])).toThrow(TypeError);
    expect(() => validateUnits([{ name: 7 } as never])).toThrow(TypeError);
    expect(() => validateUnits([{ name: good.name }])).toThrow(TypeError); // a CSV needs bytes or parsed
    expect(() => validateUnits([{ name: good.name, bytes: [1, 2] as never }])).toThrow(TypeError);
    expect(() => validateUnits([{ name: good.name, parsed: {} as never }])).toThrow(TypeError);
    expect(() => validateUnits([good], { checkImages: 'yes' as never })).toThrow(TypeError);
    expect(() => validateUnits([good], { fileName: 'x' } as never)).toThrow(TypeError);
    expect(() => validateUnits([good], { nope: true } as never)).toThrow(TypeError);
  });
});
