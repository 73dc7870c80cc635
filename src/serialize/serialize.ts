import { ByteSink } from '../encoding/byte-sink.js';
import { encodeInto, encodeMs932, formatCodePoint, normalizeEncodeOptions, type EncodeProblem } from '../encoding/encode.js';
import { IssueCollector } from '../issues/collector.js';
import type { Issue, IssueParams } from '../issues/types.js';
import { KIND_INFO, type Kind } from '../kinds.js';
import type { NormalizedSerializeOptions } from '../options.js';
import { isQuoted, type FieldDef } from '../schemas/field.js';
import { getLayout, isSupportedKind, VERSION_ALIASES } from '../schemas/layouts.js';
import { checkFileName } from '../validate/file-name.js';
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
 * Writes a value that is ASCII and holds none of `"` `,` CR LF straight into the sink (the common case:
 * codes, numbers, dates). Returns false, having written nothing, for any other value.
 */
function writePlainAscii(sink: ByteSink, v: string): boolean {
  const n = v.length;
  sink.reserve(n);
  const buf = sink.buf;
  const p = sink.pos;
  for (let k = 0; k < n; k++) {
    const c = v.charCodeAt(k);
    if (c >= 0x80 || c === QUOTE || c === COMMA || c === 0x0d || c === 0x0a) return false;
    buf[p + k] = c;
  }
  sink.pos = p + n;
  return true;
}

