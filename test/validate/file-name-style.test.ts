import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { locatedAll, PLAN_NAME_202505, PLAN_NAME_V3_202503, recordsText, validRecord, validV3Record } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const AT_LINE_1 = { line: 1, record: null, column: null, field: null, fieldJa: null, byteOffset: null };

describe('file rule: the file-name style must fit the CSVバージョン (file.nameStyle, a warning)', () => {
  it('warns about a v3-style name (no サービス種類コード) on 202407 content', () => {
    const bytes = ms932(recordsText([validRecord()]));
    const r = parse(bytes, { fileName: 'UPPLAN_202505_1370000001_1310000002_20250425170512.CSV' });
    expect(locatedAll(r.issues)).toEqual([{ code: 'file.nameStyle', severity: 'warning', ...AT_LINE_1 }]);
    expect(r.issues[0]!.params).toEqual({ actual: 'v3', expected: '202407' });
    expect(r.ok).toBe(true);
  });

  it('warns about a v4-style name on 202208 content', () => {
    const bytes = ms932(recordsText([validV3Record()]));
    const r = parse(bytes, { fileName: 'UPPLAN_202503_1370000001_43_1310000002_11_20250225170512.CSV' });
    expect(locatedAll(r.issues)).toEqual([{ code: 'file.nameStyle', severity: 'warning', ...AT_LINE_1 }]);
    expect(r.issues[0]!.params).toEqual({ actual: 'v4', expected: '202208' });
  });

  it('is silent for matching styles', () => {
    expect(parse(ms932(recordsText([validRecord()])), { fileName: PLAN_NAME_202505 }).issues).toEqual([]);
    expect(parse(ms932(recordsText([validV3Record()])), { fileName: PLAN_NAME_V3_202503 }).issues).toEqual([]);
  });
});
