import { decodeRange, type DecodeProblem } from '../encoding/decode.js';
import { detectUtf8 } from '../encoding/detect.js';
import { parseFileName } from '../filename/parse.js';
import { IssueCollector } from '../issues/collector.js';
import type { Issue } from '../issues/types.js';
import { KIND_INFO, type Kind } from '../kinds.js';
import type { NormalizedParseOptions } from '../options.js';
import { isQuoted } from '../schemas/field.js';
import { isSupportedKind, type CsvVersion, type Layout, type SupportedKind } from '../schemas/layouts.js';
import { FileValidator, type RowPosition } from '../validate/file-validator.js';
import {
  FIELD_ESCAPED_QUOTES,
  FIELD_MALFORMED,
  FIELD_QUOTED,
  tokenize,
  type RowSpans,
  type TokenProblem,
} from './tokenize.js';

/** What reading a file gives: the kind, the version, the records (when asked for) and every issue. */
export interface ReadOutcome {
  readonly kind: Kind | null;
  readonly version: CsvVersion | null;
  readonly fileName: string | null;
  readonly records: Record<string, string>[] | null;
  readonly recordCount: number;
  readonly issues: Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
}

const TOKEN_CODES = {
  unterminatedQuote: 'csv.unterminatedQuote',
  quoteInUnquotedField: 'csv.quoteInUnquotedField',
  textAfterClosingQuote: 'csv.textAfterClosingQuote',
  emptyLine: 'csv.emptyLine',
} as const;

/** Resolves the kind from the options and the file name, reporting name problems. */
function resolveKind(options: NormalizedParseOptions, issues: IssueCollector) {
  let nameKind: Kind | null = null;
  let month: string | null = null;
  let style: 'v4' | 'v3' | null = null;
  if (options.fileName !== null) {
    const r = parseFileName(options.fileName);
    for (const p of r.problems) {
      const detail = p.segment === undefined ? p.code : `${p.code}: ${p.segment}`;
      issues.add(p.severity === 'error' ? 'file.nameInvalid' : 'file.nameWarning', {}, { detail });
    }
    nameKind = r.ok ? r.parts.kind : r.kind;
    const parts = r.parts;
    if (parts !== null) {
      month = parts.month;
      style = parts.style;
    }
  }
  if (options.kind !== null && nameKind !== null && options.kind !== nameKind) {
    issues.add('file.nameKind', {}, { actual: KIND_INFO[nameKind].prefix, expected: KIND_INFO[options.kind].prefix });
  }
  return { kind: options.kind ?? nameKind, month, style };
}

/** Exact physical line of a byte offset inside a field that starts on `line` at `from`. */
function lineAt(bytes: Uint8Array, from: number, offset: number, line: number): number {
  for (let i = from; i < offset; i++) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) line++;
  }
  return line;
}

/**
 * Reads MS932 CSV bytes: bytes → text (strict) → rows with positions → records → issues, in one pass.
 * Never throws on any input.
 */
export function readBytes(bytes: Uint8Array, options: NormalizedParseOptions, materialize: boolean): ReadOutcome {
  const issues = new IssueCollector(options.fileName, options.locale, options.includeValues);
  const { kind, month: nameMonth, style } = resolveKind(options, issues);
  const out = (version: CsvVersion | null, records: Record<string, string>[] | null, count: number): ReadOutcome => ({
    kind,
    version,
    fileName: options.fileName,
    records,
    recordCount: count,
    issues: issues.issues,
    errorCount: issues.errorCount,
    warningCount: issues.warningCount,
  });
  if (kind === null) {
    issues.add('file.unknownKind', {});
    return out(null, materialize ? [] : null, 0);
  }
  if (!isSupportedKind(kind)) {
    issues.add('file.unsupportedKind', {}, { actual: KIND_INFO[kind].prefix });
    return out(null, materialize ? [] : null, 0);
  }
  const utf8 = detectUtf8(bytes);
  if (utf8 !== null) {
    issues.add('encoding.utf8', { line: 1, byteOffset: 0 }, { detail: utf8 });
    return out(null, materialize ? [] : null, 0);
  }
  const validator = new FileValidator(kind, issues, {
    requireUncertainFields: options.requireUncertainFields,
    fileNameMonth: nameMonth,
    fileNameStyle: style,
  });
  const records: Record<string, string>[] | null = materialize ? [] : null;
  const reader = new RowReader(bytes, kind, validator, issues, records, options.skipHeader);
  tokenize(bytes, reader.onRow, reader.onProblem);
  reader.flushProblems(null);
  if (validator.records === 0) issues.add('file.empty', {});
  const { version } = validator.finish();
  return out(version, records, validator.records);
}

/** Turns token rows into field strings and records, and token problems into issues. */
class RowReader {
  private values: string[] = [];
  private failed = new Uint8Array(64);
  private readonly decodeProblems: DecodeProblem[] = [];
  private pending: TokenProblem[] = [];
  private first = true;
  private readonly pos: RowPosition = { line: 0, record: 0, byteOffset: 0, fieldLines: null, fieldOffsets: null };

  constructor(
    private readonly bytes: Uint8Array,
    private readonly kind: SupportedKind,
    private readonly validator: FileValidator,
    private readonly issues: IssueCollector,
    private readonly records: Record<string, string>[] | null,
    private skipHeader: boolean,
  ) {}

