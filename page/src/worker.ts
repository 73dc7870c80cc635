/**
 * The checking side of the page, run in a Web Worker: reads the files picked or dropped, validates them and their
 * send units with the library, compares 予定 with 実績, and finds one row of a file for the row view. It posts
 * results only to the page that started it, and logs nothing.
 */
import { parse } from '../../src/api.js';
import { decodeRange } from '../../src/encoding/decode.js';
import { detectUtf8 } from '../../src/encoding/detect.js';
import { CSV_VERSIONS, isSupportedKind, getLayout, hasLayout, type CsvVersion } from '../../src/schemas/layouts.js';
import type { Kind } from '../../src/kinds.js';
import { FIELD_ESCAPED_QUOTES, tokenize, type RowSpans } from '../../src/parse/tokenize.js';
import { Utf16Probe } from '../../src/parse/utf16-probe.js';
import { matchingBlockers } from '../../src/reconcile/blockers.js';
import { reconcile } from '../../src/reconcile/reconcile.js';
import { createUnitValidator } from '../../src/units/validate-units.js';
import type { UnitFile } from '../../src/units/types.js';
import { readOptions, runRepair, type CheckOptions } from './extensions.js';
import type { Comparison, FromWorker, PickedFile, RowView, ToWorker } from './protocol.js';

/** The worker's global scope, as far as it is used here (the project's types are the DOM's). */
interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
}

const CSV_NAME = /\.csv$/i;
const IMAGE_NAME = /(^|[\\/])UPKIHON_IMAGE_[^\\/]*\.jpe?g$/i;
const EMPTY = new Uint8Array(0);

async function bytesOf(file: Blob): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** Checks the files (CSV files and family images; other files are not picked), then their send units. */
async function check(scope: WorkerScope, files: readonly PickedFile[], folder: boolean, options: CheckOptions): Promise<void> {
  const started = performance.now();
  const csv = files.filter((f) => CSV_NAME.test(f.name));
  const images = files.filter((f) => IMAGE_NAME.test(f.name));
  const validator = createUnitValidator({
    ...readOptions(options),
    // A missing family image is reported when images can be among the files: a folder, or images picked.
    checkImages: folder || images.length > 0,
    names: [...csv, ...images].map((f) => f.name),
  });
  const table6: { name: string; file: File; unitFile: UnitFile }[] = [];
  let done = 0;
  let posted = 0;
  for (const f of csv) {
    const unitFile = validator.add({ name: f.name, bytes: await bytesOf(f.file) });
    if (unitFile.kind === 'table6Plan' || unitFile.kind === 'table6Actual') table6.push({ name: f.name, file: f.file, unitFile });
    done++;
    // Progress at most every 100 ms (and at the end), so that many small files do not flood the page.
    const now = performance.now();
    if (now - posted > 100 || done === csv.length) {
      posted = now;
      scope.postMessage({ type: 'progress', done, total: csv.length });
    }
  }
  // Only the presence of a family image counts: its bytes are not read.
  for (const f of images) validator.add({ name: f.name, bytes: EMPTY });
  const result = validator.finish();
  const comparisons = await compare(table6, options);
  scope.postMessage({ type: 'done', result, comparisons, ms: performance.now() - started });
}

/** 予定/実績: each UPPLAN against each UPJSK of the same month (the month of the file names). */
async function compare(table6: readonly { name: string; file: File; unitFile: UnitFile }[], options: CheckOptions): Promise<Comparison[]> {
  const plans = table6.filter((t) => t.unitFile.kind === 'table6Plan');
  const actuals = table6.filter((t) => t.unitFile.kind === 'table6Actual');
  const out: Comparison[] = [];
  for (const p of plans) {
    for (const a of actuals) {
      if (p.unitFile.month === null || p.unitFile.month !== a.unitFile.month) continue;
      const read = async (t: { name: string; file: File }, kind: 'table6Plan' | 'table6Actual') =>
        parse(await bytesOf(t.file), { fileName: t.name, kind, locale: options.locale, skipHeader: options.skipHeader });
      const plan = await read(p, 'table6Plan');
      const actual = await read(a, 'table6Actual');
      let result = null;
      // As the CLI's diff: no comparison when an error makes the matching unreliable (a bad date, a UTF-8 file …).
      const blocked = matchingBlockers(plan).length + matchingBlockers(actual).length;
      if (plan.kind === 'table6Plan' && actual.kind === 'table6Actual' && blocked === 0) {
        result = reconcile(
          { records: plan.records, kind: plan.kind, lines: Array.from(plan.recordLines) },
          { records: actual.records, kind: actual.kind, lines: Array.from(actual.recordLines) },
          { includeValues: true },
        );
      }
      out.push({ plan: p.name, actual: a.name, month: p.unitFile.month, result, blocked });
    }
  }
  return out;
}

/** Thrown out of `tokenize` once the row is found (or passed), to stop reading. */
const STOP = Symbol('stop');

/** The row of a file that holds physical line `line`, its fields decoded, with the layout's column names. */
async function row(file: Blob, name: string, line: number, column: number | null, kind: Kind | null, version: CsvVersion | null): Promise<RowView> {
  const bytes = await bytesOf(file);
  const utf16 = utf16Of(bytes);
  const values = utf16 === null ? csvRow(bytes, line) : utf16Row(bytes, utf16, line);
  if (values === null) return { name, line, marked: -1, fields: [], found: false };
  // A file not read (UTF-8, UTF-16) has no version in its result: its first value tells it, when it is one.
  const read = version ?? CSV_VERSIONS.find((v) => v === values[0]) ?? null;
  const layout = kind !== null && read !== null && isSupportedKind(kind) && hasLayout(kind, read) ? getLayout(kind, read) : null;
  const fields = values.map((value, i) => {
    const def = layout?.fields[i];
    return { no: def?.no ?? i + 1, nameJa: def?.nameJa ?? null, value };
  });
  const marked = column === null ? -1 : fields.findIndex((f) => f.no === column);
  return { name, line, marked, fields, found: true };
}

