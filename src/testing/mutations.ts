/**
 * One-fault mutations of valid files: each breaks a valid file's bytes in one known way and says which
 * issue (code, line, column, field) a correct validator must report for it.
 *
 * Mutations work on the bytes (the serializer would refuse the invalid values): the MS932 bytes of one
 * field, one delimiter or one line break are spliced, so that every other field and record is read
 * exactly as before. Expected lines are counted independently of the reader, from the canonical bytes.
 *
 * @module
 */
import { misuse } from '../errors.js';
import { checkVersionOf, normalizeArbitraryOptions, requireKind } from '../options.js';
import fc from 'fast-check';
import { detectUtf8 } from '../encoding/detect.js';
import type { IssueCode } from '../issues/codes.js';
import { FIELD_TYPE_TESTING } from '../field-types/testing.js';
import type { FieldDef, FieldType } from '../schemas/field.js';
import { getLayout, kindVersions, type CsvVersion, type Layout, type SupportedKind } from '../schemas/layouts.js';
import { validFile, type ValidFile, type ValidFileOptions } from './files.js';
import { MUTATION_KINDS, type MutationKind } from './mutation-kinds.js';

export { MUTATION_KINDS, type MutationKind } from './mutation-kinds.js';

/** Every {@link MutationKind}. */
export const ALL_MUTATION_KINDS = Object.keys(MUTATION_KINDS) as MutationKind[];

/**
 * The issue a correct validator must report for a mutation. It must be AMONG the issues: other issues
 * may be reported too (a missing column also leaves the record's later columns unread, an invalid
 * 対象年月 may disagree with the file name, …).
 */
export interface ExpectedIssue {
  readonly code: IssueCode;
  /**
   * 1-based physical line: the line where the record starts (record-level issues and empty lines), where
   * the field starts (field issues), where the bad byte is (encoding faults), where the opening quote is
   * (unterminated quote) or where the stray text starts (text after a closing quote).
   */
  readonly line: number;
  /** The spec's column No. in the file's CSVバージョン, or null for record-level issues. */
  readonly column: number | null;
  /** Field key of the layout (e.g. `serviceDate`), or null for record-level issues. */
  readonly field: string | null;
}

/** A mutated file, as {@link mutatedFile} generates it. */
export interface MutatedFile<K extends SupportedKind = SupportedKind> {
  /** The valid file before the mutation (its `fileName` is still right for the mutated bytes). */
  readonly file: ValidFile<K>;
  /** The mutated bytes. */
  readonly bytes: Uint8Array;
  readonly mutation: {
    readonly kind: MutationKind;
    /** What was done, in English (column No., field and record; never a field's old value). */
    readonly description: string;
    /**
     * 1-based index into `file.records` of the record that was changed (for `emptyLine`, the record
     * before which the empty line was inserted).
     */
    readonly record: number;
  };
  /** The issue that must be among the validator's issues. */
  readonly expected: ExpectedIssue;
}

/** Options of {@link mutatedFile}. */
export interface MutatedFileOptions extends ValidFileOptions {
  /**
   * Only these mutations (default: all). Mutations the layout does not allow are left out; `mixedMonth`
   * and `mixedVersion` need files of 2 or more records (files with fewer are drawn again).
   */
  readonly mutations?: readonly MutationKind[];
}

// ---------------------------------------------------------------------------------------------------
// The canonical bytes as fields with their lines, found without the library's reader.

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const LF = 0x0a;

interface FieldSpan {
  /** Offsets of the field's content (without its quotes). */
  readonly start: number;
  readonly end: number;
  readonly quoted: boolean;
  /** Line where the field starts. */
  readonly line: number;
  /** Line where the field ends (of its closing quote). */
  readonly endLine: number;
}

interface RowSpan {
  readonly start: number;
  /** Offset of the record's line break. */
  readonly end: number;
  readonly line: number;
  readonly fields: readonly FieldSpan[];
}

