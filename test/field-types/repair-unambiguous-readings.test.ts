import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '../../src/field-types/index.js';
import type { FieldDef } from '../../src/schemas/field.js';
import { getLayout, kindVersions, SUPPORTED_KINDS } from '../../src/schemas/layouts.js';

const COLUMNS = SUPPORTED_KINDS.flatMap((kind) => kindVersions(kind).flatMap((v) => getLayout(kind, v).fields));
const column = (pred: (f: FieldDef) => boolean): FieldDef => {
  const f = COLUMNS.find(pred);
  if (f === undefined) throw new Error('no such column');
  return f;
};
const repair = (f: FieldDef, value: string) => FIELD_TYPES[f.type].repair?.(value, f) ?? null;

describe('repair reads near misses that have one reading, and nothing else', () => {
  it('fixed-length digit fields get their leading zeros back', () => {
    const insurer = column((f) => f.type === 'insurerNumber');
    expect(repair(insurer, '12345')).toEqual({ value: '012345', cause: 'leadingZeros' });
    expect(repair(insurer, '１２３４５６')).toEqual({ value: '123456', cause: 'fullWidth' });
    expect(repair(insurer, '1234567')).toBeNull();
    expect(repair(insurer, '12-345')).toBeNull();
    const office = column((f) => f.type === 'officeNumber');
    expect(repair(office, '131000002')).toEqual({ value: '0131000002', cause: 'leadingZeros' });
    const insured = column((f) => f.type === 'insuredNumber');
    expect(repair(insured, '12345678')).toEqual({ value: '0012345678', cause: 'leadingZeros' });
    expect(repair(insured, 'Ｈ１２３４５６７８９')).toEqual({ value: 'H123456789', cause: 'fullWidth' });
    // H with too few digits: which digits are missing is not known.
    expect(repair(insured, 'H12345678')).toBeNull();
  });

  it('dates and year-months in a spreadsheet format', () => {
    const date = column((f) => f.type === 'date' && f.placeholder === undefined);
    for (const v of ['2025/5/1', '2025/05/01', '2025-05-01', '2025-5-1']) expect(repair(date, v)).toEqual({ value: '20250501', cause: 'dateFormat' });
    expect(repair(date, '２０２５０５０１')).toEqual({ value: '20250501', cause: 'fullWidth' });
    expect(repair(date, '2025/2/30')).toBeNull();
    expect(repair(date, '2025/05-01')).toBeNull();
    expect(repair(date, '5/1/2025')).toBeNull();
    expect(repair(date, '20250230')).toBeNull();
    const ym = column((f) => f.type === 'yearMonth' && f.placeholder === undefined);
    for (const v of ['2025/5', '2025/05', '2025-05']) expect(repair(ym, v)).toEqual({ value: '202505', cause: 'dateFormat' });
    expect(repair(ym, '2025/13')).toBeNull();
  });

  it('times written with a colon, or a number that lost its leading zero', () => {
    const time = column((f) => f.type === 'time');
    expect(repair(time, '6:00')).toEqual({ value: '0600', cause: 'timeFormat' });
    expect(repair(time, '06:00')).toEqual({ value: '0600', cause: 'timeFormat' });
    expect(repair(time, '600')).toEqual({ value: '0600', cause: 'leadingZeros' });
    expect(repair(time, '9')).toBeNull();
    expect(repair(time, '24:00')).toBeNull();
    expect(repair(time, '6:0')).toBeNull();
  });

  it('full-width digits and letters in code and number fields', () => {
    const code = column((f) => f.type === 'code' && Object.keys(f.codes ?? {}).includes('1'));
    expect(repair(code, '１')).toEqual({ value: '1', cause: 'fullWidth' });
    expect(repair(code, 'x')).toBeNull();
    const service = column((f) => f.type === 'serviceCode');
    expect(repair(service, '１１Ａ２１１')).toEqual({ value: '11A211', cause: 'fullWidth' });
    const integer = column((f) => f.type === 'integer');
    expect(repair(integer, '１２')).toEqual({ value: '12', cause: 'fullWidth' });
    expect(repair(integer, '12')).toBeNull();
    const postal = column((f) => f.type === 'postalCode');
    expect(repair(postal, '１００－０００１')).toEqual({ value: '100-0001', cause: 'fullWidth' });
  });

  it('a numeric code that lost its leading zero, when all codes have one length', () => {
    const code = column(
      (f) => f.type === 'code' && Object.keys(f.codes ?? {}).includes('01') && Object.keys(f.codes ?? {}).every((c) => c.length === 2),
    );
    expect(repair(code, '1')).toEqual({ value: '01', cause: 'leadingZeros' });
  });

  it('free text, text and phone columns are never rewritten', () => {
    for (const type of ['freeText', 'string', 'phone', 'unused'] as const) expect(FIELD_TYPES[type].repair).toBeUndefined();
  });
});
