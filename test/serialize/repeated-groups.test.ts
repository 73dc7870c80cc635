import { describe, expect, it } from 'vitest';
import { parse, serializeUnknown } from '../../src/api.js';
import { decodeMs932 } from '../../src/encoding/decode.js';
import { minimalRecord } from '../helpers/records.js';

const slot = (code: string) => ({ serviceTypeCode: code, limitAmount: '100', totalUnits: '50', overUnits: '0' });
const supplement = (limits: unknown) => ({ ...minimalRecord('userSupplement'), planDate: '00000000', serviceTypeLimits: limits });
const codes = (r: { issues: readonly { code: string; field: string | null; params: object }[] }) => r.issues.map((i) => [i.code, i.field, i.params]);

describe('serializer: repeated groups are flattened into their slots', () => {
  it('items fill slots 1, 2, …; the unused slots are empty columns', () => {
    const r = serializeUnknown('userSupplement', [supplement([slot('11'), slot('13')])]);
    expect(r.issues).toEqual([]);
    const cells = decodeMs932(r.bytes as Uint8Array)
      .text.replace(/\r\n$/, '')
      .split(',');
    expect(cells.slice(19, 27)).toEqual(['11', '100', '50', '0', '13', '100', '50', '0']);
    expect(cells.slice(27, 55).every((c) => c === '')).toBe(true);
    expect(cells).toHaveLength(63);
  });

  it('round-trips through parse', () => {
    const rec = supplement([slot('11'), slot('13'), slot('15')]);
    const r = serializeUnknown('userSupplement', [rec]);
    expect(parse(r.bytes as Uint8Array, { kind: 'userSupplement' }).records).toEqual([rec]);
  });

  it('more items than slots is record.groupTooLong', () => {
    const r = serializeUnknown('userSupplement', [supplement(Array.from({ length: 10 }, () => slot('11')))]);
    expect(codes(r)).toEqual([['record.groupTooLong', 'serviceTypeLimits', { expected: 9, actual: 10 }]]);
    expect(r.bytes).toBeNull();
  });

  it('a group that is not an array, or an item that is not an object, is record.valueType', () => {
    expect(codes(serializeUnknown('userSupplement', [supplement('11')]))).toEqual([['record.valueType', 'serviceTypeLimits', { actual: 'string' }]]);
    expect(codes(serializeUnknown('userSupplement', [supplement([slot('11'), null])]))).toEqual([
      ['record.valueType', 'serviceTypeLimits[1]', { actual: 'null' }],
    ]);
  });

  it('an unknown key inside an item is record.unknownField with its path', () => {
    const r = serializeUnknown('userSupplement', [supplement([{ ...slot('11'), note: 'x' }])]);
    expect(codes(r)).toEqual([['record.unknownField', null, { detail: 'serviceTypeLimits[0].note' }]]);
  });

  it('a missing group is written as empty slots (like a missing field)', () => {
    const rec: Record<string, unknown> = supplement([]);
    delete rec.serviceTypeLimits;
    const r = serializeUnknown('userSupplement', [rec]);
    expect(r.issues).toEqual([]);
  });
});
