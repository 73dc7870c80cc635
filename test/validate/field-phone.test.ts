import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { bytesOf, minimalRecord } from '../helpers/records.js';

const issuesOf = (userPhone: string) =>
  parse(bytesOf('userSupplement', [{ ...minimalRecord('userSupplement'), planDate: '00000000', userPhone }]), { kind: 'userSupplement' }).issues.map(
    (i) => [i.code, i.column],
  );

describe('phone numbers: no format is stated, so any text up to 15 characters without CSV specials', () => {
  it.each(['03-1234-5678', '0312345678', '03(1234)5678', '０３－１２３４'])('%s is accepted', (v) => {
    expect(issuesOf(v)).toEqual([]);
  });
  it('16 characters is field.tooLong', () => {
    expect(issuesOf('0123456789012345')).toEqual([['field.tooLong', 12]]);
  });
});
