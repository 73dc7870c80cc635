import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { bytesOf, minimalRecord } from '../helpers/records.js';

const withPrice = (unitPrice: string) => ({ ...minimalRecord('table7'), unitPrice });
const issuesOf = (v: string) =>
  parse(bytesOf('table7', [withPrice(v)]), { kind: 'table7' })
    .issues.filter((i) => i.field === 'unitPrice')
    .map((i) => [i.code, i.column]);

describe('decimal columns (第7表 No.23 単位数単価) are written 99.99', () => {
  it.each(['10.00', '11.40', '9.99', '123.45'])('%s is accepted', (v) => {
    expect(issuesOf(v)).toEqual([]);
  });
  it.each(['10', '10.0', '10.000', '.50', '1O.00', '10,00', '1234.50', '-1.00'])('%s is field.decimal', (v) => {
    expect(issuesOf(v)).toEqual([['field.decimal', 23]]);
  });
});
