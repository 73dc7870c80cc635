import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { matchingBlockers } from '../../src/reconcile/index.js';
import { validRecord } from '../helpers/table6.js';

const bytesOf = (records = [validRecord(), validRecord({ serviceDate: '20250508' })]) =>
  serialize('table6Plan', records, { allowInvalid: true }).bytes as Uint8Array;
const text = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const blockers = (input: Uint8Array | string) => matchingBlockers(parse(input, { kind: 'table6Plan' }));

describe('matchingBlockers: errors that make a reconciliation unreliable', () => {
  it('a valid file has none', () => {
    expect(blockers(bytesOf())).toEqual([]);
  });

  it('an error in a matching column blocks (サービス利用日, 開始時刻, 被保険者番号)', () => {
    const b = bytesOf([validRecord({ serviceDate: '20250532' }), validRecord({ startTime: '2500' }), validRecord({ insuredNumber: '12' })]);
    expect(blockers(b).map((i) => [i.code, i.field])).toEqual([
      ['field.date', 'serviceDate'],
      ['field.time', 'startTime'],
      ['field.insuredNumber', 'insuredNumber'],
    ]);
  });

  it('a wrong column count and a dropped record block', () => {
    const lines = text(bytesOf()).split('\r\n');
    const shortRow = lines[0]?.split(',').slice(0, 20).join(',');
    expect(blockers(latin1(`${shortRow}\r\n${lines[1]}\r\n`)).map((i) => i.code)).toContain('csv.columnCount');
    // A quote that never closes swallows the rest of the file: that record is lost.
    expect(blockers(latin1(`${lines[0]}\r\n${lines[1]}\r\n"unterminated,`)).map((i) => i.code)).toContain('csv.unterminatedQuote');
  });

  it('an empty file and a UTF-8 file block', () => {
    expect(blockers(new Uint8Array(0)).map((i) => i.code)).toEqual(['file.empty']);
    const utf8 = new TextEncoder().encode(`${text(bytesOf()).split('\r\n')[0]?.replace('""', '"介護　花子"')}\r\n`);
    expect(blockers(utf8).map((i) => i.code)).toContain('encoding.utf8');
  });

  it('errors outside the matching columns and file-name mismatches do not block', () => {
    const b = bytesOf([validRecord({ over30Days: '7' }), validRecord({ serviceDate: '20250508' })]);
    const r = parse(b, { kind: 'table6Plan', fileName: 'UPPLAN_202506_1370000001_43_1310000002_11_20250425170512.CSV' });
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['field.code', 'file.nameMonth']));
    expect(matchingBlockers(r)).toEqual([]);
  });

  it('warnings never block', () => {
    const withBlank = latin1(`${text(bytesOf())}\r\n`);
    const r = parse(withBlank, { kind: 'table6Plan' });
    expect(r.warningCount).toBeGreaterThan(0);
    expect(matchingBlockers(r)).toEqual([]);
  });

  it('throws when not given a result', () => {
    expect(() => matchingBlockers(null as unknown as { issues: [] })).toThrow(TypeError);
  });
});
