/**
 * Test helper for any kind: a minimal valid record built from the layout table (required columns get a
 * fixed valid value of their type, the others stay empty), and the bytes of records written by the
 * serializer even when they are invalid (`allowInvalid`), for tests of the reader and validator.
 */
import { serializeUnknown } from '../../src/api.js';
import type { FieldDef } from '../../src/schemas/field.js';
import { getLayout, type CsvVersion, type SupportedKind } from '../../src/schemas/layouts.js';

const VALUE: { readonly [T in FieldDef['type']]: string } = {
  csvVersion: '202407',
  yearMonth: '202505',
  date: '20250501',
  time: '1000',
  insurerNumber: '131001',
  insuredNumber: '0000123456',
  officeNumber: '1370000001',
  integer: '1',
  code: '',
  serviceCode: '111211',
  dayFlags31: '1'.repeat(31),
  freeText: 'テキスト',
  string: 'A1',
  decimal: '11.40',
  postalCode: '100-0001',
  phone: '03-1234-5678',
  fixed: '',
  unused: '',
};

function sampleValue(f: FieldDef, version: CsvVersion): string {
  if (f.type === 'csvVersion') return version;
  if (f.type === 'code') return Object.keys(f.codes ?? {})[0] ?? '';
  if (f.type === 'fixed') return f.fixedValue ?? '';
  return VALUE[f.type];
}

/** A record of `kind` with every required column valid and every other column empty (groups `[]`). */
export function minimalRecord(kind: SupportedKind, version: CsvVersion = '202407'): Record<string, unknown> {
  const layout = getLayout(kind, version);
  const rec = layout.newRecord();
  const present = new Set(layout.fields.map((f) => f.key));
  for (const f of layout.recordFields) {
    if (f.group === undefined && present.has(f.key) && f.required === 'required') rec[f.key] = sampleValue(f, version);
  }
  return rec;
}

/** The bytes the serializer writes for `records` (also when they are invalid). */
export function bytesOf(kind: SupportedKind, records: readonly Record<string, unknown>[]): Uint8Array {
  const r = serializeUnknown(kind, records, { allowInvalid: true });
  if (r.bytes === null) throw new Error(`not encodable: ${r.issues.map((i) => i.code).join(', ')}`);
  return r.bytes;
}
