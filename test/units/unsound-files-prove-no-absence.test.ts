import { describe, expect, it } from 'vitest';
import { validateUnits } from '../../src/units/index.js';
import { edited, PLAN_SET, sample } from './fixtures.js';

describe('a file with errors in its key fields or dropped records proves no absence', () => {
  it('a 1表 whose 被保険者番号 has an error: its dependants are not reported as orphans', () => {
    const plan1 = edited('UP1KYO', (rs) => rs.map((r) => ({ ...r, insuredNumber: '12345' })));
    const r = validateUnits([plan1, ...PLAN_SET.filter((p) => p !== 'UP1KYO').map(sample)]);
    const unit = r.units[0];
    expect(unit?.issues).toEqual([]);
    expect(unit?.files[0]?.result.issues.map((i) => i.code)).toEqual(['field.insuredNumber']);
    expect(unit?.verdict).toBe('invalid');
  });

  it('a 2表 with an unterminated quote (a record dropped): no 1表 record is said to lack its 2表', () => {
    const good = sample('UP2KYO').bytes as Uint8Array;
    const broken = new Uint8Array([...good, ...new TextEncoder().encode('202407,131001,"')]);
    const r = validateUnits([
      ...PLAN_SET.filter((p) => p !== 'UP2KYO').map(sample),
      { name: 'UP2KYO_1370000001_43_1310000002_11_20250415093000.CSV', bytes: broken },
    ]);
    expect(r.units[0]?.issues).toEqual([]);
    expect(r.units[0]?.files[1]?.result.issues.map((i) => i.code)).toContain('csv.unterminatedQuote');
  });

  it('a UTF-8 file takes part in no link check', () => {
    const r = validateUnits([
      ...PLAN_SET.filter((p) => p !== 'UP1KYO').map(sample),
      { name: 'UP1KYO_1370000001_43_1310000002_11_20250415093000.CSV', bytes: new TextEncoder().encode('202407,131001,"山田太郎と花子"\r\n') },
    ]);
    expect(r.units[0]?.issues).toEqual([]);
    expect(r.units[0]?.files[0]?.result.issues.map((i) => i.code)).toEqual(['encoding.utf8']);
  });

  it('a UTF-16 file takes part in no link check either', () => {
    const text = '202407,131001,"山田太郎と花子"\r\n';
    const bytes = new Uint8Array(2 + 2 * text.length);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    const r = validateUnits([
      ...PLAN_SET.filter((p) => p !== 'UP1KYO').map(sample),
      { name: 'UP1KYO_1370000001_43_1310000002_11_20250415093000.CSV', bytes },
    ]);
    expect(r.units[0]?.issues).toEqual([]);
    expect(r.units[0]?.files[0]?.result.issues.map((i) => i.code)).toEqual(['encoding.utf16']);
  });
});
