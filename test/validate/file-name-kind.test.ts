import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api.js';
import { locatedAll, PLAN_NAME_202505, recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

const BYTES = ms932(recordsText([validRecord()]));
const NONE = { line: null, record: null, column: null, field: null, fieldJa: null, byteOffset: null };

describe('file rule: the kind given must match the file name (file.nameKind)', () => {
  it('reports an error and reads the file as the kind given', () => {
    const r = parse(BYTES, { kind: 'table6Actual', fileName: PLAN_NAME_202505 });
    expect(locatedAll(r.issues)).toEqual([{ code: 'file.nameKind', severity: 'error', ...NONE }]);
    expect(r.issues[0]!.params).toEqual({ actual: 'UPPLAN', expected: 'UPJSK' });
    expect(r.issues[0]!.file).toBe(PLAN_NAME_202505);
    expect(r.kind).toBe('table6Actual');
    expect(r.recordCount).toBe(1);
  });

  it('takes the kind from the file name when none is given', () => {
    const r = parse(BYTES, { fileName: PLAN_NAME_202505 });
    expect(r.issues).toEqual([]);
    expect(r.kind).toBe('table6Plan');
    const actual = parse(BYTES, { fileName: 'UPJSK_202505_1310000002_11_1370000001_43_20250603120000.CSV' });
    expect(actual.issues).toEqual([]);
    expect(actual.kind).toBe('table6Actual');
  });

  it('is silent when the kind given agrees with the name', () => {
    expect(parse(BYTES, { kind: 'table6Plan', fileName: PLAN_NAME_202505 }).issues).toEqual([]);
  });
});
