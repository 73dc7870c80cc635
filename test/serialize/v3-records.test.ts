import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { parsePlan, recordsText, validRecord, validV3Record } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe('serializer: 202208 records are written with the 22-column layout', () => {
  it('drops the three 202407-only columns', () => {
    const records = [validV3Record(), validV3Record({ serviceDate: '20250306', providerName: '' })];
    const r = serialize('table6Plan', records);
    expect(r.issues).toEqual([]);
    const expected =
      '202208,131001,0000123456,20250220,202503,1370000001,"介護　花子",396,,20250305,,1000,1100,1,111211,,' +
      '1310000002,"ひまわり訪問介護ステーション",,0,1370000001,\r\n';
    expect(r.bytes!.slice(0, ms932(expected).length)).toEqual(ms932(expected));
    expect(r.bytes).toEqual(ms932(recordsText(records)));
    const back = parsePlan(r.bytes!);
    expect(back.issues).toEqual([]);
    expect(back.version).toBe('202208');
    expect(back.records).toEqual(records);
  });

  it('accepts 202208 records that omit the three keys altogether', () => {
    const { taisCode: _t, welfareEquipmentCode: _w, equipmentName: _e, ...v3 } = validV3Record();
    const r = serialize('table6Plan', [v3]);
    expect(r.issues).toEqual([]);
    expect(r.bytes).toEqual(ms932(recordsText([validV3Record()])));
  });

  it('writes each record with its own version (a mixed file is an error, written only with allowInvalid)', () => {
    const records = [validRecord(), validV3Record({ createdDate: '20250420', targetMonth: '202505', serviceDate: '20250506' })];
    const r = serialize('table6Plan', records, { allowInvalid: true });
    expect(r.issues.map((i) => [i.code, i.line, i.record])).toEqual([['file.mixedVersion', 2, 2]]);
    expect(r.bytes).toEqual(ms932(recordsText(records)));
    expect(serialize('table6Plan', records).bytes).toBeNull();
  });
});
