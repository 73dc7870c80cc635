import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe('serializer: records with errors give no bytes unless allowInvalid is set', () => {
  const records = [validRecord(), validRecord({ serviceDate: '20250431', over30Days: '2' })];

  it('bytes are null when any error is found', () => {
    const r = serialize('table6Plan', records);
    expect(r.bytes).toBeNull();
    expect(r.ok).toBe(false);
    expect(r.errorCount).toBe(2);
    expect(r.issues.map((i) => [i.code, i.line, i.record, i.column])).toEqual([
      ['field.date', 2, 2, 10],
      ['field.code', 2, 2, 23],
    ]);
  });

  it('with allowInvalid: true the records are written as given, with the same issues', () => {
    const r = serialize('table6Plan', records, { allowInvalid: true });
    expect(r.bytes).toEqual(ms932(recordsText(records)));
    expect(r.ok).toBe(false);
    expect(r.issues).toEqual(serialize('table6Plan', records).issues);
  });

  it('warnings alone do not stop the bytes', () => {
    const r = serialize('table6Plan', [validRecord({ identifier: '1' })]);
    expect(r.issues.map((i) => i.code)).toEqual(['field.unused']);
    expect(r.ok).toBe(true);
    expect(r.bytes).toEqual(ms932(recordsText([validRecord({ identifier: '1' })])));
  });

  it('no records is file.empty: null bytes, or an empty file with allowInvalid', () => {
    const r = serialize('table6Plan', []);
    expect(r.issues.map((i) => i.code)).toEqual(['file.empty']);
    expect(r.bytes).toBeNull();
    expect(serialize('table6Plan', [], { allowInvalid: true }).bytes).toEqual(new Uint8Array(0));
  });

  it('a record of another kind is reported field by field, not an exception', () => {
    const r = serialize('table7' as 'table6Plan', [validRecord()]);
    expect(r.issues.some((i) => i.code === 'record.unknownField' && i.params.detail === 'planManagerName')).toBe(true);
    expect(r.issues.some((i) => i.code === 'field.required' && i.field === 'count')).toBe(true);
    expect(r.bytes).toBeNull();
  });
});
