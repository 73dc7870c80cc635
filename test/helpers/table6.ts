/**
 * Shared test helper for 第6表 (UPPLAN / UPJSK): a valid record with overrides, raw CSV text built
 * independently of the serializer (for malformed input and for exact byte offsets), MS932 bytes, and a
 * projection of issues onto the properties the example tests assert.
 */
import { byteLength, ms932 } from './bytes.js';
import type { Issue } from '../../src/issues/types.js';
import { parse, serialize, type ParseResult } from '../../src/api.js';
import type { ParseOptions, SerializeOptions } from '../../src/options.js';
import type { Table6Record } from '../../src/schemas/layouts.js';

/** The 25 keys of the 202407 record model, in CSV order (written out here, not taken from the library). */
export const KEYS_202407 = [
  'csvVersion',
  'insurerNumber',
  'insuredNumber',
  'createdDate',
  'targetMonth',
  'planOfficeCode',
  'planManagerName',
  'units',
  'shortStayDaysBeforeMonth',
  'serviceDate',
  'proRataDays',
  'startTime',
  'endTime',
  'serviceCount',
  'serviceCode',
  'taisCode',
  'welfareEquipmentCode',
  'equipmentName',
  'detailCode',
  'providerCode',
  'providerName',
  'satelliteBranch',
  'over30Days',
  'updaterCode',
  'identifier',
] as const;

/** The three keys that CSVバージョン 202208 lacks. */
export const ONLY_202407 = ['taisCode', 'welfareEquipmentCode', 'equipmentName'] as const;

/** The 22 keys of the 202208 layout, in CSV order. */
export const KEYS_202208 = KEYS_202407.filter((k) => !(ONLY_202407 as readonly string[]).includes(k));

/** Free-text columns (written quoted). */
export const FREE_TEXT = ['planManagerName', 'equipmentName', 'providerName'] as const;

/** A canonical v4 file name for the default record (UPPLAN, 対象年月 202505). */
export const PLAN_NAME_202505 = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
/** A canonical v3 file name (UPPLAN, 対象年月 202503). */
export const PLAN_NAME_V3_202503 = 'UPPLAN_202503_1370000001_1310000002_20250225170512.CSV';

/**
 * A valid 第6表 record (CSVバージョン 202407, 対象年月 202505, 訪問介護 111211 on 2025-05-05) with every
 * one of the 25 keys, with `overrides` applied.
 */
export function validRecord(overrides: Partial<Table6Record> = {}): Table6Record {
  return {
    csvVersion: '202407',
    insurerNumber: '131001',
    insuredNumber: '0000123456',
    createdDate: '20250420',
    targetMonth: '202505',
    planOfficeCode: '1370000001',
    planManagerName: '介護　花子',
    units: '396',
    shortStayDaysBeforeMonth: '',
    serviceDate: '20250505',
    proRataDays: '',
    startTime: '1000',
    endTime: '1100',
    serviceCount: '1',
    serviceCode: '111211',
    taisCode: '',
    welfareEquipmentCode: '',
    equipmentName: '',
    detailCode: '',
    providerCode: '1310000002',
    providerName: 'ひまわり訪問介護ステーション',
    satelliteBranch: '',
    over30Days: '0',
    updaterCode: '1370000001',
    identifier: '',
    ...overrides,
  };
}

/**
 * A valid 202208 record (対象年月 202503, so the version fits the month), with `overrides` applied. It still
 * has all 25 keys; the three 202407-only ones are `''`.
 */
export function validV3Record(overrides: Partial<Table6Record> = {}): Table6Record {
  return validRecord({
    csvVersion: '202208',
    createdDate: '20250220',
    targetMonth: '202503',
    serviceDate: '20250305',
    ...overrides,
  });
}