/** Splits canonical CSV bytes (no empty lines, well-formed quoting) into records and fields. */
function scan(bytes: Uint8Array): RowSpan[] {
  const rows: RowSpan[] = [];
  let p = 0;
  let line = 1;
  const n = bytes.length;
  while (p < n) {
    const rowStart = p;
    const rowLine = line;
    const fields: FieldSpan[] = [];
    for (;;) {
      const fieldLine = line;
      if (bytes[p] === QUOTE) {
        const start = ++p;
        while (p < n) {
          const b = bytes[p];
          if (b === QUOTE) {
            if (bytes[p + 1] !== QUOTE) break;
            p += 2;
          } else if (b === CR || b === LF) {
            p += b === CR && bytes[p + 1] === LF ? 2 : 1;
            line++;
          } else p++;
        }
        fields.push({ start, end: p, quoted: true, line: fieldLine, endLine: line });
        p++; // the closing quote
      } else {
        const start = p;
        while (p < n && bytes[p] !== COMMA && bytes[p] !== CR && bytes[p] !== LF) p++;
        fields.push({ start, end: p, quoted: false, line: fieldLine, endLine: fieldLine });
      }
      if (p < n && bytes[p] === COMMA) {
        p++;
        continue;
      }
      break;
    }
    const end = p;
    if (p < n) {
      p += bytes[p] === CR && bytes[p + 1] === LF ? 2 : 1;
      line++;
    }
    rows.push({ start: rowStart, end, line: rowLine, fields });
  }
  return rows;
}

/**
 * Offsets inside a field's content where bytes can be inserted without joining or splitting anything:
 * between characters, never inside a double-byte character, a `""` pair or a CRLF. Each with its line.
 */
function boundaries(bytes: Uint8Array, f: FieldSpan): { offset: number; line: number }[] {
  const out = [{ offset: f.start, line: f.line }];
  let line = f.line;
  for (let p = f.start; p < f.end; ) {
    const b = bytes[p] as number;
    if ((b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc)) p += 2;
    else if (b === QUOTE) p += 2;
    else if (b === CR || b === LF) {
      p += b === CR && bytes[p + 1] === LF ? 2 : 1;
      line++;
    } else p++;
    out.push({ offset: p, line });
  }
  return out;
}

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

/** `bytes` with `[from, to)` replaced by `insert`. */
function splice(bytes: Uint8Array, from: number, to: number, insert: readonly number[]): Uint8Array {
  const out = new Uint8Array(bytes.length - (to - from) + insert.length);
  out.set(bytes.subarray(0, from), 0);
  out.set(insert, from);
  out.set(bytes.subarray(to), from + insert.length);
  return out;
}

function nextMonth(month: string): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(4, 6));
  return m === 12 ? `${y + 1}01` : `${y}${String(m + 1).padStart(2, '0')}`;
}

// ---------------------------------------------------------------------------------------------------
// Mutations.

/** What a mutation needs to know about the file. */
interface Context {
  readonly file: ValidFile;
  readonly layout: Layout;
  readonly rows: readonly RowSpan[];
}

/** One applicable mutation: how to draw its concrete change. */
interface Plan {
  readonly kind: MutationKind;
  readonly arbitrary: fc.Arbitrary<Omit<MutatedFile, 'file'>>;
}

function describeField(f: FieldDef, i: number, record: number): string {
  return `column ${i + 1} (${f.key}, ${f.nameJa}) of record ${record}`;
}

/** A field-value replacement: the field's content becomes `value` (ASCII, never quoted). */
function replaceValue(
  ctx: Context,
  kind: MutationKind,
  columns: readonly number[],
  values: (f: FieldDef) => fc.Arbitrary<string>,
  what: string,
): Plan | null {
  if (columns.length === 0) return null;
  const { layout, rows, file } = ctx;
  const arbitrary = fc
    .tuple(fc.nat(rows.length - 1), fc.constantFrom(...columns))
    .chain(([r, i]) => values(layout.fields[i] as FieldDef).map((value) => ({ r, i, value })))
    .map(({ r, i, value }) => {
      const row = rows[r] as RowSpan;
      const span = row.fields[i] as FieldSpan;
      const f = layout.fields[i] as FieldDef;
      // Unquoted fields only: the value replaces the content as it is.
      return {
        bytes: splice(file.bytes, span.start, span.end, ascii(value)),
        mutation: { kind, description: `${describeField(f, i, r + 1)}: ${what} (${JSON.stringify(value)})`, record: r + 1 },
        expected: { code: MUTATION_KINDS[kind], line: span.line, column: i + 1, field: f.key },
      };
    });
  return { kind, arbitrary };
}

/** Columns (0-based) of the layout satisfying `test`, column 1 (CSVバージョン, which picks the layout) excluded. */
function columnsWhere(layout: Layout, test: (f: FieldDef) => boolean): number[] {
  const out: number[] = [];
  layout.fields.forEach((f, i) => {
    if (i > 0 && f.type !== 'csvVersion' && test(f)) out.push(i);
  });
  return out;
}

