/** Text from outside (file names, values) made safe to show: control characters spelled out. @module */

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
