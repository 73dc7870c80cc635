import type { Issue } from '../issues/types.js';
import type { UnitIssue } from '../units/index.js';

/** Exit codes of every command: 0 no error, 1 an error (or a difference, for diff), 2 usage or I/O problem. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

/** `FILE:LINE:COLUMN` (as much of it as is known). */
export function issueLocation(file: string, i: Issue): string {
  let s = file;
  if (i.line !== null) {
    s += `:${i.line}`;
    if (i.column !== null) s += `:${i.column}`;
  }
  return s;
}

/**
 * One issue as compilers print: `FILE:LINE:COLUMN: severity code 項目名 message`, the value only when the
 * caller opted in (it is then on the issue), and for a cross-file issue `(→ OTHER:LINE)`.
 */
export function issueLine(file: string, i: Issue | UnitIssue): string {
  const parts = [`${issueLocation(file, i)}:`, i.severity, i.code];
  if (i.fieldJa !== null) parts.push(i.fieldJa);
  parts.push(i.message);
  if (i.value !== undefined) parts.push(`[${JSON.stringify(i.value)}]`);
  const related = 'related' in i ? i.related : null;
  if (related !== null) parts.push(`(→ ${related.file}${related.line === null ? '' : `:${related.line}`})`);
  return parts.join(' ');
}

