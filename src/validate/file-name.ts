import { parseFileName } from '../filename/parse.js';
import type { IssueCollector } from '../issues/collector.js';
import { KIND_INFO, type Kind } from '../kinds.js';

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
 * Checks a file name (when given) and reconciles it with the kind the caller gave: name problems become
 * `file.nameInvalid` / `file.nameWarning`, a kind that differs from the name's is `file.nameKind`. The
 * same for files being read and files being written.
 */
export function checkFileName(fileName: string | null, kind: Kind | null, issues: IssueCollector): FileNameFacts {
  let nameKind: Kind | null = null;
  let month: string | null = null;
  let style: 'v4' | 'v3' | null = null;
  if (fileName !== null) {
    const r = parseFileName(fileName);
    // A name that is not a spec name at all (no known prefix) while the caller names the kind: a local
    // file such as `test.csv`. Said once, as a warning; a spec-shaped name is checked in full.
    if (!r.ok && r.prefix === null && kind !== null) {
      issues.add('file.nameWarning', {}, { detail: 'unknownPrefix: prefix' });
      return { kind, month: null, style: null };
    }
    for (const p of r.problems) {
      const detail = p.segment === undefined ? p.code : `${p.code}: ${p.segment}`;
      issues.add(p.severity === 'error' ? 'file.nameInvalid' : 'file.nameWarning', {}, { detail });
    }
    nameKind = r.ok ? r.parts.kind : r.kind;
    if (r.parts !== null) {
      month = r.parts.month;
      style = r.parts.style;
    }
  }
  if (kind !== null && nameKind !== null && kind !== nameKind) {
    issues.add('file.nameKind', {}, { actual: KIND_INFO[nameKind].prefix, expected: KIND_INFO[kind].prefix });
  }
  return { kind: kind ?? nameKind, month, style };
}
