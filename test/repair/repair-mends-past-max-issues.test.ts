import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { repair } from '../../src/index.js';
import { ms932 } from '../helpers/bytes.js';
import { PLAN_NAME_V3_202503, recordsText, validRecord, validV3Record } from '../helpers/table6.js';

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

  it('past maxIssues as before it: a code turned off is not mended (an unmendable error a row makes the list overflow)', () => {
    const text = recordsText(rows(1500)).replaceAll(',20250505,', ',2025/05/05,').replaceAll('202407,131001,', '202407,X31001,');
    const r = repair(ms932(text), { fileName: NAME, rules: { 'field.date': 'off' } });
    expect(r.issues.some((i) => i.code === 'limit.issues')).toBe(true);
    expect(r.changes.filter((c) => c.kind === 'dateFormat')).toEqual([]);
  });

  it("a 202208 file: the changes past maxIssues at the file's own column, like the listed ones", () => {
    const fullWidth = '１３１００００００２';
    const text = recordsText(Array.from({ length: 1200 }, () => validV3Record({ providerCode: fullWidth })));
    const r = repair(ms932(text), { fileName: PLAN_NAME_V3_202503 });
    expect(r.ok).toBe(true);
    // サービス事業者コード is column 17 of a 202208 row (20 in 202407).
    expect(new Set(r.changes.map((c) => c.column))).toEqual(new Set([17]));
    expect(r.changes.at(-1)).toMatchObject({ kind: 'fullWidth', count: 200, record: 1001, line: 1001 });
  });

  it("a record over two lines: a change past maxIssues at its field's own line", () => {
    const text = recordsText(rows(1002).map((r) => ({ ...r, planManagerName: '介護\r\n花子' }))).replaceAll(
      /,(202505\d\d),/g,
      (_, d: string) => `,${d.slice(0, 4)}/${d.slice(4, 6)}/${d.slice(6)},`,
    );
    const r = repair(ms932(text), { fileName: NAME });
    expect(r.ok).toBe(true);
    // Record k starts on line 2k − 1; its サービス利用日 comes after the line break of プラン担当者名.
    expect(r.changes[0]).toMatchObject({ kind: 'dateFormat', record: 1, line: 2 });
    expect(r.changes.at(-1)).toMatchObject({ kind: 'dateFormat', record: 1001, line: 2002, count: 2 });
  });

  it('a 202208 value is mended as its version checks it: 回数／日数 １２３ is not made 123, too long in 202208', () => {
    const sample = new TextDecoder('shift_jis').decode(readFileSync('samples/UPSIKYU_202503_1370000001_1310000002_20250225170512.CSV'));
    const [first, ...others] = sample.split('\r\n');
    const cells = (first as string).split(',');
    expect(cells).toHaveLength(34);
    cells[12] = '１２３';
    const r = repair(ms932([cells.join(','), ...others].join('\r\n')), { fileName: 'UPSIKYU_202503_1370000001_1310000002_20250225170512.CSV' });
    expect(r.changes.filter((c) => c.column === 13)).toEqual([]);
  });
});
