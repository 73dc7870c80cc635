import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/index.js';
import { KINDS } from '../../src/kinds.js';
import { damagedFile, validFile } from '../../src/testing/index.js';

const anyKind = fc.constantFrom(...KINDS);

describe('repair: properties over generated files of every kind', () => {
  it('a valid canonical file is unchanged, with no change', () => {
    fc.assert(
      fc.property(
        anyKind.chain((k) => validFile(k, { maxRecords: 4 })),
        (f) => {
          const r = repair(f.bytes, { fileName: f.fileName });
          expect(r.changes).toEqual([]);
          expect(r.bytes).toEqual(f.bytes);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('for any combination of the damages, repair gives the original bytes back', () => {
    fc.assert(
      fc.property(
        anyKind.chain((k) => damagedFile(k, { maxRecords: 4 })),
        (d) => {
          const r = repair(d.bytes, { fileName: d.file.fileName });
          expect(r.bytes, d.damages.map((x) => x.kind).join(',')).toEqual(d.original);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('is idempotent: repairing a repaired file changes nothing', () => {
    fc.assert(
      fc.property(
        anyKind.chain((k) => damagedFile(k, { maxRecords: 3 })),
        (d) => {
          const once = repair(d.bytes, { fileName: d.file.fileName });
          if (once.bytes === null) return;
          const twice = repair(once.bytes, { fileName: d.file.fileName });
          expect(twice.bytes).toEqual(once.bytes);
          expect(twice.changes).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('every damage kind is generated and reported', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(damagedFile('table6Plan', { maxRecords: 2 }), (d) => {
        for (const x of d.damages) seen.add(x.kind);
        expect(d.damages.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
    expect(seen.size).toBeGreaterThanOrEqual(14);
  });
});
