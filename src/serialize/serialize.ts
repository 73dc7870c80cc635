import { ByteSink } from '../encoding/byte-sink.js';
import { encodeInto, normalizeEncodeOptions, type EncodeProblem } from '../encoding/encode.js';
import { IssueCollector } from '../issues/collector.js';
import type { Issue } from '../issues/types.js';
import { KIND_INFO, type Kind } from '../kinds.js';
import type { NormalizedSerializeOptions } from '../options.js';
import { isQuoted, type FieldDef } from '../schemas/field.js';
import { getLayout, isSupportedKind } from '../schemas/layouts.js';
import { FileValidator, SPAN_ESCAPED, type RowPosition } from '../validate/file-validator.js';

/** What serializing gives: the file's bytes (null when they could not be produced faithfully) and issues. */
export interface SerializeOutcome {
  readonly bytes: Uint8Array | null;
  readonly issues: Issue[];
  readonly errorCount: number;
  readonly warningCount: number;
}

const QUOTE = 0x22;
const COMMA = 0x2c;

function hex(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Whether a value of a non-free-text column must still be quoted to keep the CSV well formed. */
function needsQuotes(v: string): boolean {
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === QUOTE || c === COMMA || c === 0x0d || c === 0x0a) return true;
  }
  return false;
}

function lineBreaks(v: string): number {
  let n = 0;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && v.charCodeAt(i + 1) !== 0x0a)) n++;
  }
  return n;
}

/**
 * Writes records as a canonical MS932 CSV file: CRLF after every record, free-text columns always quoted
 * (`""` for empty ones and for a `"` inside), other columns unquoted, no BOM, no header. Each record is
 * written with the layout of its own `csvVersion` (202208 drops the three columns added in 202407). The
 * records are checked with the same validator that checks files being read.
 */
export function serializeRecords(kind: Kind, records: readonly unknown[], options: NormalizedSerializeOptions): SerializeOutcome {
  const encodeOptions = normalizeEncodeOptions(options.encode);
  const issues = new IssueCollector(options.fileName, options.locale, options.includeValues);
  const done = (bytes: Uint8Array | null): SerializeOutcome => ({
    bytes,
    issues: issues.issues,
    errorCount: issues.errorCount,
    warningCount: issues.warningCount,
  });
  if (!isSupportedKind(kind)) {
    issues.add('file.unsupportedKind', {}, { actual: KIND_INFO[kind].prefix });
    return done(null);
  }
  const validator = new FileValidator(kind, issues, {
    requireUncertainFields: options.requireUncertainFields,
    fileNameMonth: null,
    fileNameStyle: null,
  });
  const model = getLayout(kind, '202407');
  const recordKeys = new Set(model.recordFields.map((f) => f.key));
  const modelColumns = model.fields.length;
  const sink = new ByteSink(records.length * 256);
  const problems: EncodeProblem[] = [];
  let encodable = true;
  let line = 1;
  const width = model.fields.length;
  const fieldLines = new Int32Array(width);
  const view = { bytes: sink.buf, count: 0, start: new Int32Array(width), end: new Int32Array(width), flags: new Uint8Array(width) };
  const failed = new Uint8Array(width);
  const pos: RowPosition = { line: 1, record: 0, byteOffset: 0, fieldLines };

  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    pos.line = line;
    pos.record = r + 1;
    pos.byteOffset = sink.length;
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      issues.add('record.valueType', { line, record: r + 1 }, { actual: rec === null ? 'null' : Array.isArray(rec) ? 'array' : typeof rec });
      validator.records++;
      continue;
    }
    const obj = rec as Record<string, unknown>;
    for (const key in obj) {
      if (!recordKeys.has(key) && Object.prototype.hasOwnProperty.call(obj, key)) {
        issues.add('record.unknownField', { line, record: r + 1 }, { detail: key });
      }
    }
    const version = typeof obj.csvVersion === 'string' ? obj.csvVersion : '';
    const layout = validator.layoutFor(version, modelColumns, pos);
    for (const f of layout.missingFields) {
      const v = obj[f.key];
      if (v !== undefined && v !== '') {
        issues.add('record.fieldNotInVersion', { line, record: r + 1, field: f.key, fieldJa: f.nameJa }, { expected: layout.version }, typeof v === 'string' ? v : undefined);
      }
    }
    const fields = layout.fields;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i] as FieldDef;
      const raw = obj[f.key];
      let v = '';
      if (typeof raw === 'string') v = raw;
      else if (raw !== undefined) {
        issues.add('record.valueType', { line, record: r + 1, column: i + 1, field: f.key, fieldJa: f.nameJa }, { actual: raw === null ? 'null' : typeof raw });
      }
      if (i > 0) sink.writeByte(COMMA);
      fieldLines[i] = line;
      const quoted = isQuoted(f) || needsQuotes(v);
      if (quoted) sink.writeByte(QUOTE);
      const escaped = quoted && v.includes('"');
      view.start[i] = sink.length;
      failed[i] = 0;
      if (!encodeInto(escaped ? v.replaceAll('"', '""') : v, sink, encodeOptions, problems)) {
        encodable = false;
        failed[i] = 1;
      }
      view.end[i] = sink.length;
      view.flags[i] = escaped ? SPAN_ESCAPED : 0;
      if (problems.length > 0) {
        const at = { line, record: r + 1, column: i + 1, field: f.key, fieldJa: f.nameJa, byteOffset: view.start[i] ?? null };
        for (const p of problems) reportEncode(issues, p, at, encodeOptions.replacement);
        problems.length = 0;
      }
      if (quoted) sink.writeByte(QUOTE);
      if (quoted) line += lineBreaks(v);
    }
    sink.writeByte(0x0d);
    sink.writeByte(0x0a);
    line++;
    view.count = fields.length;
    view.bytes = sink.buf;
    validator.check(view, pos, failed, layout);
  }
  if (records.length === 0) issues.add('file.empty', {});
  validator.finish();
  if (!encodable) return done(null);
  if (issues.errorCount > 0 && !options.allowInvalid) return done(null);
  return done(sink.toBytes());
}

function reportEncode(
  issues: IssueCollector,
  p: EncodeProblem,
  at: { line: number; record: number; column: number; field: string; fieldJa: string; byteOffset: number | null },
  replacement: string | null,
): void {
  if (p.code === 'converted') {
    issues.add('encoding.converted', at, { codePoint: hex(p.codePoint), to: hex(p.to ?? 0) });
  } else if (p.code === 'replaced') {
    const to = Array.from(replacement ?? '', (ch) => hex(ch.codePointAt(0) ?? 0)).join(' ');
    issues.add('encoding.replaced', at, { codePoint: hex(p.codePoint), to });
  } else {
    issues.add('encoding.unmappable', at, { codePoint: hex(p.codePoint) });
  }
}
