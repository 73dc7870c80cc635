import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { matchingBlockers, recordLines } from '../../src/reconcile/index.js';
import { bytesOf, minimalRecord } from '../helpers/records.js';

// 1,100 rows with an error outside the matching columns, then one with a bad サービス利用日 (a matching column).
const rows = Array.from({ length: 1101 }, (_, i) => ({
  ...minimalRecord('table6Plan'),
  insuredNumber: String(1000000000 + i),
  over30Days: i < 1100 ? '9' : '0',
  serviceDate: i < 1100 ? '20250501' : '2025BAD1',
}));
const bytes = bytesOf('table6Plan', rows);

describe('matchingBlockers: an issue list cut at maxIssues blocks matching', () => {
  it('with the default maxIssues the bad date is not listed, and limit.issues blocks', () => {
    const r = parse(bytes, { kind: 'table6Plan' });
    expect(r.truncated).toBe(true);
    expect(r.issues.some((i) => i.field === 'serviceDate')).toBe(false);
    expect(matchingBlockers(r).map((i) => i.code)).toEqual(['limit.issues']);
  });

  it('with every issue listed, the bad date itself blocks', () => {
    const r = parse(bytes, { kind: 'table6Plan', maxIssues: Infinity });
    expect(matchingBlockers(r).map((i) => [i.code, i.field, i.record])).toEqual([['field.date', 'serviceDate', 1101]]);
  });

  it('recordLines drops what parse drops under the same record limit', () => {
    const big = { ...minimalRecord('table6Plan'), planManagerName: 'あ'.repeat(2000) };
    const b = bytesOf('table6Plan', [minimalRecord('table6Plan'), big, minimalRecord('table6Plan')]);
    const r = parse(b, { kind: 'table6Plan', maxRecordBytes: 2000 });
    expect(r.records).toHaveLength(2);
    expect(recordLines(b, { maxRecordBytes: 2000 })).toEqual([1, 3]);
  });
});
