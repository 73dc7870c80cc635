/**
 * Where JSON text first goes wrong, as line and column (1-based; the column counts UTF-16 code units),
 * or null when it is valid JSON. `JSON.parse` quotes the input in its messages (personal data, in a
 * care-plan file), and gives no position for some errors; this says where, never what. Linear time,
 * no recursion (any nesting depth).
 */
export function jsonErrorPosition(text: string): { line: number; column: number } | null {
  const at = jsonErrorOffset(text);
  if (at === null) return null;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: at - lineStart + 1 };
}

const HEX = /^[0-9a-fA-F]{4}$/;
const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

/** Offset of the first error of JSON text, or null when it is valid. */
export function jsonErrorOffset(text: string): number | null {
  const n = text.length;
  const stack: number[] = []; // 0x5b '[' or 0x7b '{'
  let i = 0;
  const ws = (): void => {
    for (; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) return;
    }
  };
  /** Reads a string at `i`; false on an error (at `i`). */
  const string = (): boolean => {
    if (text.charCodeAt(i) !== 0x22) return false;
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!HEX.test(text.slice(i + 2, i + 6))) return false;
          i += 5;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i++;
        else return false;
      }
    }
    return false;
  };
  /** Reads `"key" :` at `i` (after whitespace); false on an error. */
  const key = (): boolean => {
    ws();
    if (!string()) return false;
    ws();
    if (text.charCodeAt(i) !== 0x3a) return false;
    i++;
    return true;
  };
  for (;;) {
    // A value is expected at i.
    ws();
    if (i >= n) return n;
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      i++;
      ws();
      if (text.charCodeAt(i) === c + 2) i++;
      else {
        stack.push(c);
        if (c === 0x7b && !key()) return i;
        continue;
      }
    } else if (c === 0x22) {
      if (!string()) return i;
    } else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return i;
      i = NUMBER.lastIndex;
    }
    // After a value: a comma, the end of a container, or the end of the text.
    for (;;) {
      ws();
      const top = stack[stack.length - 1];
      if (top === undefined) return i < n ? i : null;
      const d = text.charCodeAt(i);
      if (d === 0x2c) {
        i++;
        if (top === 0x7b && !key()) return i;
        break;
      }
      if (d !== top + 2) return i;
      i++;
      stack.pop();
    }
  }
}
