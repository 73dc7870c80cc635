import { baseName, parseFileName } from '../filename/parse.js';
import { matchPrefixIgnoringCase } from '../filename/segments.js';
import type { IssueCollector } from '../issues/collector.js';
import type { FileNameStyle } from '../filename/types.js';
import { IMAGE_PREFIX, KIND_INFO, type Kind } from '../kinds.js';

/**
 * The pattern of a file name (`params.expected` of `file.nameInvalid` / `file.nameWarning`), in the spec's
 * words: for a kind (null: the family image; undefined: a kind not known) in a style.
 */
export function fileNamePattern(kind: Kind | null | undefined, style: FileNameStyle): string {
  const prefix = kind === undefined ? '<接頭辞>' : kind === null ? IMAGE_PREFIX : KIND_INFO[kind].prefix;
  const month = kind === undefined ? '[_<YYYYMM>]' : kind !== null && KIND_INFO[kind].monthSegment ? '_<YYYYMM>' : '';
  const offices =
    style === 'v4'
      ? '_<送信元事業所番号>_<送信元サービス種類コード>_<送信先事業所番号>_<送信先サービス種類コード>'
      : '_<送信元事業所番号>_<送信先事業所番号>';
  const tail = kind === null ? '_<ファイル連番>_<枝番>.jpg' : '_<ファイル連番>.CSV';
  return `${prefix}${month}${offices}${tail}`;
}

/** What a file name says about its content, for the file-level checks. */
export interface FileNameFacts {
  /** The kind given by the caller, else the one the name's prefix gives; null when neither. */
  readonly kind: Kind | null;
  /** The name's YYYYMM segment, when the name parsed and has one. */
  readonly month: string | null;
  /** The name's style, when the name parsed. */
  readonly style: 'v4' | 'v3' | null;
}

/**
 * The style a name of a known prefix is written in, by its number of segments (the parser gives no parts for
 * a name with a bad segment): 202208's when it has as many as a v3 name (with or without a month), else v4.
 */
function styleOf(fileName: string, prefix: string, kind: Kind | null): FileNameStyle {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  const n = (dot < 0 ? base : base.slice(0, dot)).slice(prefix.length + 1).split('_').length;
  const v3 = (kind === null ? 4 : 3) + (kind !== null && KIND_INFO[kind].monthSegment ? 1 : 0);
  return n === v3 ? 'v3' : 'v4';
}

/**
 * Checks a file name (when given) and reconciles it with the kind the caller gave: name problems become
 * `file.nameInvalid` / `file.nameWarning`, a kind that differs from the name's is `file.nameKind`. The
 * same for files being read and files being written.
 */
export function checkFileName(fileName: string | null, kind: Kind | null, issues: IssueCollector): FileNameFacts {
  let nameKind: Kind | null = null;
  /** The kind the name says, to compare with the kind given: also that of a prefix in other letter case. */
  let saidKind: Kind | null = null;
  let month: string | null = null;
  let style: 'v4' | 'v3' | null = null;
  if (fileName !== null) {
    const r = parseFileName(fileName);
    // A spec prefix in other letter case (`upplan_…`): an error, with the pattern of its kind.
    const caseOf = !r.ok && r.problems[0]?.code === 'prefixCase' ? matchPrefixIgnoringCase(baseName(fileName)) : null;
    // A name that is not a spec name at all (no known prefix) while the caller names the kind: a local
    // file such as `test.csv`. Said once, as a warning; a spec-shaped name is checked in full.
    if (!r.ok && r.prefix === null && kind !== null && caseOf === null) {
      issues.add('file.nameWarning', {}, { detail: 'unknownPrefix', segment: 'prefix', expected: fileNamePattern(kind, 'v4') });
      return { kind, month: null, style: null };
    }
    // The pattern of the kind the name's prefix gives (else the kind given), in the name's style.
    const patternKind = r.ok ? r.parts.kind : caseOf !== null ? caseOf.kind : r.prefix === null ? (kind ?? undefined) : r.kind;
    const prefix = r.ok ? r.parts.prefix : (r.prefix ?? caseOf?.prefix ?? null);
    const expected = fileNamePattern(patternKind, r.parts?.style ?? (prefix === null ? 'v4' : styleOf(fileName, prefix, patternKind ?? null)));
    for (const p of r.problems) {
      const params = p.segment === undefined ? { detail: p.code, expected } : { detail: p.code, segment: p.segment, expected };
      issues.add(p.severity === 'error' ? 'file.nameInvalid' : 'file.nameWarning', {}, params);
    }
    nameKind = r.ok ? r.parts.kind : r.kind;
    saidKind = nameKind ?? caseOf?.kind ?? null;
    if (r.parts !== null) {
      month = r.parts.month;
      style = r.parts.style;
    }
  }
  if (kind !== null && saidKind !== null && kind !== saidKind) {
    issues.add('file.nameKind', {}, { actual: KIND_INFO[saidKind].prefix, expected: KIND_INFO[kind].prefix });
  }
  return { kind: kind ?? nameKind, month, style };
}