/** The field values of the row of a CSV file (MS932, or UTF-8) that holds physical line `line`; null: none. */
function csvRow(bytes: Uint8Array, line: number): string[] | null {
  const utf8 = detectUtf8(bytes) !== null;
  const text = utf8 ? new TextDecoder('utf-8') : null;
  let found: string[] | null = null;
  try {
    tokenize(
      bytes,
      (r) => {
        if (r.line > line) throw STOP;
        // The row starts on the line, or a field of it does (a line break inside a quoted field).
        let holds = r.line === line;
        for (let i = 0; !holds && i < r.count; i++) holds = r.fieldLine[i] === line;
        if (holds) {
          found = fieldValues(bytes, r, text);
          throw STOP;
        }
      },
      () => {},
    );
  } catch (e) {
    if (e !== STOP) throw e;
  }
  return found;
}

/** The values of a row's fields: MS932, or UTF-8 with `text`; `""` collapsed. */
function fieldValues(bytes: Uint8Array, r: RowSpans, text: TextDecoder | null): string[] {
  const values: string[] = [];
  for (let i = 0; i < r.count; i++) {
    const s = r.start[i] as number;
    const e = r.end[i] as number;
    const value = text !== null ? text.decode(bytes.subarray(s, e)) : decodeRange(bytes, s, e, null);
    values.push(((r.flags[i] as number) & FIELD_ESCAPED_QUOTES) !== 0 ? value.replaceAll('""', '"') : value);
  }
  return values;
}

/** `le` or `be` when the file is UTF-16 as the reader tells it (`encoding.utf16`), else null. */
function utf16Of(bytes: Uint8Array): 'le' | 'be' | null {
  const probe = new Utf16Probe();
  probe.push(bytes);
  return probe.result();
}

/**
 * The field values of the record holding physical line `line` of a UTF-16 file (which the reader does not
 * read: one `encoding.utf16`), so that the row view shows the data and not its bytes taken for MS932; null:
 * no record holds it. Read by {@link recordOnLine}, the values tab-separated (Excel's 「Unicode テキスト」) or
 * else comma-separated, as {@link separatorOf} tells. @internal (exported for its tests)
 */
export function utf16Row(bytes: Uint8Array, endian: 'le' | 'be', line: number): string[] | null {
  const text = new TextDecoder(endian === 'le' ? 'utf-16le' : 'utf-16be').decode(bytes);
  return recordOnLine(text, separatorOf(text), line);
}

/** A tab when the first record has one outside quotes (Excel's 「Unicode テキスト」), else a comma. */
function separatorOf(text: string): string {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\t') return '\t';
    else if (!quoted && (c === '\n' || c === '\r')) break;
  }
  return ',';
}

/**
 * The values of the record of `text` that holds physical line `line` (1-based), or null. Values separated
 * by `sep`; a quoted value may hold separators, line breaks and quotes written `""`; CRLF, LF or CR end a
 * record. Written here, not the library's tokenizer: that one reads bytes with commas, and this text is
 * UTF-16, maybe with tabs; the page reads it only to show one row.
 */
function recordOnLine(text: string, sep: string, line: number): string[] | null {
  const n = text.length;
  let i = 0;
  let at = 1;
  /** Past a line break at `i` (CRLF counts once). */
  const lineBreak = (): void => {
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    at++;
  };
  const isBreak = (k: number): boolean => text[k] === '\n' || text[k] === '\r';
  while (i < n) {
    const first = at;
    const values: string[] = [];
    for (;;) {
      let value = '';
      if (text[i] === '"') {
        i++;
        while (i < n) {
          if (text[i] === '"') {
            if (text[i + 1] !== '"') {
              i++;
              break;
            }
            value += '"';
            i += 2;
          } else if (isBreak(i)) {
            const from = i;
            lineBreak();
            value += text.slice(from, i);
          } else {
            value += text[i++];
          }
        }
      }
      // Unquoted, or what follows a closing quote up to the separator: as it is.
      const from = i;
      while (i < n && text[i] !== sep && !isBreak(i)) i++;
      values.push(value + text.slice(from, i));
      if (i < n && text[i] === sep) {
        i++;
        continue;
      }
      break;
    }
    const last = at;
    if (i < n) lineBreak();
    if (line >= first && line <= last) return values;
    if (first > line) return null;
  }
  return null;
}

/** Starts the worker side: answers the page's messages one at a time, in order. */
export function startWorker(scope: WorkerScope): void {
  let queue = Promise.resolve();
  scope.onmessage = (e) => {
    const m = e.data;
    queue = queue
      .then(async () => {
        if (m.type === 'check') await check(scope, m.files, m.folder, m.options);
        else if (m.type === 'row') scope.postMessage({ type: 'row', row: await row(m.file, m.name, m.line, m.column, m.kind, m.version) });
        else if (m.type === 'repair') {
          const outcome = runRepair(await bytesOf(m.file), m.options, m.name);
          scope.postMessage({ type: 'repaired', name: m.name, outcome }, outcome === null ? [] : [outcome.bytes.buffer as ArrayBuffer]);
        }
      })
      .catch((err: unknown) => {
        // The error's text only (never a value): the library does not put field values in its errors.
        scope.postMessage({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
      });
  };
}