  readonly onProblem = (p: TokenProblem): void => {
    if (p.field < 0 || p.code === 'unterminatedQuote') {
      // No row follows for these: report them now, at their own line.
      this.issues.add(TOKEN_CODES[p.code], {
        line: p.line,
        column: p.field < 0 ? null : p.field + 1,
        byteOffset: p.byteOffset,
      });
    } else {
      this.pending.push(p);
    }
  };

  /** Reports token problems of the row just read, with the row's record number and field names. */
  flushProblems(layout: Layout | null): void {
    if (this.pending.length === 0) return;
    for (const p of this.pending) {
      const f = layout?.fields[p.field];
      this.issues.add(TOKEN_CODES[p.code], {
        line: p.line,
        record: layout === null ? null : this.validator.records,
        column: p.field + 1,
        field: f?.key ?? null,
        fieldJa: f?.nameJa ?? null,
        byteOffset: p.byteOffset,
      });
    }
    this.pending = [];
  }

  readonly onRow = (row: RowSpans): void => {
    const bytes = this.bytes;
    const n = row.count;
    if (this.failed.length < n) this.failed = new Uint8Array(n * 2);
    const failed = this.failed;
    const values = this.values;
    const problems = this.decodeProblems;
    for (let i = 0; i < n; i++) {
      const flags = row.flags[i] as number;
      let s = decodeRange(bytes, row.start[i] as number, row.end[i] as number, problems);
      if (flags & FIELD_ESCAPED_QUOTES) s = s.replaceAll('""', '"');
      values[i] = s;
      failed[i] = flags & FIELD_MALFORMED || problems.length > 0 ? 1 : 0;
      if (problems.length > 0) this.encodingIssues(row, i);
    }
    values.length = n;
    if (this.first) {
      this.first = false;
      if (this.skipHeader && !/^\d{6}$/.test(values[0] ?? '')) {
        this.issues.add('csv.headerSkipped', { line: row.line, byteOffset: row.byteOffset });
        this.pending = [];
        this.deferred = [];
        return;
      }
    }
    const pos = this.pos;
    pos.line = row.line;
    pos.record = this.validator.records + 1;
    pos.byteOffset = row.byteOffset;
    pos.fieldLines = row.fieldLine;
    pos.fieldOffsets = row.start;
    // Encoding issues were found before the layout (and so the field names) was known.
    const layout = this.validator.layoutFor(values[0] ?? '', n, pos);
    this.emitDeferred(layout, pos.record);
    this.validator.row(values, n, pos, failed, layout);
    this.flushProblems(layout);
    if (n === layout.fields.length) {
      for (let i = 0; i < n; i++) {
        const f = layout.fields[i];
        if (f !== undefined && isQuoted(f) && failed[i] === 0 && values[i] !== '' && !((row.flags[i] as number) & FIELD_QUOTED)) {
          this.issues.add('csv.unquotedFreeText', {
            line: row.fieldLine[i] ?? row.line,
            record: pos.record,
            column: i + 1,
            field: f.key,
            fieldJa: f.nameJa,
            byteOffset: row.start[i] ?? null,
          });
        }
      }
    }
    if (this.records !== null) this.records.push(toRecord(layout, values));
  };

  private deferred: { code: 'encoding.invalidBytes' | 'encoding.userDefinedChar'; field: number; line: number; offset: number; length: number }[] = [];

  private encodingIssues(row: RowSpans, i: number): void {
    const start = row.start[i] as number;
    const line = row.fieldLine[i] as number;
    for (const p of this.decodeProblems) {
      this.deferred.push({
        code: p.code === 'userDefined' ? 'encoding.userDefinedChar' : 'encoding.invalidBytes',
        field: i,
        line: lineAt(this.bytes, start, p.offset, line),
        offset: p.offset,
        length: p.length,
      });
    }
    this.decodeProblems.length = 0;
  }

  private emitDeferred(layout: Layout, record: number): void {
    if (this.deferred.length === 0) return;
    for (const d of this.deferred) {
      const f = layout.fields[d.field];
      this.issues.add(
        d.code,
        { line: d.line, record, column: d.field + 1, field: f?.key ?? null, fieldJa: f?.nameJa ?? null, byteOffset: d.offset },
        d.code === 'encoding.invalidBytes' ? { actual: d.length } : undefined,
      );
    }
    this.deferred = [];
  }
}

/**
 * Maps a row onto the record model (the 202407 keys): columns the row's version lacks are `''`; a row with
 * the wrong column count is mapped by position (it already has an error).
 */
function toRecord(layout: Layout, values: readonly string[]): Record<string, string> {
  const rec: Record<string, string> = {};
  const fields = layout.fields;
  for (let i = 0; i < fields.length; i++) rec[(fields[i] as { key: string }).key] = values[i] ?? '';
  for (const f of layout.missingFields) rec[f.key] = '';
  if (layout.missingFields.length === 0) return rec;
  // Keep the keys in the order of the record model.
  const ordered: Record<string, string> = {};
  for (const f of layout.recordFields) ordered[f.key] = rec[f.key] ?? '';
  return ordered;
}
