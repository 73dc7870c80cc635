import type { Issue } from '../issues/types.js';
import type { UnitIssue } from '../units/index.js';

/** The exit-code table (one for every command): see errors.ts. */
export { EXIT } from './errors.js';

/**
 * Control characters (C0, DEL, C1), the line and paragraph separators and the bidirectional controls:
 * in a name printed raw they could forge lines or drive the terminal.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: { readonly [c: string]: string } = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeChar(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A name (or any text from outside) as printed in text output: control characters escaped (`\n`, `\x1b`, `\u202e`). */
export function printable(text: string): string {
  UNPRINTABLE.lastIndex = 0;
  return UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE, escapeChar) : text;
}

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
