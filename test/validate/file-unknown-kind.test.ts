import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../src/api.js';
import { locatedAll, recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const BYTES = ms932(recordsText([validRecord()]));
const NONE = { line: null, record: null, column: null, field: null, fieldJa: null, byteOffset: null };

describe('file rule: the kind must be known (file.unknownKind)', () => {
  it('reports file.unknownKind when neither a kind nor a file name is given, and reads nothing', () => {
    const r = parse(BYTES);
    expect(locatedAll(r.issues)).toEqual([{ code: 'file.unknownKind', severity: 'error', ...NONE }]);
    expect(r.kind).toBeNull();
    expect(r.version).toBeNull();
    expect(r.records).toEqual([]);
    expect(r.recordCount).toBe(0);
    expect(r.ok).toBe(false);
    expect(locatedAll(validate(BYTES).issues)).toEqual([{ code: 'file.unknownKind', severity: 'error', ...NONE }]);
  });

  it('reports the bad file name and then file.unknownKind when the name does not follow the spec', () => {
    const r = parse(BYTES, { fileName: 'careplan-may.csv' });
    expect(locatedAll(r.issues)).toEqual([
      { code: 'file.nameInvalid', severity: 'error', ...NONE },
      { code: 'file.unknownKind', severity: 'error', ...NONE },
    ]);
    expect(r.issues[0]!.params).toEqual({
      detail: 'unknownPrefix',
      segment: 'prefix',
      expected: '<接頭辞>[_<YYYYMM>]_<送信元事業所番号>_<送信元サービス種類コード>_<送信先事業所番号>_<送信先サービス種類コード>_<ファイル連番>.CSV',
    });
    expect(r.issues.every((i) => i.file === 'careplan-may.csv')).toBe(true);
    expect(r.records).toEqual([]);
  });

  it('reads the file when the kind is given; a name that is no spec name at all is one warning', () => {
    const r = parse(BYTES, { kind: 'table6Plan', fileName: 'careplan-may.csv' });
    expect(r.issues.map((i) => [i.code, i.severity, i.params.detail, i.params.segment])).toEqual([
      ['file.nameWarning', 'warning', 'unknownPrefix', 'prefix'],
    ]);
    expect(r.recordCount).toBe(1);
    expect(r.ok).toBe(true);
  });

  it('a spec-shaped name with a bad segment stays an error when the kind is given', () => {
    const r = parse(BYTES, { kind: 'table6Plan', fileName: 'UPPLAN_202505_137000001_43_1310000002_11_20250425170512.CSV' });
    expect(r.issues.map((i) => [i.code, i.params.detail, i.params.segment])).toEqual([['file.nameInvalid', 'badOfficeNumber', 'senderOffice']]);
  });

  it('a 第6表 file read as another kind gets a column-count error per record, not an exception', () => {
    const r = parse(BYTES, { kind: 'table7' });
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.every((i) => i.code === 'csv.columnCount')).toBe(true);
    expect(r.issues[0]!.params).toEqual({ expected: 37, actual: 25 });
  });
});
