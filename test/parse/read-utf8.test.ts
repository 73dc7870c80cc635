import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { locatedAll, parsePlan, recordsText, validRecord } from '../helpers/table6.js';
import { concat } from '../helpers/bytes.js';

const TEXT = recordsText([validRecord(), validRecord({ serviceDate: '20250506' })]);
const UTF8 = new TextEncoder().encode(TEXT);

describe('reader: a UTF-8 file gives exactly one encoding.utf8 error and no records', () => {
  it('with a BOM', () => {
    const r = parsePlan(concat(new Uint8Array([0xef, 0xbb, 0xbf]), UTF8));
    expect(locatedAll(r.issues)).toEqual([
      { code: 'encoding.utf8', severity: 'error', line: 1, record: null, column: null, field: null, fieldJa: null, byteOffset: 0 },
    ]);
    expect(r.issues[0]!.params).toEqual({ detail: 'bom' });
    expect(r.records).toEqual([]);
    expect(r.recordCount).toBe(0);
    expect(r.version).toBeNull();
  });

  it('without a BOM', () => {
    const r = parsePlan(UTF8);
    expect(locatedAll(r.issues)).toEqual([
      { code: 'encoding.utf8', severity: 'error', line: 1, record: null, column: null, field: null, fieldJa: null, byteOffset: 0 },
    ]);
    expect(r.issues[0]!.params).toEqual({ detail: 'utf8' });
    expect(r.records).toEqual([]);
    expect(validate(UTF8, { kind: 'table6Plan' }).errorCount).toBe(1);
  });

  it('a pure-ASCII file is the same in both encodings and is read normally', () => {
    const ascii = recordsText([validRecord({ planManagerName: 'Kaigo Hanako', providerName: 'Himawari' })]);
    const r = parsePlan(new TextEncoder().encode(ascii));
    expect(r.issues).toEqual([]);
    expect(r.records[0]!.providerName).toBe('Himawari');
  });
});