/** Per mutation of a field type's invalid samples: the type and its testing facet (registry order). */
const VALUE_MUTATIONS = new Map(
  (Object.keys(FIELD_TYPE_TESTING) as FieldType[]).flatMap((type) => {
    const invalid = FIELD_TYPE_TESTING[type].invalid;
    return invalid === null ? [] : [[invalid.mutation, { type, ...invalid }] as const];
  }),
);

function plans(ctx: Context): Plan[] {
  const { layout, rows, file } = ctx;
  const fields = layout.fields;
  const out: (Plan | null)[] = [];
  const unquoted = (f: FieldDef) => f.type !== 'freeText';

  // A value of a field type replaced by one of the type's invalid samples (in MUTATION_KINDS order).
  for (const kind of ALL_MUTATION_KINDS) {
    const m = VALUE_MUTATIONS.get(kind);
    if (m !== undefined) {
      out.push(
        replaceValue(
          ctx,
          kind,
          columnsWhere(layout, (f) => f.type === m.type),
          (f) => fc.constantFrom(...m.samples(f)),
          m.what,
        ),
      );
    }
  }

  // Over-long values: one character more than 項目長.
  const limited = columnsWhere(layout, (f) => FIELD_TYPE_TESTING[f.type].overLength !== null && f.maxLength !== null && f.maxLength > 0);
  if (limited.length > 0) {
    const arbitrary = fc.tuple(fc.nat(rows.length - 1), fc.constantFrom(...limited)).map(([r, i]) => {
      const f = fields[i] as FieldDef;
      const span = (rows[r] as RowSpan).fields[i] as FieldSpan;
      const n = (f.maxLength as number) + 1;
      // Free text is quoted: full-width あ (82 A0); the other columns are not: ASCII.
      const value = span.quoted
        ? Array.from({ length: n }, () => [0x82, 0xa0]).flat()
        : ascii((FIELD_TYPE_TESTING[f.type].overLength ?? '1').repeat(n));
      return {
        bytes: splice(file.bytes, span.start, span.end, value),
        mutation: { kind: 'tooLong' as const, description: `${describeField(f, i, r + 1)}: ${n} characters (項目長 ${n - 1})`, record: r + 1 },
        expected: { code: MUTATION_KINDS.tooLong, line: span.line, column: i + 1, field: f.key },
      };
    });
    out.push({ kind: 'tooLong', arbitrary });
  }

  // A required column emptied (a quoted one loses its quotes too).
  const required = columnsWhere(layout, (f) => f.required === 'required');
  if (required.length > 0) {
    const arbitrary = fc.tuple(fc.nat(rows.length - 1), fc.constantFrom(...required)).map(([r, i]) => {
      const f = fields[i] as FieldDef;
      const span = (rows[r] as RowSpan).fields[i] as FieldSpan;
      const [from, to] = span.quoted ? [span.start - 1, span.end + 1] : [span.start, span.end];
      return {
        bytes: splice(file.bytes, from, to, []),
        mutation: { kind: 'emptyRequired' as const, description: `${describeField(f, i, r + 1)}: emptied (required)`, record: r + 1 },
        expected: { code: MUTATION_KINDS.emptyRequired, line: span.line, column: i + 1, field: f.key },
      };
    });
    out.push({ kind: 'emptyRequired', arbitrary });
  }

  // Column count: one column removed (with the delimiter before it), or one added at the end.
  out.push({
    kind: 'missingColumn',
    arbitrary: fc.tuple(fc.nat(rows.length - 1), fc.integer({ min: 1, max: fields.length - 1 })).map(([r, i]) => {
      const row = rows[r] as RowSpan;
      const before = row.fields[i - 1] as FieldSpan;
      const span = row.fields[i] as FieldSpan;
      const from = before.end + (before.quoted ? 1 : 0); // the comma after column i
      const to = span.end + (span.quoted ? 1 : 0);
      return {
        bytes: splice(file.bytes, from, to, []),
        mutation: { kind: 'missingColumn' as const, description: `column ${i + 1} of record ${r + 1} removed`, record: r + 1 },
        expected: { code: MUTATION_KINDS.missingColumn, line: row.line, column: null, field: null },
      };
    }),
  });
  out.push({
    kind: 'extraColumn',
    arbitrary: fc.tuple(fc.nat(rows.length - 1), fc.constantFrom(',', ',X', ',""', ',1,2')).map(([r, extra]) => {
      const row = rows[r] as RowSpan;
      return {
        bytes: splice(file.bytes, row.end, row.end, ascii(extra)),
        mutation: {
          kind: 'extraColumn' as const,
          description: `column(s) ${JSON.stringify(extra)} added after the last column of record ${r + 1}`,
          record: r + 1,
        },
        expected: { code: MUTATION_KINDS.extraColumn, line: row.line, column: null, field: null },
      };
    }),
  });

  // Bytes inserted between two characters of a field (any column but CSVバージョン).
  const anyColumn = columnsWhere(layout, () => true);
  const insertBytes = (kind: 'invalidBytes' | 'userDefinedChar', seq: fc.Arbitrary<number[]>, what: string): Plan => ({
    kind,
    arbitrary: fc.tuple(fc.nat(rows.length - 1), fc.constantFrom(...anyColumn), fc.nat(), seq).map(([r, i, at, inserted]) => {
      const f = fields[i] as FieldDef;
      const span = (rows[r] as RowSpan).fields[i] as FieldSpan;
      const points = boundaries(file.bytes, span);
      const point = points[at % points.length] as { offset: number; line: number };
      const hex = inserted.map((b) => b.toString(16).toUpperCase().padStart(2, '0')).join(' ');
      return {
        bytes: splice(file.bytes, point.offset, point.offset, inserted),
        mutation: { kind, description: `${describeField(f, i, r + 1)}: ${what} ${hex} inserted`, record: r + 1 },
        expected: { code: MUTATION_KINDS[kind], line: point.line, column: i + 1, field: f.key },
      };
    }),
  });
  out.push(
    insertBytes('invalidBytes', fc.constantFrom([0x80], [0xa0], [0xfd], [0xfe], [0xff]), 'invalid MS932 byte'),
    insertBytes(
      'userDefinedChar',
      fc.tuple(fc.integer({ min: 0xf0, max: 0xf9 }), fc.oneof(fc.integer({ min: 0x40, max: 0x7e }), fc.integer({ min: 0x80, max: 0xfc }))),
      '外字',
    ),
  );

  // An unterminated quote in the last record: at a field after which no quote follows in the file.
  const lastRow = rows[rows.length - 1] as RowSpan;
  let lastQuoted = -1;
  lastRow.fields.forEach((s, i) => {
    if (s.quoted) lastQuoted = i;
  });
  // A dropped record's columns are named after the previous record's layout, or the 202407 one when
  // there is none: keep to columns whose key is the same in both, so the expectation is the same.
  const v4 = getLayout(file.kind, '202407');
  const openable: number[] = [];
  for (let i = Math.max(lastQuoted, 0); i < fields.length; i++) {
    if (rows.length > 1 || v4.fields[i]?.key === fields[i]?.key) openable.push(i);
  }
  if (openable.length > 0) {
    out.push({
      kind: 'unterminatedQuote',
      arbitrary: fc.constantFrom(...openable).map((i) => {
        const f = fields[i] as FieldDef;
        const span = lastRow.fields[i] as FieldSpan;
        // A quoted field loses its closing quote; an unquoted one gets an opening quote.
        const bytes = span.quoted ? splice(file.bytes, span.end, span.end + 1, []) : splice(file.bytes, span.start, span.start, [QUOTE]);
        return {
          bytes,
          mutation: {
            kind: 'unterminatedQuote' as const,
            description: `${describeField(f, i, rows.length)}: ${span.quoted ? 'closing quote removed' : 'opening quote added'}`,
            record: rows.length,
          },
          expected: { code: MUTATION_KINDS.unterminatedQuote, line: span.line, column: i + 1, field: f.key },
        };
      }),
    });
  }

  // A quote inside an unquoted field (not at its start, which would open a quoted field).
  const plain = columnsWhere(layout, unquoted);
  if (plain.length > 0) {
    out.push({
      kind: 'quoteInUnquotedField',
      arbitrary: fc.tuple(fc.nat(rows.length - 1), fc.constantFrom(...plain)).map(([r, i]) => {
        const f = fields[i] as FieldDef;
        const span = (rows[r] as RowSpan).fields[i] as FieldSpan;
        return {
          bytes: splice(file.bytes, span.start, span.start, ascii('X"')),
          mutation: { kind: 'quoteInUnquotedField' as const, description: `${describeField(f, i, r + 1)}: X" inserted at its start`, record: r + 1 },
          expected: { code: MUTATION_KINDS.quoteInUnquotedField, line: span.line, column: i + 1, field: f.key },
        };
      }),
    });
  }

  // Text after the closing quote of a free-text field: reported on the line of the closing quote.
  const quoted = columnsWhere(layout, (f) => f.type === 'freeText');
  if (quoted.length > 0) {
    out.push({
      kind: 'textAfterClosingQuote',
      arbitrary: fc.tuple(fc.nat(rows.length - 1), fc.constantFrom(...quoted), fc.constantFrom('X', ' ', 'abc')).map(([r, i, text]) => {
        const f = fields[i] as FieldDef;
        const span = (rows[r] as RowSpan).fields[i] as FieldSpan;
        return {
          bytes: splice(file.bytes, span.end + 1, span.end + 1, ascii(text)),
          mutation: {
            kind: 'textAfterClosingQuote' as const,
            description: `${describeField(f, i, r + 1)}: ${JSON.stringify(text)} after the closing quote`,
            record: r + 1,
          },
          expected: { code: MUTATION_KINDS.textAfterClosingQuote, line: span.endLine, column: i + 1, field: f.key },
        };
      }),
    });
  }

  out.push({
    kind: 'emptyLine',
    arbitrary: fc.tuple(fc.nat(rows.length - 1), fc.constantFrom('\r\n', '\n', '\r')).map(([r, lineBreak]) => {
      const row = rows[r] as RowSpan;
      return {
        bytes: splice(file.bytes, row.start, row.start, ascii(lineBreak)),
        mutation: { kind: 'emptyLine' as const, description: `an empty line before record ${r + 1}`, record: r + 1 },
        expected: { code: MUTATION_KINDS.emptyLine, line: row.line, column: null, field: null },
      };
    }),
  });

  // File-level: a later record disagrees with the first one.
  if (rows.length > 1) {
    const m = layout.monthKey === null ? -1 : fields.findIndex((f) => f.key === layout.monthKey);
    if (m > 0) {
      const first = (rows[0] as RowSpan).fields[m] as FieldSpan;
      const firstValue = String.fromCharCode(...file.bytes.subarray(first.start, first.end));
      // 利用者補足情報 may carry 000000 (no month) in every record: then a real month is the other value.
      const other = /^\d{4}(0[1-9]|1[0-2])$/.test(firstValue) ? nextMonth(firstValue) : '202504';
      out.push({
        kind: 'mixedMonth',
        arbitrary: fc.integer({ min: 1, max: rows.length - 1 }).map((r) => {
          const row = rows[r] as RowSpan;
          const span = row.fields[m] as FieldSpan;
          return {
            bytes: splice(file.bytes, span.start, span.end, ascii(other)),
            mutation: {
              kind: 'mixedMonth' as const,
              description: `${describeField(fields[m] as FieldDef, m, r + 1)}: ${other}, unlike record 1`,
              record: r + 1,
            },
            expected: { code: MUTATION_KINDS.mixedMonth, line: span.line, column: m + 1, field: (fields[m] as FieldDef).key },
          };
        }),
      });
    }
    const versions = kindVersions(file.kind);
    const otherVersion = versions.find((v) => v !== file.version);
    if (otherVersion !== undefined && getLayout(file.kind, otherVersion).fields.length === fields.length) {
      out.push({
        kind: 'mixedVersion',
        arbitrary: fc.integer({ min: 1, max: rows.length - 1 }).map((r) => {
          const row = rows[r] as RowSpan;
          const span = row.fields[0] as FieldSpan;
          return {
            bytes: splice(file.bytes, span.start, span.end, ascii(otherVersion)),
            mutation: {
              kind: 'mixedVersion' as const,
              description: `CSVバージョン of record ${r + 1}: ${otherVersion}, unlike record 1`,
              record: r + 1,
            },
            expected: { code: MUTATION_KINDS.mixedVersion, line: span.line, column: 1, field: (fields[0] as FieldDef).key },
          };
        }),
      });
    }
  }
  return out.filter((p): p is Plan => p !== null);
}