/**
 * Writes records as a canonical MS932 CSV file: CRLF after every record, free-text columns always quoted
 * (`""` for empty ones and for a `"` inside), other columns unquoted, no BOM, no header. Each record is
 * written with the layout of its own `csvVersion` (202208 drops the three columns added in 202407). The
 * records are checked with the same validator that checks files being read, on the bytes just written.
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
  // A file name, when given, is checked against the records as it is for a file being read.
  const name = checkFileName(options.fileName, kind, issues);
  const validator = new FileValidator(kind, issues, {
    requireUncertainFields: options.requireUncertainFields,
    fileNameMonth: name.month,
    fileNameStyle: name.style,
  });
  const model = getLayout(kind, '202407');
  const recordKeys = new Set(model.recordFields.map((f) => f.key));
  const width = model.fields.length;
  const modelWidth = model.recordFields.length;
  const values: unknown[] = new Array<unknown>(modelWidth);
  // About 200 bytes per 第6表 record; the sink grows when needed.
  const sink = new ByteSink(records.length * 200 + 1024);
  const problems: EncodeProblem[] = [];
  let encodable = true;
  let line = 1;
  const fieldLines = new Int32Array(width);
  const view = { bytes: sink.buf, count: 0, start: new Int32Array(width), end: new Int32Array(width), flags: new Uint8Array(width) };
  const failed = new Uint8Array(width);
  const pos: RowPosition = { line: 1, record: 0, byteOffset: 0, fieldLines };

  for (let r = 0; r < records.length; r++) {
    const rec = records[r];
    pos.line = line;
    pos.record = r + 1;
    pos.byteOffset = sink.pos;
    if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
      issues.add('record.valueType', { line, record: r + 1 }, { actual: rec === null ? 'null' : Array.isArray(rec) ? 'array' : typeof rec });
      validator.records++;
      continue;
    }
    const obj = rec as Record<string, unknown>;
    model.readRecord(obj, values);
    // Unknown keys: a record with no more keys than known values present has none (cheap count first).
    let present = 0;
    for (let k = 0; k < modelWidth; k++) if (values[k] !== undefined) present++;
    let keyCount = 0;
    for (const _ in obj) keyCount++;
    if (keyCount > present) {
      for (const key in obj) {
        if (!recordKeys.has(key) && Object.prototype.hasOwnProperty.call(obj, key)) {
          issues.add('record.unknownField', { line, record: r + 1 }, { detail: key });
        }
      }
    }
    const version = typeof values[0] === 'string' ? values[0] : '';
    // Readers accept the alias versions (202504, 202410, 202404); a writer never emits them.
    if (VERSION_ALIASES[version] !== undefined) {
      issues.add('record.versionNotWritable', { line, record: r + 1, column: 1, field: 'csvVersion', fieldJa: 'CSVバージョン' }, { actual: version, expected: VERSION_ALIASES[version] });
    }
    const layout = validator.layoutFor(version, width, pos);
    for (const f of layout.missingFields) {
      const v = obj[f.key];
      if (v !== undefined && v !== '') {
        issues.add('record.fieldNotInVersion', { line, record: r + 1, field: f.key, fieldJa: f.nameJa }, { expected: layout.version }, typeof v === 'string' ? v : undefined);
      }
    }
    const fields = layout.fields;
    const recordIndex = layout.recordIndex;
    const n = recordIndex.length;
    for (let i = 0; i < n; i++) {
      const raw = values[recordIndex[i] as number];
      let v = '';
      if (typeof raw === 'string') v = raw;
      else if (raw !== undefined) {
        const f = fields[i] as FieldDef;
        issues.add('record.valueType', { line, record: r + 1, column: i + 1, field: f.key, fieldJa: f.nameJa }, { actual: raw === null ? 'null' : typeof raw });
      }
      if (i > 0) sink.writeByte(COMMA);
      fieldLines[i] = line;
      // A value of the wrong type already has its issue; its column is not checked again.
      failed[i] = typeof raw === 'string' || raw === undefined ? 0 : 1;
      view.flags[i] = 0;
      // Free text is always quoted; another column only when its value would break the CSV (such a value
      // is invalid there and is reported by its check, and quoting keeps the file well formed).
      let quoted = isQuoted(fields[i] as FieldDef);
      if (quoted) sink.writeByte(QUOTE);
      view.start[i] = sink.pos;
      if (!writePlainAscii(sink, v)) {
        if (!quoted && needsQuotes(v)) {
          quoted = true;
          sink.writeByte(QUOTE);
          view.start[i] = sink.pos;
        }
        const escaped = quoted && v.includes('"');
        if (!encodeInto(escaped ? v.replaceAll('"', '""') : v, sink, encodeOptions, problems)) {
          encodable = false;
          failed[i] = 1;
        }
        if (escaped) view.flags[i] = SPAN_ESCAPED;
        if (problems.length > 0) {
          const f = fields[i] as FieldDef;
          const text = escaped ? v.replaceAll('"', '""') : v;
          for (const p of problems) {
            // The character's own line and byte offset, as the reader reports them (a rare path: the
            // written prefix of the field is measured again).
            const before = text.slice(0, p.index);
            const offset = (view.start[i] as number) + (encodeMs932(before, { unmappable: { replacement: '〓' } }).bytes as Uint8Array).length;
            const at = { line: line + lineBreaks(before), record: r + 1, column: i + 1, field: f.key, fieldJa: f.nameJa, byteOffset: offset };
            reportEncode(issues, p, at, encodeOptions.replacement);
          }
          problems.length = 0;
        }
        if (quoted) line += lineBreaks(v);
      }
      view.end[i] = sink.pos;
      if (quoted) sink.writeByte(QUOTE);
    }
    sink.writeByte(0x0d);
    sink.writeByte(0x0a);
    line++;
    view.count = n;
    view.bytes = sink.buf;
    validator.check(view, pos, failed, layout);
  }
  if (records.length === 0) issues.add('file.empty', {});
  validator.finish();
  if (!encodable) return done(null);
  if (issues.errorCount > 0 && !options.allowInvalid) return done(null);
  // An exact copy: `bytes.buffer` holds the file and nothing else (users post or wrap the buffer).
  return done(sink.toBytes());
}

/** The issue code and params of an encoder problem (`replacement`: the caller's replacement text). */
export function encodeProblemIssue(
  p: EncodeProblem,
  replacement: string | null,
): { code: 'encoding.converted' | 'encoding.replaced' | 'encoding.unmappable'; params: IssueParams } {
  const codePoint = formatCodePoint(p.codePoint);
  if (p.code === 'converted') return { code: 'encoding.converted', params: { codePoint, to: formatCodePoint(p.to ?? 0) } };
  if (p.code === 'replaced') {
    const to = Array.from(replacement ?? '', (ch) => formatCodePoint(ch.codePointAt(0) ?? 0)).join(' ');
    return { code: 'encoding.replaced', params: { codePoint, to } };
  }
  return { code: 'encoding.unmappable', params: { codePoint } };
}

function reportEncode(
  issues: IssueCollector,
  p: EncodeProblem,
  at: { line: number; record: number; column: number; field: string; fieldJa: string; byteOffset: number | null },
  replacement: string | null,
): void {
  const { code, params } = encodeProblemIssue(p, replacement);
  issues.add(code, at, params);
}
