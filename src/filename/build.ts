import { CareplanUsageError } from '../errors.js';
import { IMAGE_PREFIX, KIND_INFO, isKind, type Kind } from '../kinds.js';
import { isBranch, isOfficeNumber, isSerial, isServiceTypeCode, isYearMonth } from './segments.js';
import type { BuildFileNameInput, FileNameStyle } from './types.js';

function misuse(message: string): CareplanUsageError {
  return new CareplanUsageError('ERR_CAREPLAN_FILE_NAME_PARTS', 'buildFileName', message);
}

/** Describes a wrong value without echoing it. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `a string of length ${value.length}`;
  return typeof value;
}

function isAbsent(value: unknown): boolean {
  return value === undefined || value === null;
}

function requireSegment(field: string, value: unknown, valid: (s: string) => boolean, what: string): string {
  if (typeof value !== 'string' || !valid(value)) throw misuse(`${field} must be ${what}, got ${describe(value)}`);
  return value;
}

function forbidSegment(field: string, value: unknown, why: string): void {
  if (!isAbsent(value)) throw misuse(`${field} must not be set ${why}`);
}

/**
 * Builds the canonical file name (no path) of a CSV file or of the UPKIHON_IMAGE attachment:
 *
 * - v4 (default): `<PREFIX>[_<YYYYMM>]_<送信元事業所番号>_<送信元サービス種類コード>_<送信先事業所番号>_<送信先サービス種類コード>_<ファイル連番>.CSV`
 * - v3: the same without the two サービス種類コード (only for kinds that existed in 第3.x)
 * - image: `UPKIHON_IMAGE_<送信元事業所番号>_<送信元サービス種類コード>_<送信先事業所番号>_<送信先サービス種類コード>_<ファイル連番>_<枝番>.jpg`
 *
 * The extension is written as in the spec (`.CSV`, `.jpg`). `parseFileName(buildFileName(x))` gives the
 * segments of `x` back, and `buildFileName(parseFileName(name).parts)` gives a canonical `name` back.
 *
 * @throws TypeError on misuse: not exactly one of `kind`/`attachment`, an unknown kind or style, a v3 name
 * for a kind that did not exist in 第3.x, a missing or malformed segment (month 01–12 or UPHOSOKU's
 * `000000`, 10-digit office numbers, service types of 2 `[0-9A-Z]`, a real `YYYYMMDDHHMMSS` serial,
 * a 4-digit branch), or a segment the kind or style does not have. Messages never echo segment values.
 *
 * @example
 * ```ts
 * buildFileName({ kind: 'table6Plan', month: '202505', senderOffice: '1370000001', senderServiceType: '43',
 *   receiverOffice: '1310000002', receiverServiceType: '11', serial: '20250425170512' });
 * // 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV'
 * ```
 */
export function buildFileName(input: BuildFileNameInput): string {
  if (typeof input !== 'object' || input === null) throw misuse(`expected an object, got ${describe(input)}`);
  const rawKind: unknown = input.kind;
  const rawAttachment: unknown = input.attachment;
  if (!isAbsent(rawKind) && !isKind(rawKind)) throw misuse(`unknown kind (${describe(rawKind)})`);
  if (!isAbsent(rawAttachment) && rawAttachment !== 'familyImage') {
    throw misuse(`attachment must be 'familyImage', got ${describe(rawAttachment)}`);
  }
  if (isAbsent(rawKind) === isAbsent(rawAttachment)) throw misuse('set exactly one of kind and attachment');
  const kind: Kind | null = isKind(rawKind) ? rawKind : null;

  const rawStyle: unknown = input.style ?? 'v4';
  if (rawStyle !== 'v4' && rawStyle !== 'v3') throw misuse(`style must be 'v4' or 'v3', got ${describe(rawStyle)}`);
  const style: FileNameStyle = rawStyle;

  const prefix = kind === null ? IMAGE_PREFIX : KIND_INFO[kind].prefix;
  if (style === 'v3' && (kind === null || !KIND_INFO[kind].inV3)) {
    throw misuse(`${prefix} did not exist in 第3.x: style 'v3' is not possible`);
  }

  const segments: string[] = [prefix];
  if (kind !== null && KIND_INFO[kind].monthSegment) {
    const allowZero = kind === 'userSupplement';
    segments.push(requireSegment('month', input.month, (s) => isYearMonth(s, allowZero), allowZero ? 'YYYYMM or 000000' : 'YYYYMM'));
  } else {
    forbidSegment('month', input.month, `for ${prefix} (its file name has no month segment)`);
  }

  segments.push(requireSegment('senderOffice', input.senderOffice, isOfficeNumber, '10 digits'));
  if (style === 'v4') {
    segments.push(requireSegment('senderServiceType', input.senderServiceType, isServiceTypeCode, '2 of [0-9A-Z]'));
  } else {
    forbidSegment('senderServiceType', input.senderServiceType, "in style 'v3'");
  }
  segments.push(requireSegment('receiverOffice', input.receiverOffice, isOfficeNumber, '10 digits'));
  if (style === 'v4') {
    segments.push(requireSegment('receiverServiceType', input.receiverServiceType, isServiceTypeCode, '2 of [0-9A-Z]'));
  } else {
    forbidSegment('receiverServiceType', input.receiverServiceType, "in style 'v3'");
  }
  segments.push(requireSegment('serial', input.serial, isSerial, 'a real date-time YYYYMMDDHHMMSS'));

  if (kind === null) {
    segments.push(requireSegment('branch', input.branch, isBranch, '4 digits'));
    return `${segments.join('_')}.jpg`;
  }
  forbidSegment('branch', input.branch, 'for CSV files (only the image has a 枝番)');
  return `${segments.join('_')}.CSV`;
}