/**
 * The mutations that apply to a layout (kind and version), whatever the records: those that need two
 * or more records (`mixedMonth`, `mixedVersion`) included when the layout allows them.
 */
export function applicableMutations(kind: SupportedKind, version: CsvVersion): MutationKind[] {
  requireKind('applicableMutations', kind);
  checkVersionOf('applicableMutations', kind, version, 'version', 'ERR_CAREPLAN_ARGUMENT');
  const layout = getLayout(kind, version);
  // Plans depend on the layout only, apart from the record count and the last record's quoting:
  // look at a stand-in file of two records with every column quoted the canonical way.
  const row = layout.fields.map((f) => (f.type === 'freeText' ? '""' : '0')).join(',');
  const text = `${row}\r\n${row}\r\n`;
  const bytes = Uint8Array.from(ascii(text));
  const stub = { kind, version, month: '202501', fileName: '', records: [], bytes } as unknown as ValidFile;
  const kinds = plans({ file: stub, layout, rows: scan(bytes) }).map((p) => p.kind);
  return ALL_MUTATION_KINDS.filter((k) => kinds.includes(k));
}

/**
 * A valid file (see {@link validFile}) broken in one known way, with the issue a correct validator must
 * report: `validate(m.bytes, { fileName: m.file.fileName }).issues` includes an issue with
 * `m.expected.code`, `line`, `column` and `field` — AT LEAST that one; other issues may come with it.
 *
 * The mutation is drawn among those the layout allows (see {@link MUTATION_KINDS}), then its place (record,
 * column, position inside the field) and value. Each is guaranteed to cause its issue whatever the other
 * records contain, and changes nothing else in how the file is read: every other record, and every other
 * field of the changed record, read as before (a removed or added column shifts the record's later
 * columns; an unterminated quote drops the last record). The rare mutated file that would pass for UTF-8
 * (one error for the whole file) is drawn again.
 *
 * @throws CareplanUsageError when called (not when a value is drawn): an unknown kind, a version that is
 *   none or that the kind has no layout in, `maxRecords` below 1, an unknown option or mutation kind, or
 *   `options.mutations` naming no mutation that any layout of the kind allows.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(mutatedFile('table6Plan'), (m) => {
 *   const { issues } = validate(m.bytes, { fileName: m.file.fileName });
 *   return issues.some((i) => i.code === m.expected.code && i.line === m.expected.line &&
 *     i.column === m.expected.column && i.field === m.expected.field);
 * }));
 * ```
 */
