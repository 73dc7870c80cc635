import { describe, expect, it } from 'vitest';
import { FIELD_TYPES } from '../../src/field-types/index.js';
import { FIELD_TYPE_TESTING } from '../../src/field-types/testing.js';
import { getLayout, kindVersions, SUPPORTED_KINDS } from '../../src/schemas/layouts.js';
import { columnIssue, compileColumn } from '../../src/validate/field-checks.js';

const COLUMNS = SUPPORTED_KINDS.flatMap((kind) => kindVersions(kind).flatMap((v) => getLayout(kind, v).fields));
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('repair mends near-miss values', () => {
  it('郵便番号 without its hyphen', () => {
    const field = COLUMNS.find((f) => f.type === 'postalCode');
    if (field === undefined) throw new Error('no postal code column');
    expect(FIELD_TYPES.postalCode.repair?.('1000001', field)).toEqual({ value: '100-0001', cause: 'missingHyphen' });
    expect(FIELD_TYPES.postalCode.repair?.('100-001', field)).toBeNull();
    expect(FIELD_TYPES.postalCode.repair?.('10000010', field)).toBeNull();
  });

  it('サービスコード in lower case', () => {
    const field = COLUMNS.find((f) => f.type === 'serviceCode');
    if (field === undefined) throw new Error('no service code column');
    expect(FIELD_TYPES.serviceCode.repair?.('11a211', field)).toEqual({ value: '11A211', cause: 'letterCase' });
    expect(FIELD_TYPES.serviceCode.repair?.('11-211', field)).toBeNull();
    // A valid value needs no mending.
    expect(FIELD_TYPES.serviceCode.repair?.('11A211', field)).toBeNull();
  });

  it('a repaired sample passes its check; what cannot be mended is null', () => {
    for (const field of COLUMNS) {
      const repair = FIELD_TYPES[field.type].repair;
      const invalid = FIELD_TYPE_TESTING[field.type].invalid;
      if (repair === undefined || invalid === null) continue;
      for (const sample of invalid.samples(field)) {
        const mended = repair(sample, field);
        if (mended === null) continue;
        const b = ascii(mended.value);
        expect(columnIssue(compileColumn(field), b, 0, b.length, false), `${field.key} ${sample} → ${mended.value}`).toBeNull();
      }
    }
  });
});
