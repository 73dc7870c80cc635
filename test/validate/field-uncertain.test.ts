import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api.js';
import { cellOffset, locatedAll, readRecords, validRecord } from '../helpers/table6.js';

// No.6 プラン担当業者コード and No.7 プラン担当者名: the 必須 mark is not legible in the recovered spec text.
const EMPTY = validRecord({ planOfficeCode: '', planManagerName: '' });

describe('field rule: columns with an uncertain 必須 mark (No.6, No.7)', () => {
  it('accepts them empty by default', () => {
    const { bytes, result } = readRecords([EMPTY]);
    expect(result.issues).toEqual([]);
    expect(validate(bytes, { kind: 'table6Plan' }).issues).toEqual([]);
  });

  it('requires them with requireUncertainFields: true', () => {
    const { rows, bytes, result } = readRecords([EMPTY], { requireUncertainFields: true });
    const expected = [
      {
        code: 'field.required',
        severity: 'error',
        line: 1,
        record: 1,
        column: 6,
        field: 'planOfficeCode',
        fieldJa: 'プラン担当業者コード',
        byteOffset: cellOffset(rows, 0, 6),
      },
      // A quoted empty free-text cell: the offset is just after its opening quote.
      {
        code: 'field.required',
        severity: 'error',
        line: 1,
        record: 1,
        column: 7,
        field: 'planManagerName',
        fieldJa: 'プラン担当者名',
        byteOffset: cellOffset(rows, 0, 7),
      },
    ];
    expect(locatedAll(result.issues)).toEqual(expected);
    expect(locatedAll(validate(bytes, { kind: 'table6Plan', requireUncertainFields: true }).issues)).toEqual(expected);
  });

  it('still checks their format when they are filled, with or without the option', () => {
    const { rows, result } = readRecords([validRecord({ planOfficeCode: '12345' })]);
    const issue = {
      code: 'field.officeNumber',
      severity: 'error',
      line: 1,
      record: 1,
      column: 6,
      field: 'planOfficeCode',
      fieldJa: 'プラン担当業者コード',
      byteOffset: cellOffset(rows, 0, 6),
    };
    expect(locatedAll(result.issues)).toEqual([issue]);
    const strict = readRecords([validRecord({ planOfficeCode: '12345' })], { requireUncertainFields: true }).result;
    expect(locatedAll(strict.issues)).toEqual([issue]);
  });
});