export function mutatedFile<K extends SupportedKind>(kind: K, options: MutatedFileOptions = {}): fc.Arbitrary<MutatedFile<K>> {
  const o = normalizeArbitraryOptions('mutatedFile', kind, options, ['version', 'maxRecords', 'mutations']);
  const wanted = o.values.get('mutations') as readonly MutationKind[] | undefined;
  const fileOptions: { version?: CsvVersion; maxRecords?: number } = {};
  if (o.version !== null) fileOptions.version = o.version;
  if (wanted !== undefined) {
    if (!Array.isArray(wanted)) misuse('ERR_CAREPLAN_OPTION_VALUE', 'mutatedFile', 'option "mutations" must be an array of mutation kinds');
    for (const w of wanted) {
      if (!Object.hasOwn(MUTATION_KINDS, w as string))
        misuse('ERR_CAREPLAN_OPTION_VALUE', 'mutatedFile', `option "mutations": unknown mutation kind ${JSON.stringify(w)}`);
    }
    const versions = (o.version === null ? kindVersions(kind) : [o.version]).filter((v) =>
      applicableMutations(kind, v).some((k) => wanted.includes(k)),
    );
    if (versions.length === 0)
      misuse('ERR_CAREPLAN_OPTION_VALUE', 'mutatedFile', `option "mutations": none of the mutations asked for applies to ${kind}`);
    // Only the versions whose layout allows one of them (so that files are not drawn in vain).
    if (versions.length === 1) fileOptions.version = versions[0] as CsvVersion;
  }
  if (o.maxRecords !== null) fileOptions.maxRecords = o.maxRecords;
  return validFile(kind, fileOptions)
    .chain((file) => {
      const ctx: Context = { file, layout: getLayout(kind, file.version), rows: scan(file.bytes) };
      const available = plans(ctx).filter((p) => wanted === undefined || wanted.includes(p.kind));
      if (available.length === 0) return fc.constant(null);
      return fc.constantFrom(...available).chain((p) => p.arbitrary.map((m) => ({ ...m, file })));
    })
    .filter((m): m is MutatedFile<K> => m !== null && detectUtf8(m.bytes) === null);
}
