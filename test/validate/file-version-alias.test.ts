import { describe, expect, it } from 'vitest';
import { locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('file rule: CSVバージョン aliases 202504 / 202410 / 202404 are read as 202407 (file.versionAlias)', () => {
  it.each(['202504', '202410', '202404'])('%s: one warning per file, records read with the 202407 layout', (alias) => {
    const { result } = readRecords([validRecord({ csvVersion: alias }), validRecord({ csvVersion: alias, serviceDate: '20250506', taisCode: 'X' })]);
    expect(locatedAll(result.issues)).toEqual([
      { code: 'file.versionAlias', severity: 'warning', line: 1, record: 1, column: null, field: null, fieldJa: null, byteOffset: 0 },
    ]);
    expect(result.issues[0]!.params).toEqual({ actual: alias, expected: '202407' });
    expect(result.ok).toBe(true);
    expect(result.version).toBe('202407');
    // The value is kept as written; the 202407-only columns are read.
    expect(result.records[0]!.csvVersion).toBe(alias);
    expect(result.records[1]!.taisCode).toBe('X');
  });

  it('an alias is still a different value from 202407 for the one-version-per-file rule', () => {
    const { result } = readRecords([validRecord(), validRecord({ csvVersion: '202504' })]);
    expect(result.issues.map((i) => [i.code, i.line])).toEqual([
      ['file.versionAlias', 2],
      ['file.mixedVersion', 2],
    ]);
  });
});
