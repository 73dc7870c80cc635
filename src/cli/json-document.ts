/**
 * The to-json document (`{"kind": …, "records": [ … ]}`) read piece by piece: each record is parsed on its
 * own (`JSON.parse` of its text) as soon as its text is complete, so memory holds one piece of input and
 * one record, whatever the number of records.
 *
 * Only the common shape is read this way: an object whose `kind` (a kind) comes before `records` (an
 * array), each key once. Anything else — another shape, bytes that are not UTF-8, JSON that is not
 * well-formed — makes {@link StreamedDocument} give up ({@link NotStreamable}); the caller then reads the
 * document whole, as before, which gives the same records or the same error. The streamed reading never
 * accepts a document that `JSON.parse` rejects: every value is parsed by `JSON.parse`, and the structure
 * around the values (braces, brackets, colons, commas, whitespace) is checked here.
 *
 * Written by hand rather than with a streaming JSON library: the shape is fixed, the values are parsed by
 * `JSON.parse`, and this scanner is what remains (strings and nesting depth).
 * @module
 */
import { isKind, type Kind } from '../kinds.js';

/** The document cannot be read piece by piece: read it whole (the reason does not matter to the caller). */
export class NotStreamable extends Error {
  constructor() {
    super('not streamable');
  }
}

/** Longest value (a record, in UTF-16 units) read piece by piece; a longer one makes the document read whole. */
const MAX_VALUE_CHARS = 2 ** 20;

/** JSON whitespace. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/**
 * Reads a to-json document from text pieces. {@link start} reads up to the first record and gives the kind;
 * {@link records} then gives the records one by one and checks the end of the document.
 */
export class StreamedDocument {
  private text = '';
  private pos = 0;
  private ended = false;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly it: Iterator<Uint8Array>;
  private seenKeys = new Set<string>();
  /** The input's 1-based line at the position (the newlines before it, counted as the text is read). */
  private line = 1;
  /** Characters of the input dropped before the text, and the offset in the input where the line begins. */
  private dropped = 0;
  private lineStart = 0;
  /** The 1-based line and column (UTF-16 units) of the input at which the last record given by {@link records} starts. */
  recordLine = 0;
  recordColumn = 0;

  constructor(pieces: Iterable<Uint8Array>) {
    this.it = pieces[Symbol.iterator]();
  }

  /** Reads more text; false at the end of the input. */
  private more(): boolean {
    if (this.ended) return false;
    // Drop what was read (keeps memory to the unread text).
    if (this.pos > 0) {
      this.dropped += this.pos;
      this.text = this.text.slice(this.pos);
      this.pos = 0;
    }
    const r = this.it.next();
    try {
      if (r.done === true) {
        this.ended = true;
        this.text += this.decoder.decode();
        return this.text.length > 0;
      }
      this.text += this.decoder.decode(r.value, { stream: true });
    } catch {
      throw new NotStreamable();
    }
    return true;
  }

  /** A line end at `k` of the text. */
  private newline(k: number): void {
    this.line++;
    this.lineStart = this.dropped + k + 1;
  }

  /** The next character that is not whitespace (its code, the position left on it), or -1 at the end. */
  private peek(): number {
    for (;;) {
      const t = this.text;
      for (let c = t.charCodeAt(this.pos); this.pos < t.length && isSpace(c); c = t.charCodeAt(++this.pos)) {
        if (c === 0x0a) this.newline(this.pos);
      }
      if (this.pos < t.length) return t.charCodeAt(this.pos);
      if (!this.more()) return -1;
    }
  }

  /** Expects the character `c` (after whitespace) and steps over it. */
  private expect(c: number): void {
    if (this.peek() !== c) throw new NotStreamable();
    this.pos++;
  }

  /**
   * The text of the JSON value at the position (after whitespace), the position left after it. Its
   * extent is found here (strings, nesting); whether it is JSON is for `JSON.parse` to say.
   */
  private valueText(): string {
    const first = this.peek();
    if (first < 0) throw new NotStreamable();
    let depth = 0;
    let inString = false;
    let k = this.pos;
    for (;;) {
      const t = this.text;
      for (; k < t.length; k++) {
        const c = t.charCodeAt(k);
        if (inString) {
          if (c === 0x5c)
            k++; // backslash: the next character is escaped
          else if (c === 0x22) {
            inString = false;
            if (depth === 0) return this.take(k + 1);
          }
        } else if (c === 0x22) {
          inString = true;
        } else if (c === 0x7b || c === 0x5b) {
          depth++;
        } else if (c === 0x7d || c === 0x5d) {
          if (depth === 0) return this.take(k); // a scalar ended by the enclosing bracket
          depth--;
          if (depth === 0) return this.take(k + 1);
        } else if (depth === 0 && (c === 0x2c || isSpace(c))) {
          return this.take(k);
        } else if (c === 0x0a) {
          this.newline(k); // a line end inside the value (a pretty-printed record); between values, peek counts them
        }
      }
      const offset = k - this.pos;
      // Each piece added to a value makes its text flat again: past this length, reading it whole is cheaper.
      if (offset > MAX_VALUE_CHARS) throw new NotStreamable();
      if (!this.more()) {
        if (depth === 0 && !inString && offset > 0) return this.take(this.text.length);
        throw new NotStreamable();
      }
      k = this.pos + offset; // more() moved the unread text to the start
    }
  }

  private take(end: number): string {
    const v = this.text.slice(this.pos, end);
    this.pos = end;
    if (v.length === 0) throw new NotStreamable();
    return v;
  }

  private parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      throw new NotStreamable();
    }
  }

  /** A key of the top-level object and its colon. */
  private key(): string {
    if (this.peek() !== 0x22) throw new NotStreamable();
    const k = this.parse(this.valueText()) as string;
    if (this.seenKeys.has(k)) throw new NotStreamable(); // JSON.parse would keep the last: read it whole
    this.seenKeys.add(k);
    this.expect(0x3a);
    return k;
  }

  /** Reads up to the first record (after `"records": [`) and returns the kind. */
  start(): Kind {
    this.expect(0x7b);
    let kind: Kind | null = null;
    for (;;) {
      const k = this.key();
      if (k === 'records') {
        if (kind === null) throw new NotStreamable();
        this.expect(0x5b);
        return kind;
      }
      const v = this.parse(this.valueText());
      if (k === 'kind') {
        if (!isKind(v)) throw new NotStreamable();
        kind = v;
      }
      if (this.peek() !== 0x2c) throw new NotStreamable(); // records must still come
      this.pos++;
    }
  }

  /** The records, one at a time; then checks that the rest of the document is well-formed. */
  *records(): Generator<unknown, void, undefined> {
    if (this.peek() === 0x5d) {
      this.pos++;
    } else {
      for (;;) {
        this.peek();
        this.recordLine = this.line;
        this.recordColumn = this.dropped + this.pos - this.lineStart + 1;
        yield this.parse(this.valueText());
        const c = this.peek();
        this.pos++;
        if (c === 0x5d) break;
        if (c !== 0x2c) throw new NotStreamable();
      }
    }
    // The rest of the object: more keys and values, then the closing brace and nothing but whitespace.
    for (;;) {
      const c = this.peek();
      this.pos++;
      if (c === 0x7d) break;
      if (c !== 0x2c) throw new NotStreamable();
      if (this.key() === 'kind') throw new NotStreamable();
      this.parse(this.valueText());
    }
    if (this.peek() !== -1) throw new NotStreamable();
  }
}
