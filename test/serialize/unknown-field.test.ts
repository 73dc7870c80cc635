import { describe, expect, it } from 'vitest';
import { serializeUnknown } from '../../src/api.js';
import { locatedAll, validRecord } from '../helpers/table6.js';

describe('serializer: a key that is not in the layout (record.unknownField)', () => {
  it('is an error of the record, naming the key, and no bytes are written', () => {
    const r = serializeUnknown('table6Plan', [validRecord(), { ...validRecord({ serviceDate: '20250506' }), nickname: 'x', ServiceCode: '111211' }]);
    expect(locatedAll(r.issues)).toEqual([
      { code: 'record.unknownField', severity: 'error', line: 2, record: 2, column: null, field: null, fieldJa: null, byteOffset: null },
      { code: 'record.unknownField', severity: 'error', line: 2, record: 2, column: null, field: null, fieldJa: null, byteOffset: null },
    ]);
    expect(r.issues.map((i) => i.params)).toEqual([{ detail: 'nickname' }, { detail: 'ServiceCode' }]);
    expect(r.bytes).toBeNull();
  });
});
