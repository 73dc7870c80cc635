/**
 * fast-check arbitraries derived from the layout tables: valid field values, valid records and valid
 * whole files. Used by this project's property tests (and meant to become the public
 * `careplan-csv/testing` entry point once every layout is covered).
 *
 * @module
 */
import fc from 'fast-check';
import { getDecodeTable } from '../encoding/table.js';
import type { FieldDef } from '../schemas/field.js';
import { getLayout, kindVersions, type CsvVersion, type RecordFor, type SupportedKind } from '../schemas/layouts.js';

let ms932Chars: string[] | null = null;

/** Every character MS932 can encode, except control characters (ASCII, half-width katakana, double-byte). */
export function ms932Characters(): readonly string[] {
  if (ms932Chars !== null) return ms932Chars;
  const set = new Set<string>();
  for (let b = 0x20; b < 0x7f; b++) set.add(String.fromCharCode(b));
  for (let cp = 0xff61; cp <= 0xff9f; cp++) set.add(String.fromCharCode(cp));
  const table = getDecodeTable();
  for (let code = 0x8140; code <= 0xfcfc; code++) {
    const cp = table[code] ?? 0;
    if (cp !== 0) set.add(String.fromCharCode(cp));
  }
  ms932Chars = [...set];
  return ms932Chars;
}

const CSV_SPECIAL = new Set(['"', ',', '\r', '\n']);

/** A character MS932 can encode; `csvSafe` leaves out `"`, `,`, CR and LF. */
export function ms932Char(csvSafe = false): fc.Arbitrary<string> {
  const chars = ms932Characters().filter((c) => !csvSafe || !CSV_SPECIAL.has(c));
  return fc.integer({ min: 0, max: chars.length - 1 }).map((i) => chars[i] as string);
}

/** Free text: MS932 characters plus the ones CSV must quote (`"`, `,`, CR, LF, CRLF). */
export function freeText(maxLength = 40): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 6, arbitrary: ms932Char(true) },
    { weight: 1, arbitrary: fc.constantFrom('"', ',', '\r\n', '\n', '\r', '　', '""') },
  );
  return fc.array(piece, { maxLength }).map((a) => a.join(''));
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function digits(min: number, max: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((a) => a.join(''));
}

/** A real YYYYMMDD day inside the month YYYYMM. */
export function dateInMonth(month: string): fc.Arbitrary<string> {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(4, 6));
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return fc.integer({ min: 1, max: days }).map((d) => `${month}${pad(d, 2)}`);
}

/** A real YYYYMMDD date between 2000 and 2099. */
export const calendarDate: fc.Arbitrary<string> = fc
  .date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true })
  .map((d) => `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}`);

const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => pad(h, 2) + pad(m, 2));
const serviceType = fc.constantFrom('11', '12', '13', '14', '15', '16', '17', '21', '22', '31', '67', '78', 'A2', 'A6');

