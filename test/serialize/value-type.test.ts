import { describe, expect, it } from 'vitest';
import { serializeUnknown } from '../../src/api.js';
import { locatedAll, validRecord } from '../helpers/table6.js';

describe('serializer: values must be strings (record.valueType)', () => {
  it('reports a non-string value at its column, once (written as empty, not reported again as required)', () => {
    const rec = { ...validRecord(), units: 396, over30Days: null } as unknown as Record<string, unknown>;
    const r = serializeUnknown('table6Plan', [rec]);
    expect(locatedAll(r.issues).slice(0, 2)).toEqual([
      { code: 'record.valueType', severity: 'error', line: 1, record: 1, column: 8, field: 'units', fieldJa: '単位数', byteOffset: null },
      { code: 'record.valueType', severity: 'error', line: 1, record: 1, column: 23, field: 'over30Days', fieldJa: '３０日超区分', byteOffset: null },
    ]);
    expect(r.issues.slice(0, 2).map((i) => i.params)).toEqual([{ actual: 'number' }, { actual: 'null' }]);
    expect(r.issues).toHaveLength(2);
    expect(r.bytes).toBeNull();
  });

  it('reports a record that is not a plain object, and goes on with the next records', () => {
    const r = serializeUnknown('table6Plan', [null, 'x', [], validRecord({ createdDate: '20250229' })] as unknown as Record<string, unknown>[]);
    expect(r.issues.map((i) => [i.code, i.severity, i.record, i.column, i.field, i.params])).toEqual([
      ['record.valueType', 'error', 1, null, null, { actual: 'null' }],
      ['record.valueType', 'error', 2, null, null, { actual: 'string' }],
      ['record.valueType', 'error', 3, null, null, { actual: 'array' }],
      ['field.date', 'error', 4, 4, 'createdDate', {}],
    ]);
  });

  it('with allowInvalid a value of another type is written as an empty column, a record that is no object left out; the message says it is not written', () => {
    const rec = { ...validRecord(), units: 396 } as unknown as Record<string, unknown>;
    const r = serializeUnknown('table6Plan', [rec], { allowInvalid: true, locale: 'en' });
    const expected = serializeUnknown('table6Plan', [{ ...validRecord(), units: '' }]).bytes;
    expect(r.bytes).toEqual(expected);
    expect(r.issues[0]?.message).toBe('Field values must be strings, records objects (got number); it is not written.');
    expect(serializeUnknown('table6Plan', [rec]).issues[0]?.message).toContain('これは書き出しません');
    // A record that is not an object is left out of the file written anyway (the next records follow).
    const left = serializeUnknown('table6Plan', [validRecord(), null, validRecord({ serviceDate: '20250506' })], { allowInvalid: true });
    const two = serializeUnknown('table6Plan', [validRecord(), validRecord({ serviceDate: '20250506' })]).bytes;
    expect(left.bytes).toEqual(two);
  });

  it('treats a missing key as an empty value', () => {
    const { units: _u, ...rest } = validRecord();
    expect(serializeUnknown('table6Plan', [rest]).issues).toEqual([]);
    const { serviceCode: _s, ...noCode } = validRecord();
    expect(serializeUnknown('table6Plan', [noCode]).issues.map((i) => [i.code, i.field])).toEqual([['field.required', 'serviceCode']]);
  });
});
