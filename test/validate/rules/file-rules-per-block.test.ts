import { describe, expect, it } from 'vitest';
import { parse } from '../../../src/api.js';
import { bytesOf, minimalRecord } from '../../helpers/records.js';

// The file rules keep the state of the current plan / user-month only (bounded memory for streams). Rows
// of one plan or user-month that come in separate blocks are checked within each block.
describe('file rules work block by block', () => {
  const plan2 = (insuredNumber: string, n: string) => ({ ...minimalRecord('plan2'), insuredNumber, issueNo: n, goalNo: n, supportNo: n });

  it('2表: a repeat inside a block is found; a repeat in another block of the same plan is not', () => {
    const inBlock = parse(bytesOf('plan2', [plan2('0000000001', '1'), plan2('0000000001', '1'), plan2('0000000002', '1')]), { kind: 'plan2' });
    expect(inBlock.issues.map((i) => [i.code, i.line])).toEqual([['file.duplicateItemNo', 2]]);
    const split = parse(bytesOf('plan2', [plan2('0000000001', '1'), plan2('0000000002', '1'), plan2('0000000001', '1')]), { kind: 'plan2' });
    expect(split.issues).toEqual([]);
  });

  const t7 = (insuredNumber: string, serviceCode: string) => ({
    ...minimalRecord('table7'),
    insuredNumber,
    serviceCode,
    providerCode: serviceCode === '999999' ? '9999999999' : '1310000002',
    units: serviceCode === '999999' ? '0' : '100',
  });

  it('第7表: a user-month split into blocks is not judged for a missing total, and its two totals are no duplicate', () => {
    const r = parse(
      bytesOf('table7', [t7('0000000001', '111211'), t7('0000000002', '111211'), t7('0000000002', '999999'), t7('0000000001', '999999')]),
      {
        kind: 'table7',
      },
    );
    expect(r.issues).toEqual([]);
    const twice = parse(
      bytesOf('table7', [t7('0000000001', '999999'), t7('0000000002', '111211'), t7('0000000002', '999999'), t7('0000000001', '999999')]),
      { kind: 'table7' },
    );
    expect(twice.issues).toEqual([]);
  });

  it('第7表: a user-month in one block without its total is still reported', () => {
    const r = parse(bytesOf('table7', [t7('0000000001', '111211'), t7('0000000002', '111211'), t7('0000000002', '999999')]), { kind: 'table7' });
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['file.grandTotalMissing', 1]]);
  });
});
