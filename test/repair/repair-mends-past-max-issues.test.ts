import { describe, expect, it } from 'vitest';
import { repair } from '../../src/index.js';
import { ms932 } from '../helpers/bytes.js';
import { recordsText, validRecord } from '../helpers/table6.js';

// The reader lists at most maxIssues issues (1,000 by default) and counts the rest; repair mends every
// value all the same (a spreadsheet drops the zeros of every row of a big file), listing the changes up to
// maxIssues and counting the rest in one change a kind.
const NAME = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const rows = (n: number) => Array.from({ length: n }, (_, i) => validRecord({ serviceDate: `202505${String((i % 28) + 1).padStart(2, '0')}` }));

describe('repair past maxIssues', () => {
  const canonical = ms932(recordsText(rows(1500)));
  const damaged = ms932(recordsText(rows(1500)).replaceAll(',0000123456,', ',123456,'));

  it('mends every row, not only the ones listed: 1,000 changes listed, then one that counts the other 500', () => {
    const r = repair(damaged, { fileName: NAME, locale: 'en' });
    expect(r.ok).toBe(true);
    expect(r.bytes).toEqual(canonical);
    expect(r.changes).toHaveLength(1001);
    expect(r.changes.slice(0, 1000).every((c) => c.kind === 'leadingZeros' && c.count === 1)).toBe(true);
    expect(r.changes[1000]).toMatchObject({
      kind: 'leadingZeros',
      count: 500,
      record: 1001,
      column: 3,
      message: 'leading zeros restored (500 places)',
    });
  });

  it('with a smaller maxIssues the same file, fewer changes listed', () => {
    const r = repair(damaged, { fileName: NAME, maxIssues: 10 });
    expect(r.bytes).toEqual(canonical);
    expect(r.changes.map((c) => c.count)).toEqual([...Array(10).fill(1), 1490]);
  });
});