/** A valid non-empty value of one column, ignoring record rules. */
export function fieldValue(field: FieldDef, month: string): fc.Arbitrary<string> {
  const max = field.maxLength;
  switch (field.type) {
    case 'csvVersion':
      return fc.constant('202407');
    case 'yearMonth':
      return fc.constant(month);
    case 'date':
      return calendarDate;
    case 'time':
      return field.allowNoTime ? fc.oneof(time, fc.constant('9999')) : time;
    case 'insurerNumber':
      return digits(6, 6);
    case 'insuredNumber':
      return fc.oneof(digits(10, 10), digits(9, 9).map((d) => `H${d}`));
    case 'officeNumber':
      return digits(10, 10);
    case 'integer':
      return digits(1, max ?? 3);
    case 'code':
      return fc.constantFrom(...Object.keys(field.codes ?? {}));
    case 'serviceCode':
      return fc.tuple(serviceType, fc.array(fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'), { minLength: 4, maxLength: 4 })).map(([t, r]) => t + r.join(''));
    case 'dayFlags31':
      return fc.array(fc.constantFrom('0', '1'), { minLength: 31, maxLength: 31 }).map((a) => a.join(''));
    case 'freeText':
      return freeText(max ?? 40);
    case 'string':
      return fc.array(ms932Char(true), { minLength: 1, maxLength: max ?? 20 }).map((a) => a.join(''));
    case 'phone':
      return fc.tuple(digits(2, 4), digits(2, 4), digits(4, 4)).map(([a, b, c]) => `${a}-${b}-${c}`.slice(0, max ?? 15));
    case 'postalCode':
      return fc.tuple(digits(3, 3), digits(4, 4)).map(([a, b]) => `${a}-${b}`);
    case 'decimal':
      return fc.tuple(digits(1, 2), digits(2, 2)).map(([a, b]) => `${a}.${b}`);
    case 'fixed':
      return fc.constant(field.fixedValue ?? '');
    case 'unused':
      return fc.constant('');
  }
}

/** Months to which each version applies (a valid file's version fits its month). */
function monthFor(version: CsvVersion): fc.Arbitrary<string> {
  const [from, to] = version === '202407' ? [2025 * 12 + 3, 2030 * 12 + 11] : [2023 * 12, 2025 * 12 + 2];
  return fc.integer({ min: from, max: to }).map((n) => `${Math.floor(n / 12)}${pad((n % 12) + 1, 2)}`);
}

export interface RecordOptions {
  readonly version: CsvVersion;
  /** 対象年月 of the file (YYYYMM). */
  readonly month: string;
}

/**
 * A valid record of `kind`: every column valid, optional columns sometimes empty, the record rules
 * kept (サービス利用日 in the month, a TAISコード or 福祉用具届出コード on 17/67 lines in 202407).
 */
export function validRecord<K extends SupportedKind>(kind: K, options: RecordOptions): fc.Arbitrary<RecordFor<K>> {
  const layout = getLayout(kind, options.version);
  const missing = new Set(layout.missingFields);
  const inVersion = new Map(layout.fields.map((f) => [f.key, f]));
  const column = (model: FieldDef): fc.Arbitrary<string> => {
    // The column as the version defines it (202208 had a few shorter columns).
    const f = inVersion.get(model.key);
    if (f === undefined || missing.has(model)) return fc.constant('');
    let value = fieldValue(f, options.month);
    if (f.key === 'csvVersion') value = fc.constant(options.version);
    if (f.key === 'serviceDate') value = dateInMonth(options.month);
    // fieldValue may give '' for free text; a required column needs a value.
    return f.required === 'required' ? value.filter((v) => v !== '') : fc.oneof(fc.constant(''), value);
  };
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  for (const f of layout.recordFields) {
    const g = f.group;
    if (g === undefined) shape[f.key] = column(f);
    else if (g.index === 0) {
      const item: Record<string, fc.Arbitrary<string>> = {};
      for (const m of layout.recordFields) if (m.group?.key === g.key && m.group.index === 0) item[m.group.member] = column(m);
      const slots = layout.groups.find((x) => x.key === g.key)?.slots ?? 0;
      // Slots fill from 1 upward: every generated item has a value (an all-empty item would be a gap).
      const filled = fc.record(item).filter((it) => Object.values(it).some((v) => v !== ''));
      shape[g.key] = fc.array(filled, { maxLength: slots });
    }
  }
  return fc.record(shape).map((r) => {
    const rec = { ...r } as Record<string, unknown>;
    const type = String(rec.serviceCode ?? '').slice(0, 2);
    if (options.version === '202407' && (type === '17' || type === '67') && rec.taisCode === '' && rec.welfareEquipmentCode === '') {
      rec.taisCode = '00001-000010';
    }
    return rec as RecordFor<K>;
  });
}

/** A valid set of records for one file: one version, one month, 1–`maxRecords` records. */
export function validRecords<K extends SupportedKind>(
  kind: K,
  options: { readonly version?: CsvVersion; readonly maxRecords?: number } = {},
): fc.Arbitrary<{ version: CsvVersion; month: string; records: RecordFor<K>[] }> {
  const version = options.version === undefined ? fc.constantFrom<CsvVersion>(...kindVersions(kind)) : fc.constant(options.version);
  return version.chain((v) =>
    monthFor(v).chain((month) =>
      fc
        .array(validRecord(kind, { version: v, month }), { minLength: 1, maxLength: options.maxRecords ?? 12 })
        .map((records) => ({ version: v, month, records })),
    ),
  );
}
