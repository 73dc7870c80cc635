import { describe, expect, it } from 'vitest';
import { cellOffset, cellsOf, csvText, locatedAll, parsePlan, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe('reader: free text must be quoted (csv.unquotedFreeText, a warning)', () => {
  it('warns about a non-empty unquoted free-text value and keeps the value', () => {
    const rows = [
      cellsOf(validRecord()).map((c, i) => (i === 20 ? 'ひまわり訪問介護' : c)), // サービス事業所名
      cellsOf(validRecord({ equipmentName: '車いす' })).map((c, i) => (i === 17 ? '車いす' : c)), // 用具名称（機種名）
    ];
    const r = parsePlan(ms932(csvText(rows)));
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'csv.unquotedFreeText',
        severity: 'warning',
        line: 1,
        record: 1,
        column: 21,
        field: 'providerName',
        fieldJa: 'サービス事業所名',
        byteOffset: cellOffset(rows, 0, 21),
      },
      {
        code: 'csv.unquotedFreeText',
        severity: 'warning',
        line: 2,
        record: 2,
        column: 18,
        field: 'equipmentName',
        fieldJa: '用具名称（機種名）',
        byteOffset: cellOffset(rows, 1, 18),
      },
    ]);
    expect(r.ok).toBe(true);
    expect(r.records[0]!.providerName).toBe('ひまわり訪問介護');
  });

  it('accepts an empty free-text value written without quotes, and quoted values in other columns', () => {
    const rows = [cellsOf(validRecord({ providerName: '' })).map((c, i) => (i === 20 ? '' : i === 7 ? '"396"' : c))];
    const r = parsePlan(ms932(csvText(rows)));
    // valid (no error, no warning); only the quoting differs from the canonical form
    expect(r.issues.map((i) => [i.code, i.severity, i.column, i.params])).toEqual([['csv.quoting', 'info', 8, { actual: 2 }]]);
    expect([r.ok, r.warningCount, r.canonical]).toEqual([true, 0, false]);
    expect(r.records[0]!.units).toBe('396');
    expect(r.records[0]!.providerName).toBe('');
  });
});