/** Quotes a free-text value the canonical way (`"` doubled). */
export function quote(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

/**
 * The cells of a record as they appear in a canonical file: free text quoted, other columns as-is. The
 * layout is chosen by `version` (default: 202208 when the record's csvVersion is 202208, else 202407).
 */
export function cellsOf(record: Table6Record, version: '202407' | '202208' = record.csvVersion === '202208' ? '202208' : '202407'): string[] {
  const keys: readonly string[] = version === '202208' ? KEYS_202208 : KEYS_202407;
  return keys.map((k) => {
    const v = (record as Record<string, string>)[k] ?? '';
    return (FREE_TEXT as readonly string[]).includes(k) ? quote(v) : v;
  });
}

/** Joins rows of cells into CSV text, each row followed by `eol` (default CRLF). */
export function csvText(rows: readonly (readonly string[])[], eol = '\r\n'): string {
  return rows.map((cells) => cells.join(',') + eol).join('');
}

/** The canonical text of records (each with its own version's layout). */
export function recordsText(records: readonly Table6Record[], eol = '\r\n'): string {
  return csvText(
    records.map((r) => cellsOf(r)),
    eol,
  );
}

/**
 * Byte offset where the content of a cell starts (after its opening quote, if quoted), in the file
 * `csvText(rows, eol)`. `rowIndex` is 0-based, `column` is the 1-based column No.
 */
export function cellOffset(rows: readonly (readonly string[])[], rowIndex: number, column: number, eol = '\r\n'): number {
  const before = csvText(rows.slice(0, rowIndex), eol);
  const row = rows[rowIndex];
  if (row === undefined) throw new Error('test helper: no such row');
  const cellsBefore = row.slice(0, column - 1);
  const prefix = cellsBefore.length === 0 ? '' : `${cellsBefore.join(',')},`;
  const cell = row[column - 1] ?? '';
  return byteLength(before) + byteLength(prefix) + (cell.startsWith('"') ? 1 : 0);
}

/** Byte offset where row `rowIndex` (0-based) starts in `csvText(rows, eol)`. */
export function rowOffset(rows: readonly (readonly string[])[], rowIndex: number, eol = '\r\n'): number {
  return byteLength(csvText(rows.slice(0, rowIndex), eol));
}

/**
 * Records → MS932 bytes through the library's own serializer. `allowInvalid` is on so that records
 * with validation errors can be written; a character that cannot be encoded fails the test setup.
 */
export function toBytes(records: readonly Table6Record[], options: SerializeOptions = {}): Uint8Array {
  const r = serialize('table6Plan', records, { allowInvalid: true, ...options });
  if (r.bytes === null) throw new Error('test helper: the serializer produced no bytes');
  return r.bytes;
}

/** Parses as UPPLAN (kind `table6Plan` unless the options say otherwise). */
export function parsePlan(input: Uint8Array | string, options: ParseOptions = {}): ParseResult<'table6Plan'> {
  return parse(input, { kind: 'table6Plan', ...options }) as ParseResult<'table6Plan'>;
}

/** The properties the example tests assert, in a fixed order. */
export interface Located {
  code: string;
  severity: string;
  line: number | null;
  record: number | null;
  column: number | null;
  field: string | null;
  fieldJa: string | null;
  byteOffset: number | null;
}

/** Projects an issue onto {@link Located}. */
export function located(issue: Issue): Located {
  return {
    code: issue.code,
    severity: issue.severity,
    line: issue.line,
    record: issue.record,
    column: issue.column,
    field: issue.field,
    fieldJa: issue.fieldJa,
    byteOffset: issue.byteOffset,
  };
}

/** Projects every issue onto {@link Located}. */
export function locatedAll(issues: readonly Issue[]): Located[] {
  return issues.map(located);
}

/** The issue codes, in order. */
export function codes(issues: readonly Issue[]): string[] {
  return issues.map((i) => i.code);
}

/** What {@link readRecords} gives: the cells written, the bytes and the parse result. */
export interface Read {
  rows: string[][];
  bytes: Uint8Array;
  result: ParseResult<'table6Plan'>;
}

/**
 * Writes records as canonical text with this helper's own writer (not the library's serializer), encodes
 * it as MS932 and parses it as UPPLAN.
 */
export function readRecords(records: readonly Table6Record[], options: ParseOptions = {}, eol = '\r\n'): Read {
  const rows = records.map((r) => cellsOf(r));
  const bytes = ms932(csvText(rows, eol));
  return { rows, bytes, result: parsePlan(bytes, options) };
}
