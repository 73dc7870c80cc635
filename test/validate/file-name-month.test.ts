import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { locatedAll, PLAN_NAME_202505, recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

describe('file rule: the YYYYMM of the file name must be the records’ 対象年月 (file.nameMonth)', () => {
  it('reports an error located at the first record’s line', () => {
    const bytes = ms932(recordsText([validRecord(), validRecord({ serviceDate: '20250506' })]));
    const fileName = 'UPPLAN_202506_1370000001_43_1310000002_11_20250425170512.CSV';
    const r = parse(bytes, { fileName });
    expect(locatedAll(r.issues)).toEqual([
      { code: 'file.nameMonth', severity: 'error', line: 1, record: null, column: null, field: null, fieldJa: null, byteOffset: null },
    ]);
    expect(r.issues[0]!.params).toEqual({ actual: '202506', expected: '202505' });
    expect(r.issues[0]!.file).toBe(fileName);
  });

  it('is silent when they agree', () => {
    const bytes = ms932(recordsText([validRecord()]));
    expect(parse(bytes, { fileName: PLAN_NAME_202505 }).issues).toEqual([]);
  });
});
