import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/api.js';
import { bytesOf, minimalRecord } from '../../helpers/records.js';

const line = (o: Record<string, unknown>) => ({ ...minimalRecord('table7'), ...o });
const normal = line({ serviceCode: '111211', providerCode: '1310000002', units: '100' });
const total = line({ serviceCode: '999999', providerCode: '9999999999', units: '0' });

describe('第7表 totals: the key is per user-month, and an unreadable row stops conclusions of absence', () => {
  it('a grand total row that lost a column is not reported as missing as well', () => {
    const good = bytesOf('table7', [normal]);
    const totalBytes = bytesOf('table7', [total]);
    // Drop the last column of the total row: csv.columnCount, and the rule cannot see the row.
    const text = Array.from(totalBytes.subarray(0, totalBytes.length - 2))
      .map((b) => String.fromCharCode(b))
      .join('');
    const cut = Uint8Array.from(`${text.slice(0, text.lastIndexOf(','))}\r\n`, (c) => c.charCodeAt(0));
    const bytes = new Uint8Array([...good, ...cut]);
    const r = parse(bytes, { kind: 'table7' });
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['csv.columnCount', 2]]);
  });

  it('two months in one file, each with its total, are not a duplicate total (only file.mixedMonth)', () => {
    const june = { targetMonth: '202506' };
    const r = parse(bytesOf('table7', [normal, total, { ...normal, ...june }, { ...total, ...june }]), { kind: 'table7' });
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['file.mixedMonth', 3],
      ['file.mixedMonth', 4],
    ]);
  });
});
