import { misuse, typeName } from '../errors.js';
import { KIND_INFO, type Kind } from '../kinds.js';
import {
  isBranch,
  isOfficeNumber,
  isSerial,
  isServiceTypeCode,
  isYearMonth,
  looksLikeMonth,
  matchPrefix,
  matchPrefixIgnoringCase,
} from './segments.js';
import {
  FILE_NAME_PROBLEM_CODES,
  type FileNameParts,
  type FileNameProblem,
  type FileNameProblemCode,
  type FileNameSegment,
  type FileNameStyle,
  type ParseFileNameResult,
} from './types.js';

function problem(code: FileNameProblemCode, segment?: FileNameSegment): FileNameProblem {
  const severity = FILE_NAME_PROBLEM_CODES[code];
  return segment === undefined ? { code, severity } : { code, severity, segment };
}

/** The part of a path after the last `/` or `\`. */
export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function requireString(name: unknown, fn: string): asserts name is string {
  if (typeof name !== 'string') misuse('ERR_CAREPLAN_ARGUMENT', fn, `the file name must be a string, got ${typeName(name)}`);
}

/**
 * Parses a file name of ケアプランデータ連携標準仕様 in the 第4.1版 style (`v4`, with サービス種類コード) or the
 * 第3.x style (`v3`, without them).
 *
 * - A path is accepted: only the part after the last `/` or `\` is read.
 * - Prefixes are matched longest first (`UPKIHON_SUB1` before `UPKIHON`, `UPYOBO_SUB` before `UPYOBO`), are
 *   case-sensitive (upper case, as in the spec) and must be followed by `_` and a digit. A prefix in other
 *   letter case is `prefixCase` instead of `unknownPrefix` (the name is not read as that kind's either).
 * - The style is decided by the number of segments. A v3 name for a kind that did not exist in 第3.x is an
 *   error (`styleNotForKind`), but its parts are still returned in {@link ParseFileNameFailure.parts}.
 * - The extension is matched case-insensitively (`.csv` gives the warning `extensionCase`); the image must
 *   be `.jpg` (`.jpeg` is refused).
 *
 * Bad names never throw: they give `ok: false` with problems. Only a non-string argument throws a TypeError.
 *
 * @example
 * ```ts
 * const r = parseFileName('UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV');
 * if (r.ok) r.parts.month; // '202505'
 * ```
 */
export function parseFileName(name: string): ParseFileNameResult {
  requireString(name, 'parseFileName');
  const base = baseName(name);
  const entry = matchPrefix(base);
  if (entry === null) {
    // A spec prefix in other letter case is not read as its kind either; the problem says why.
    const code = matchPrefixIgnoringCase(base) === null ? 'unknownPrefix' : 'prefixCase';
    return { ok: false, kind: null, prefix: null, parts: null, problems: [problem(code, 'prefix')] };
  }
  const { kind, prefix } = entry;
  const isImage = kind === null;

  // matchPrefix guarantees a digit right after `<prefix>_`, so a dot (if any) lies after the prefix.
  const dot = base.lastIndexOf('.');
  const stem = dot < 0 ? base : base.slice(0, dot);
  const extension = dot < 0 ? '' : base.slice(dot + 1);

  const head: FileNameProblem[] = []; // problems of the whole name
  const segmentProblems: FileNameProblem[] = [];
  const segs = stem.slice(prefix.length + 1).split('_');
  const n = segs.length;
  const v4Length = isImage ? 6 : 5;
  const v3Length = isImage ? 4 : 3;
  const hasMonth = kind !== null && KIND_INFO[kind].monthSegment;

  let month: string | null = null;
  let body: string[] | null = null;
  const first = segs[0] ?? '';
  if (hasMonth) {
    if (n === v4Length + 1 || n === v3Length + 1) {
      month = first;
      body = segs.slice(1);
      if (!isYearMonth(first, kind === 'userSupplement')) segmentProblems.push(problem('badMonth', 'month'));
    } else if ((n === v4Length || n === v3Length) && !looksLikeMonth(first)) {
      head.push(problem('missingMonth', 'month'));
      body = segs;
    } else {
      head.push(problem('badShape'));
    }
  } else if (n === v4Length || n === v3Length) {
    body = segs;
  } else if ((n === v4Length + 1 || n === v3Length + 1) && looksLikeMonth(first)) {
    head.push(problem('monthNotForKind', 'month'));
    body = segs.slice(1);
  } else {
    head.push(problem('badShape'));
  }

  let parts: FileNameParts | null = null;
  if (body !== null) {
    const style: FileNameStyle = body.length === v4Length ? 'v4' : 'v3';
    const at = (i: number): string => body[i] ?? '';
    const senderOffice = at(0);
    const senderServiceType = style === 'v4' ? at(1) : null;
    const receiverOffice = style === 'v4' ? at(2) : at(1);
    const receiverServiceType = style === 'v4' ? at(3) : null;
    const serial = style === 'v4' ? at(4) : at(2);
    const branch = isImage ? (style === 'v4' ? at(5) : at(3)) : null;

    if (style === 'v3' && (kind === null || !KIND_INFO[kind].inV3)) head.push(problem('styleNotForKind'));
    if (!isOfficeNumber(senderOffice)) segmentProblems.push(problem('badOfficeNumber', 'senderOffice'));
    if (senderServiceType !== null && !isServiceTypeCode(senderServiceType)) {
      segmentProblems.push(problem('badServiceType', 'senderServiceType'));
    }
    if (!isOfficeNumber(receiverOffice)) segmentProblems.push(problem('badOfficeNumber', 'receiverOffice'));
    if (receiverServiceType !== null && !isServiceTypeCode(receiverServiceType)) {
      segmentProblems.push(problem('badServiceType', 'receiverServiceType'));
    }
    if (!isSerial(serial)) segmentProblems.push(problem('badSerial', 'serial'));
    if (branch !== null && !isBranch(branch)) segmentProblems.push(problem('badBranch', 'branch'));

    parts = {
      kind,
      prefix,
      attachment: isImage ? 'familyImage' : null,
      style,
      month,
      senderOffice,
      senderServiceType,
      receiverOffice,
      receiverServiceType,
      serial,
      branch,
      extension,
    };
  }

  const expected = isImage ? 'jpg' : 'CSV';
  if (extension.toLowerCase() !== expected.toLowerCase()) {
    segmentProblems.push(problem('badExtension', 'extension'));
  } else if (extension !== expected && !(isImage && extension === 'JPG')) {
    segmentProblems.push(problem('extensionCase', 'extension'));
  }

  const problems = [...head, ...segmentProblems];
  const errors = problems.filter((p) => p.severity === 'error');
  if (parts !== null && errors.length === 0) return { ok: true, parts, problems };
  // Parts survive only when every segment is well formed and a rule between segments failed.
  const keepParts = parts !== null && errors.every((p) => p.code === 'styleNotForKind');
  return { ok: false, kind, prefix, parts: keepParts ? parts : null, problems };
}

/**
 * The kind named by the prefix of a file name (or path), or `null` when no CSV prefix is recognised (also for
 * the UPKIHON_IMAGE attachment). Only the prefix is read: the rest of the name may be malformed; use
 * {@link parseFileName} to check it. Throws a TypeError only for a non-string argument.
 */
export function kindFromFileName(name: string): Kind | null {
  requireString(name, 'kindFromFileName');
  return matchPrefix(baseName(name))?.kind ?? null;
}
