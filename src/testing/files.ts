/**
 * fast-check arbitraries of valid whole files: records, their canonical MS932 bytes and a spec file name
 * that agrees with them (kind, 対象年月, CSVバージョン).
 *
 * @module
 */
import fc from 'fast-check';
import { serialize } from '../api.js';
import { buildFileName } from '../filename/build.js';
import { KIND_INFO } from '../kinds.js';
import { normalizeArbitraryOptions } from '../options.js';
import { getLayout, type CsvVersion, type RecordFor, type SupportedKind } from '../schemas/layouts.js';
import { validRecords } from './arbitraries.js';

/** A valid file of one kind, as {@link validFile} generates it. */
export interface ValidFile<K extends SupportedKind = SupportedKind> {
  readonly kind: K;
  /** CSVバージョン of every record (`202407`, or `202208` for the kinds that existed in 第3.x). */
  readonly version: CsvVersion;
  /**
   * 対象年月 (YYYYMM) the records were generated for; it fits {@link version}. For 利用者補足情報 it may be
   * `000000` (the records sent with the plan tables 1–3).
   */
  readonly month: string;
  /**
   * A spec file name consistent with the content: the kind's prefix, the `YYYYMM` segment for the
   * month-scoped kinds (for 利用者補足情報 the records' No.63 対象年月, `000000` or the month), and the 第3.x
   * style without サービス種類コード for CSVバージョン 202208.
   */
  readonly fileName: string;
  /** The records (1 or more), as `parse(bytes).records` gives them back. */
  readonly records: RecordFor<K>[];
  /** The canonical MS932 bytes `serialize(kind, records)` writes (CRLF after every record). */
  readonly bytes: Uint8Array;
}

/** Options of {@link validFile}. */
export interface ValidFileOptions {
  /** Only this CSVバージョン (default: any version the kind has). */
  readonly version?: CsvVersion;
  /** At most this many records (default 12; at least 1 record is always generated). */
  readonly maxRecords?: number;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

const officeNumber = fc.array(fc.constantFrom(...'0123456789'), { minLength: 10, maxLength: 10 }).map((a) => a.join(''));
/** Plausible サービス種類コード of senders and receivers (居宅介護支援 43, 介護予防支援 46, services). */
const serviceType = fc.constantFrom('43', '46', '11', '13', '15', '17', '21', '31', '67', 'A2', 'A6');
/** ファイル連番: a real date and time `YYYYMMDDHHMMSS`. */
const serial = fc
  .date({ min: new Date(Date.UTC(2023, 0, 1)), max: new Date(Date.UTC(2030, 11, 31, 23, 59, 59)), noInvalidDate: true })
  .map(
    (d) =>
      `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1, 2)}${pad(d.getUTCDate(), 2)}` +
      `${pad(d.getUTCHours(), 2)}${pad(d.getUTCMinutes(), 2)}${pad(d.getUTCSeconds(), 2)}`,
  );

interface NameParts {
  readonly senderOffice: string;
  readonly senderServiceType: string;
  readonly receiverOffice: string;
  readonly receiverServiceType: string;
  readonly serial: string;
}

const nameParts: fc.Arbitrary<NameParts> = fc.record({
  senderOffice: officeNumber,
  senderServiceType: serviceType,
  receiverOffice: officeNumber,
  receiverServiceType: serviceType,
  serial,
});

/** The month segment of the file name: the records' month column (対象年月, 削除対象年月), else none. */
function nameMonth(kind: SupportedKind, version: CsvVersion, month: string, records: readonly unknown[]): string | undefined {
  if (!KIND_INFO[kind].monthSegment) return undefined;
  const key = getLayout(kind, version).monthKey;
  const first = records[0] as { readonly [key: string]: unknown } | undefined;
  const value = key === null ? undefined : first?.[key];
  return typeof value === 'string' && /^\d{6}$/.test(value) ? value : month;
}

/**
 * A valid whole file of `kind`: records from {@link validRecords} (one version, one 対象年月), the bytes
 * the serializer writes for them, and a file name that agrees with both. `validate(file.bytes,
 * { fileName: file.fileName })` reports no issue, and `parse(file.bytes, { kind }).records` equals
 * `file.records`.
 *
 * @throws CareplanUsageError when called (not when a value is drawn): an unknown kind, a version that is
 *   none or that the kind has no layout in, `maxRecords` below 1, an unknown option.
 * @throws Error while generating, if the record generator ever produced records the serializer refuses
 *   (a bug of the generators, never of the values drawn).
 *
 * @example
 * ```ts
 * fc.assert(fc.property(validFile('table6Plan'), (file) => validate(file.bytes, { fileName: file.fileName }).ok));
 * ```
 */
export function validFile<K extends SupportedKind>(kind: K, options: ValidFileOptions = {}): fc.Arbitrary<ValidFile<K>> {
  const o = normalizeArbitraryOptions('validFile', kind, options, ['version', 'maxRecords']);
  const recordOptions: { version?: CsvVersion; maxRecords?: number } = {};
  if (o.version !== null) recordOptions.version = o.version;
  if (o.maxRecords !== null) recordOptions.maxRecords = o.maxRecords;
  return fc.tuple(validRecords(kind, recordOptions), nameParts).map(([{ version, month, records }, parts]) => {
    const fileName = buildFileName({
      kind,
      style: version === '202208' ? 'v3' : 'v4',
      month: nameMonth(kind, version, month, records) ?? null,
      senderOffice: parts.senderOffice,
      senderServiceType: version === '202208' ? null : parts.senderServiceType,
      receiverOffice: parts.receiverOffice,
      receiverServiceType: version === '202208' ? null : parts.receiverServiceType,
      serial: parts.serial,
    });
    const out = serialize(kind, records, { fileName });
    if (out.bytes === null || out.issues.length > 0) {
      throw new Error(`careplan-csv/testing: generated ${kind} records were refused: ${out.issues.map((i) => i.code).join(', ')}`);
    }
    return { kind, version, month, fileName, records, bytes: out.bytes };
  });
}
