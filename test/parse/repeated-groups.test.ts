import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { bytesOf, minimalRecord } from '../helpers/records.js';

const slot = (code: string, limit = '', total = '', over = '') => ({ serviceTypeCode: code, limitAmount: limit, totalUnits: total, overUnits: over });
const supplement = (limits: unknown[]) => ({ ...minimalRecord('userSupplement'), planDate: '00000000', serviceTypeLimits: limits });

describe('reader: repeated groups become arrays, filled from slot 1', () => {
  it('used slots become items in slot order; the empty slots after them are left out', () => {
    const limits = [slot('11', '16765', '12000', '0'), slot('13', '', '3000', '')];
    const r = parse(bytesOf('userSupplement', [supplement(limits)]), { kind: 'userSupplement' });
    expect(r.issues).toEqual([]);
    expect((r.records[0] as { serviceTypeLimits: unknown }).serviceTypeLimits).toEqual(limits);
  });

  it('a record with no slot used has an empty array', () => {
    const r = parse(bytesOf('userSupplement', [supplement([])]), { kind: 'userSupplement' });
    expect((r.records[0] as { serviceTypeLimits: unknown }).serviceTypeLimits).toEqual([]);
  });

  it('a gap (empty slot before a used one) is record.groupGap at the first value after it, and the empty item is kept', () => {
    const limits = [slot('11'), slot(''), slot('', '', '500')];
    const r = parse(bytesOf('userSupplement', [supplement(limits)]), { kind: 'userSupplement' });
    expect(r.issues.map((i) => [i.code, i.line, i.column, i.field, i.params])).toEqual([
      ['record.groupGap', 1, 30, 'serviceTypeLimits[2].totalUnits', { expected: 2, actual: 3 }],
    ]);
    // The empty slot stays in the array so that the record writes back to the same bytes.
    expect((r.records[0] as { serviceTypeLimits: unknown }).serviceTypeLimits).toEqual(limits);
  });

  it('field issues inside a group name the slot path and the spec column No.', () => {
    const r = parse(bytesOf('userSupplement', [supplement([slot('11'), slot('13', '12x')])]), { kind: 'userSupplement' });
    expect(r.issues.map((i) => [i.code, i.column, i.field, i.fieldJa])).toEqual([
      ['field.integer', 25, 'serviceTypeLimits[1].limitAmount', '２支給限度基準額'],
    ]);
  });
});
