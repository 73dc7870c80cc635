import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/api.js';
import { bytesOf, minimalRecord } from '../../helpers/records.js';

const line = (o: Record<string, unknown>) => ({ ...minimalRecord('table7'), ...o });

describe('第7表 totals: a file cut short by a read limit is not judged for missing rows', () => {
  it('maxRecords stops before the grand total: limit.records, and no file.grandTotalMissing', () => {
    const bytes = bytesOf('table7', [
      line({ serviceCode: '111211', providerCode: '1310000002', units: '100' }),
      line({ serviceCode: '999999', providerCode: '9999999999', units: '0' }),
    ]);
    expect(parse(bytes, { kind: 'table7' }).issues).toEqual([]);
    const cut = parse(bytes, { kind: 'table7', maxRecords: 1 });
    expect(cut.issues.map((i) => i.code)).toEqual(['limit.records']);
    expect(cut.truncated).toBe(true);
  });
});
