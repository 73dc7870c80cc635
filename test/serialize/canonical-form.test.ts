import { describe, expect, it } from 'vitest';
import { serialize } from '../../src/api.js';
import { parsePlan, recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe('serializer: canonical form', () => {
  it('writes a record exactly: free text quoted (empty as ""), other columns unquoted, CRLF at the end', () => {
    const r = serialize('table6Plan', [validRecord()]);
    expect(r.issues).toEqual([]);
    expect(r.ok).toBe(true);
    const expected =
      '202407,131001,0000123456,20250420,202505,1370000001,"介護　花子",396,,20250505,,1000,1100,1,111211,,,"",,' +
      '1310000002,"ひまわり訪問介護ステーション",,0,1370000001,\r\n';
    expect(r.bytes).toEqual(ms932(expected));
  });

  it('ends every record with CRLF, the last one included, and writes no BOM and no header', () => {
    const records = [validRecord(), validRecord({ serviceDate: '20250506' }), validRecord({ serviceDate: '20250507' })];
    const bytes = serialize('table6Plan', records).bytes!;
    expect(bytes).toEqual(ms932(recordsText(records)));
    expect([...bytes.slice(-2)]).toEqual([0x0d, 0x0a]);
    expect([...bytes.slice(0, 6)]).toEqual([...'202407'].map((c) => c.charCodeAt(0)));
    const crlf = bytes.reduce((n, b, i) => n + (b === 0x0d && bytes[i + 1] === 0x0a ? 1 : 0), 0);
    expect(crlf).toBe(3);
  });

  it('doubles " inside free text and keeps commas, CR and LF inside the quotes', () => {
    const rec = validRecord({ providerName: 'ひまわり"本店", 2号館\r\n受付\n窓口\r', planManagerName: '"', equipmentName: ',' });
    const bytes = serialize('table6Plan', [rec]).bytes!;
    const text = new TextDecoder('shift_jis').decode(bytes);
    expect(text).toContain(',"""",'); // プラン担当者名: a single quote
    expect(text).toContain(',",",'); // 用具名称（機種名）: a single comma
    expect(text).toContain(',"ひまわり""本店"", 2号館\r\n受付\n窓口\r",');
    expect(bytes).toEqual(ms932(recordsText([rec])));
    // And it reads back to the same record.
    const back = parsePlan(bytes);
    expect(back.issues).toEqual([]);
    expect(back.records).toEqual([rec]);
  });

  it('keeps an invalid non-free-text value containing a comma readable when allowInvalid writes it', () => {
    const rec = validRecord({ satelliteBranch: '1,2' });
    const r = serialize('table6Plan', [rec], { allowInvalid: true });
    expect(r.issues.map((i) => i.code)).toEqual(['field.csvSpecialChar']);
    const back = parsePlan(r.bytes!);
    expect(back.records[0]!.satelliteBranch).toBe('1,2');
    expect(back.issues.map((i) => i.code)).toEqual(['field.csvSpecialChar']);
  });
});
