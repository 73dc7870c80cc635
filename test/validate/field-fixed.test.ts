import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { bytesOf, minimalRecord } from '../helpers/records.js';

const issuesOf = (officeCode: string) =>
  parse(bytesOf('table7', [{ ...minimalRecord('table7'), officeCode }]), { kind: 'table7' })
    .issues.filter((i) => i.field === 'officeCode')
    .map((i) => [i.code, i.column, i.params]);

describe('fixed-value columns (第7表 No.34 事業所コード is always 9999999999)', () => {
  it('9999999999 is accepted, and empty (the column is optional)', () => {
    expect(issuesOf('9999999999')).toEqual([]);
    expect(issuesOf('')).toEqual([]);
  });
  it.each(['1370000001', '999999999', '99999999999'])('%s is field.fixed naming the value', (v) => {
    expect(issuesOf(v)).toEqual([['field.fixed', 34, { expected: '9999999999' }]]);
  });
});
