import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { encodeMs932 } from '../../src/encoding/encode.js';
import { bytesOf, minimalRecord } from '../helpers/records.js';

describe('UP3KYO and the 介護予防 files did not exist in 202208', () => {
  it('a 202208 record of them is file.versionNotInKind (once), read with the 202407 layout', () => {
    const rec = { ...minimalRecord('plan3'), csvVersion: '202208' };
    const r = parse(bytesOf('plan3', [rec, rec]), { kind: 'plan3' });
    expect(r.issues.map((i) => [i.code, i.line, i.params])).toEqual([['file.versionNotInKind', 1, { actual: '202208', detail: 'UP3KYO' }]]);
    expect(r.records).toHaveLength(2);
    expect(r.version).toBeNull();
  });

  it('a kind that had a 202208 layout reads 202208 without that issue', () => {
    const rec = { ...minimalRecord('plan1', '202208') };
    const r = parse(bytesOf('plan1', [rec]), { kind: 'plan1' });
    expect(r.issues).toEqual([]);
    expect(r.version).toBe('202208');
  });

  it('an unknown 6-digit version with the column count of the only layout is file.unknownVersion', () => {
    const text = `${['202301', '131001', '0000123456', '20250101', '20250101'].join(',')},"",,,,"",,,""\r\n`;
    const r = parse(encodeMs932(text).bytes as Uint8Array, { kind: 'plan3' });
    expect(r.issues.map((i) => i.code)).toEqual(['file.unknownVersion']);
  });
});
