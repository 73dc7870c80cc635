import { describe, expect, it } from 'vitest';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

describe('field rule: code-list columns take a value of their code table (field.code)', () => {
  it('accepts ３０日超区分 0 and 1', () => {
    const { result } = readRecords([validRecord({ over30Days: '0' }), validRecord({ over30Days: '1' })]);
    expect(result.issues).toEqual([]);
  });

  it('rejects other values of ３０日超区分 and lists the allowed codes in params', () => {
    const bad = ['2', '00', '１', 'N'];
    const { rows, result } = readRecords(bad.map((over30Days) => validRecord({ over30Days })));
    expect(locatedAll(result.issues)).toEqual(
      bad.map((_, i) => ({
        code: 'field.code',
        severity: 'error',
        line: i + 1,
        record: i + 1,
        column: 23,
        field: 'over30Days',
        fieldJa: '３０日超区分',
        byteOffset: cellOffset(rows, i, 23),
      })),
    );
    for (const issue of result.issues) expect(issue.params).toEqual({ allowed: ['0', '1'] });
  });
});
