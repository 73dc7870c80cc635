import type { Issue } from '../issues/types.js';
import type { UnitIssue } from '../units/index.js';
import { printable } from '../report/printable.js';

/** The exit-code table (one for every command): see errors.ts. */
export { EXIT } from './errors.js';

export { printable } from '../report/printable.js';

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
 * caller opted in (it is then on the issue), and for a cross-file issue `(→ OTHER:LINE)`. Control
 * characters in the names (and the value) are escaped ({@link printable}).
 */
export function issueLine(file: string, i: Issue | UnitIssue): string {
  const parts = [`${issueLocation(file, i)}:`, i.severity, i.code];
  if (i.fieldJa !== null) parts.push(i.fieldJa);
  parts.push(i.message);
  if (i.value !== undefined) parts.push(`[${JSON.stringify(i.value)}]`);
  const related = 'related' in i ? i.related : null;
  if (related !== null) parts.push(`(→ ${related.file}${related.line === null ? '' : `:${related.line}`})`);
  return printable(parts.join(' '));
}
