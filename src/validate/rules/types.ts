import type { CodeAndParams } from '../../issues/params.js';
import type { Layout } from '../../schemas/layouts.js';
import type { Column } from './column.js';

/**
 * What a rule sees of a row. Columns are the indexes a rule resolved for the row's layout; -1 reads as an
 * empty column that did not pass its check. Byte-level questions (`startsWith`, `samePrefix`, `byteAt`,
 * `sameBytes`) build no string.
 */
export interface RuleRow {
  /** The layout (kind and version) the row is read with. */
  readonly layout: Layout;
  /** The field exists in this version and passed its own check (empty optional fields pass). */
  ok(column: Column): boolean;
  isEmpty(column: Column): boolean;
  /** The field starts with the ASCII text `prefix`. */
  startsWith(column: Column, prefix: string): boolean;
  /** The first `length` bytes of two fields are equal (both at least that long). */
  samePrefix(a: Column, b: Column, length: number): boolean;
  /** The field's text. */
  text(column: Column): string;
  /**
   * The byte at position `k` of the field (an ASCII code for ASCII text), or -1 past its end or when the
   * version lacks the field: for rules that look at a code's first characters without building a string.
   */
  byteAt(column: Column, k: number): number;
  /**
   * Whether the raw bytes of the field equal `bytes` (a field's bytes kept from an earlier row with
   * {@link RuleRow.copyBytes}): lets a rule see that a key did not change without decoding it.
   */
  sameBytes(column: Column, bytes: Uint8Array): boolean;
  /** A copy of the field's raw bytes (empty when the version lacks the field). */
  copyBytes(column: Column): Uint8Array;
  /** Where the row is: the physical line it starts on and its record number. */
  readonly line: number;
  readonly record: number;
}

/** A record rule bound to one layout: looks at one row and returns what it finds, or null. */
export type BoundRule = (row: RuleRow) => readonly RuleFinding[] | null;

/**
 * A record rule: looks at one row whose fields already had their own checks (a rule never repeats a
 * field issue: it asks `ok` first). `bind` resolves the rule's columns for one layout, once (the validator
 * keeps the bound rule with the compiled layout); null when the rule never applies to that layout.
 */
export interface RecordRule {
  readonly id: string;
  readonly bind: (layout: Layout) => BoundRule | null;
}

export type RuleFinding = CodeAndParams & {
  /** Key of the column the finding is about, or null for the record as a whole. */
  readonly field: string | null;
};

/**
 * A rule over the whole file (uniqueness, rows that must exist once per user …): one instance per file,
 * fed every row that passed the column-count check, in file order, then asked for what it found at the end.
 */
export interface FileRule {
  readonly id: string;
  /**
   * Looks at one row; may report on it at once (like a record rule). The rule resolves its columns when
   * `row.layout` differs from the previous row's.
   */
  row(row: RuleRow): readonly RuleFinding[] | null;
  /**
   * Told of a row the validator could not check (a wrong column count): its columns cannot be trusted, so
   * a rule that concludes something is missing should not conclude it any more.
   */
  skipped?(): void;
  /**
   * What the rule found once every row has been seen. `file.month` is the file's 対象年月 (the one most
   * records carry, see FileValidator), null when none: rows of another month already have
   * `file.mixedMonth`, and a rule draws no conclusion of its own from them.
   */
  finish(file: FileContext): readonly FileFinding[];
}

/** What a file rule is told of the whole file at its end. */
export interface FileContext {
  readonly month: string | null;
}

/** A finding of a file rule at the end of the file, with its own location. */
export type FileFinding = CodeAndParams & {
  /** Line and record of the row the finding is about, or null for the file as a whole. */
  readonly line: number | null;
  readonly record: number | null;
  /** Column No. (in the row's version), key and Japanese name of the field, when about one field. */
  readonly column?: number | null;
  readonly field?: string | null;
  readonly fieldJa?: string | null;
};
