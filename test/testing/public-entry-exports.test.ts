import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as testing from '../../src/testing/index.js';

describe('careplan-csv/testing exports the arbitraries', () => {
  it('exports the documented names', () => {
    expect(Object.keys(testing).sort()).toEqual(
      [
        'ALL_MUTATION_KINDS',
        'DAMAGE_KINDS',
        'MUTATION_KINDS',
        'applicableMutations',
        'calendarDate',
        'damagedFile',
        'dateInMonth',
        'fieldValue',
        'freeText',
        'ms932Char',
        'ms932Characters',
        'mutatedFile',
        'validFile',
        'validRecord',
        'validRecords',
      ].sort(),
    );
  });

  it('the arbitraries are fast-check arbitraries', () => {
    const [file] = fc.sample(testing.validFile('plan1Delete', { maxRecords: 2 }), { numRuns: 1, seed: 1 });
    expect(file?.bytes).toBeInstanceOf(Uint8Array);
    const [m] = fc.sample(testing.mutatedFile('plan1Delete', { maxRecords: 2 }), { numRuns: 1, seed: 1 });
    expect(m?.expected.line).toBeGreaterThanOrEqual(1);
    const [d] = fc.sample(testing.damagedFile('plan1Delete', { maxRecords: 2 }), { numRuns: 1, seed: 1 });
    expect(d?.damages.length).toBeGreaterThanOrEqual(1);
    const [date] = fc.sample(testing.calendarDate, { numRuns: 1, seed: 1 });
    expect(date).toMatch(/^\d{8}$/);
  });
});
