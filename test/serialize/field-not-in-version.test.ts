import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { locatedAll, recordsText, validV3Record } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe('serializer: a 202407-only field set on a 202208 record (record.fieldNotInVersion)', () => {
  it('is an error naming the field (no column: the version has none for it), and no bytes are written', () => {
    const r = serialize('table6Plan', [validV3Record(), validV3Record({ serviceDate: '20250306', taisCode: 'T1', equipmentName: '車いす' })]);
    expect(locatedAll(r.issues)).toEqual([
      {
        code: 'record.fieldNotInVersion',
        severity: 'error',
        line: 2,
        record: 2,
        column: null,
        field: 'taisCode',
        fieldJa: 'TAISコード',
        byteOffset: null,
      },
      {
        code: 'record.fieldNotInVersion',
        severity: 'error',
        line: 2,
        record: 2,
        column: null,
        field: 'equipmentName',
        fieldJa: '用具名称（機種名）',
        byteOffset: null,
      },
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([{ expected: '202208' }, { expected: '202208' }]);
    expect(r.bytes).toBeNull();
    expect(r.ok).toBe(false);
  });

  it('with allowInvalid the record is still written with 22 columns', () => {
    const r = serialize('table6Plan', [validV3Record({ welfareEquipmentCode: 'W1' })], { allowInvalid: true });
    expect(r.issues.map((i) => i.code)).toEqual(['record.fieldNotInVersion']);
    expect(r.bytes).toEqual(ms932(recordsText([validV3Record()])));
  });

  it('an empty string for those keys is fine', () => {
    const r = serialize('table6Plan', [validV3Record({ taisCode: '', welfareEquipmentCode: '', equipmentName: '' })]);
    expect(r.issues).toEqual([]);
  });
});
