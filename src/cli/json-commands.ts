import type { Profile, RuleOverrides } from '../issues/profiles.js';
import { basename } from 'node:path';
import type { Locale } from '../issues/locales/index.js';
import { renderMessage } from '../issues/render.js';
import type { Issue } from '../issues/types.js';
import { isKind, type Kind } from '../kinds.js';
import { normalizeParseOptions, normalizeSerializeOptions, type SerializeOptions } from '../options.js';
import { ReadSession } from '../parse/read.js';
import { RecordWriter } from '../serialize/serialize.js';
import type { CliReadLimits } from './args.js';
import { EXIT, errnoCode, InternalError, ioError } from './errors.js';
import { issueLine, printable } from './format.js';
import { OutputClosed, type CliIo, type FileWriter } from './io.js';
import { NotStreamable, StreamedDocument } from './json-document.js';
import { jsonErrorPosition } from './json-position.js';
import { messagesFor } from './messages/index.js';
import { BufferedOut } from './output.js';

/** What the report of issues on stderr shows, and when warnings fail the command. */
export interface ReportOptions {
  readonly locale: Locale;
  /** Errors only. */
  readonly quiet: boolean;
  /** Exit 1 when there are more warnings than this. */
  readonly maxWarnings: number | null;
}

export interface ToJsonOptions extends ReportOptions {
  readonly kind: Kind | undefined;
  readonly includeValues: boolean;
  readonly requireUncertainFields: boolean;
  readonly skipHeader?: boolean;
  readonly profile?: Profile;
  readonly rules?: RuleOverrides;
  readonly checkJisX0213?: boolean;
  readonly limits: CliReadLimits;
  /** JSON Lines: one record per line, no header. */
  readonly jsonl: boolean;
}

/** Records held back until the version is known (it comes from the first record with a valid CSVバージョン). */
const HOLD_FOR_VERSION = 1000;

/** Prints the issues (errors only when quiet) and returns the exit code: 1 on errors or too many warnings. */
function report(
  io: CliIo,
  file: string,
  issues: readonly Issue[],
  errorCount: number,
  warningCount: number,
  o: ReportOptions,
  line: (i: Issue) => string = (i) => issueLine(file, i),
): number {
  for (const i of issues) if (!o.quiet || i.severity === 'error') io.stderr(`${line(i)}\n`);
  if (o.maxWarnings !== null && warningCount > o.maxWarnings) {
    io.stderr(`careplan-csv: ${messagesFor(o.locale).tooManyWarnings({ count: warningCount, max: o.maxWarnings })}\n`);
    return EXIT.invalid;
  }
  return errorCount > 0 ? EXIT.invalid : EXIT.ok;
}

/** The pieces of a file, read one at a time (the whole file at once when the I/O gives no piecewise read). */
function* pieces(io: CliIo, path: string): Generator<Uint8Array, void, undefined> {
  let it: Iterator<Uint8Array>;
  try {
    it = (io.readChunks === undefined ? [io.readFile(path)] : io.readChunks(path))[Symbol.iterator]();
  } catch (e) {
    throw ioError('cannotRead', { file: path, error: errnoCode(e) });
  }
  for (;;) {
    let r: IteratorResult<Uint8Array>;
    try {
      r = it.next();
    } catch (e) {
      throw ioError('cannotRead', { file: path, error: errnoCode(e) });
    }
    if (r.done === true) return;
    yield r.value;
  }
}

/**
 * `careplan-csv to-json FILE`: the file's records as JSON, written as they are read (the streaming reader,
 * synchronously): memory holds one piece of input, one record and the output buffer, whatever the size of
 * the file. The output is byte for byte `JSON.stringify({kind, version, fileName, records}, null, 2)` of
 * `parse`; with `jsonl`, one record per line (`JSON.stringify(record)`), nothing else. Issues go to stderr
 * at the end. A file over `maxFileBytes` is read up to the limit (and gets `limit.fileBytes`).
 */
export function runToJson(file: string, o: ToJsonOptions, io: CliIo): number {
  const name = basename(file);
  const options = normalizeParseOptions({
    fileName: name,
    locale: o.locale,
    includeValues: o.includeValues,
    requireUncertainFields: o.requireUncertainFields,
    ...(o.skipHeader === undefined ? {} : { skipHeader: o.skipHeader }),
    ...(o.profile === undefined ? {} : { profile: o.profile }),
    ...(o.rules === undefined ? {} : { rules: o.rules }),
    checkJisX0213: o.checkJisX0213 === true,
    ...o.limits,
    ...(o.kind === undefined ? {} : { kind: o.kind }),
  });
  const out = new BufferedOut(io.stdout);
  let held: unknown[] | null = o.jsonl ? null : [];
  let count = 0;
  const writeRecord = (rec: unknown): void => {
    if (o.jsonl) {
      out.write(`${JSON.stringify(rec)}\n`);
      return;
    }
    out.write(count === 0 ? '\n    ' : ',\n    ');
    out.write(JSON.stringify(rec, null, 2).replaceAll('\n', '\n    '));
    count++;
  };
  const header = (kind: Kind | null, version: string | null): void => {
    out.write(
      `{\n  "kind": ${JSON.stringify(kind)},\n  "version": ${JSON.stringify(version)},\n  "fileName": ${JSON.stringify(name)},\n  "records": [`,
    );
    const records = held ?? [];
    held = null;
    for (const r of records) writeRecord(r);
  };
  let session: ReadSession | null = null;
  let closed = false;
  try {
    session = new ReadSession(options, (record) => {
      if (closed) return;
      if (held !== null) held.push(record);
      else writeRecord(record);
    });
    const s = session;
    for (const piece of pieces(io, file)) {
      if (s.done) break;
      s.write(piece);
      if (held !== null && (s.version !== null || held.length >= HOLD_FOR_VERSION)) header(s.kind, s.version);
      if (s.done) break;
    }
    const outcome = s.end();
    if (held !== null) header(outcome.kind, outcome.version);
    if (!o.jsonl) out.write(count === 0 ? ']\n}\n' : '\n  ]\n}\n');
    out.flush();
    return report(io, file, outcome.issues, outcome.errorCount, outcome.warningCount, o);
  } catch (e) {
    if (e instanceof OutputClosed) {
      // The reader has gone (`| head`): stop quietly.
      closed = true;
      return EXIT.ok;
    }
    if ((e as { code?: unknown }).code === 'io') throw e;
    throw new InternalError(file, e);
  }
}

export interface FromJsonOptions extends ReportOptions {
  readonly out: string;
  readonly jsonl: boolean;
  /** The kind of JSON Lines input (default: from the name of `out`). */
  readonly kind: Kind | undefined;
  readonly serialize: Omit<SerializeOptions, 'locale' | 'fileName'>;
}

/** Size of the pieces handed to the output file. */
const WRITE_CHUNK = 64 * 1024;

/** Runs a step of writing `path`; its failure is an I/O error naming the file. */
function writing<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (e) {
    throw ioError('cannotWrite', { file: path, error: errnoCode(e) });
  }
}

/** The output file: written piece by piece when the I/O can, else gathered and written once at the end. */
export function outputFile(io: CliIo, path: string): FileWriter {
  const open = io.openWrite;
  if (open !== undefined) {
    const w = writing(path, () => open(path));
    return {
      write: (b) => writing(path, () => w.write(b)),
      commit: () => writing(path, () => w.commit()),
      abort: () => w.abort(),
    };
  }
  const parts: Uint8Array[] = [];
  return {
    write: (b) => void parts.push(b),
    commit: () =>
      writing(path, () => {
        const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
        let at = 0;
        for (const p of parts) {
          all.set(p, at);
          at += p.length;
        }
        io.writeFile(path, all);
      }),
    abort: () => void (parts.length = 0),
  };
}

/** The records of a JSON Lines input, parsed line by line (blank lines skipped): one line in memory at a time. */
function* jsonLines(io: CliIo, file: string, where: { line: number }): Generator<unknown, void, undefined> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  let line = 0;
  const parseLine = (text: string): unknown => {
    line++;
    try {
      return JSON.parse(text);
    } catch {
      // JSON.parse's message quotes the input (personal data): say where, never what.
      const at = jsonErrorPosition(text) ?? { line: 1, column: 1 };
      throw ioError('notJson', { file, line: line + at.line - 1, column: at.column });
    }
  };
  const lines = function* (text: string): Generator<unknown, void, undefined> {
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const l = text.slice(start, nl);
      start = nl + 1;
      if (l.trim() === '') line++;
      else {
        const record = parseLine(l);
        where.line = line;
        yield record;
      }
    }
    rest = text.slice(start);
  };
  for (const piece of pieces(io, file)) {
    let text: string;
    try {
      text = decoder.decode(piece, { stream: true });
    } catch {
      throw ioError('notUtf8', { file });
    }
    yield* lines(rest + text);
  }
  let tail: string;
  try {
    tail = decoder.decode();
  } catch {
    throw ioError('notUtf8', { file });
  }
  yield* lines(`${rest}${tail}\n`);
}

/** The records of the to-json shape `{kind, records}`: the whole document is parsed, its text dropped at once. */
function jsonDocument(io: CliIo, file: string): { kind: Kind; records: readonly unknown[] } {
  let bytes: Uint8Array | null;
  try {
    bytes = io.readFile(file);
  } catch (e) {
    throw ioError('cannotRead', { file, error: errnoCode(e) });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw ioError('notUtf8', { file });
  }
  bytes = null;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // JSON.parse's message quotes the input (personal data): say where, never what.
    throw ioError('notJson', { file, ...(jsonErrorPosition(text) ?? { line: 1, column: 1 }) });
  }
  const d = doc as { kind?: unknown; records?: unknown };
  if (doc === null || typeof doc !== 'object' || !isKind(d.kind) || !Array.isArray(d.records)) throw ioError('notToJsonShape', { file });
  return { kind: d.kind, records: d.records };
}

/**
 * `careplan-csv from-json JSON -o OUT`: writes the canonical CSV file of the records, piece by piece to a
 * temporary file renamed to OUT once every check has passed (nothing is left under OUT otherwise). Memory
 * stays bounded whatever the number of records: JSON Lines input (`jsonl`) is read line by line, and the
 * to-json document record by record ({@link StreamedDocument}); a document of another shape, or one that
 * is not well-formed, is read whole instead (the same records, or the same error, as before).
 */
export function runFromJson(file: string, o: FromJsonOptions, io: CliIo): number {
  if (o.jsonl) {
    const where = { line: 0 };
    return writeCsv(file, o, io, o.kind as Kind, jsonLines(io, file, where), false, where);
  }
  const doc = new StreamedDocument(pieces(io, file));
  let kind: Kind | null = null;
  try {
    kind = doc.start();
  } catch (e) {
    if (!(e instanceof NotStreamable)) throw e;
  }
  if (kind !== null) {
    try {
      return writeCsv(file, o, io, kind, doc.records(), true, {
        get line() {
          return doc.recordLine;
        },
        get column() {
          return doc.recordColumn;
        },
      });
    } catch (e) {
      if (!(e instanceof NotStreamable)) throw e;
      // Not well-formed after all (nothing was written under OUT): read it whole for the error.
    }
  }
  const whole = jsonDocument(io, file);
  return writeCsv(file, o, io, whole.kind, whole.records);
}

/**
 * Where in the JSON input the record being read starts: its 1-based line (0: none yet) and, in a document
 * (where records may share a line: minified JSON), its column.
 */
interface RecordPlace {
  readonly line: number;
  readonly column?: number;
}

/** Records per checkpoint of {@link RecordPlaces}: a lookup adds up at most this many steps. */
const PLACE_BLOCK = 1024;
/** Columns kept for records with issues, at most (a record past them is placed by its line). */
const MAX_COLUMNS = 10_000;

/**
 * The line on which each of a series of records starts, in about a byte a record: the step in lines from the
 * record before (a larger step kept apart), and the line itself every {@link PLACE_BLOCK} records.
 */
class LineSteps {
  private steps: Uint8Array = new Uint8Array(PLACE_BLOCK);
  private readonly bigSteps = new Map<number, number>();
  private readonly marks: number[] = [];
  private last = 0;

  /** Record `i` (0-based, the next one) starts on `line`. */
  add(i: number, line: number): void {
    if (i === this.steps.length) {
      const grown = new Uint8Array(this.steps.length * 2);
      grown.set(this.steps);
      this.steps = grown;
    }
    const by = line - this.last;
    if (i % PLACE_BLOCK === 0) this.marks.push(line);
    else if (by < 255) this.steps[i] = by;
    else {
      this.steps[i] = 255;
      this.bigSteps.set(i, by);
    }
    this.last = line;
  }

  private step(i: number): number {
    const by = this.steps[i] as number;
    return by < 255 ? by : (this.bigSteps.get(i) as number);
  }

  /** The line of record `i` (0-based, one added). */
  lineOf(i: number): number {
    const first = i - (i % PLACE_BLOCK);
    let line = this.marks[first / PLACE_BLOCK] as number;
    for (let k = first + 1; k <= i; k++) line += this.step(k);
    return line;
  }

  /** The last of the first `count` records that starts on `line` (0-based), or null. */
  lastOn(line: number, count: number): number | null {
    let lo = 0;
    let hi = this.marks.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.marks[mid] as number) <= line) lo = mid;
      else hi = mid - 1;
    }
    if (this.marks.length === 0 || (this.marks[lo] as number) > line) return null;
    // Records on the same line across two blocks: the search took the later block, which holds the last of them.
    let found: number | null = null;
    let at = this.marks[lo] as number;
    const first = lo * PLACE_BLOCK;
    const end = Math.min(count, first + PLACE_BLOCK);
    for (let k = first; k < end; k++) {
      if (k > first) at += this.step(k);
      if (at > line) break;
      if (at === line) found = k;
    }
    return found;
  }
}

/**
 * Per record written, where it starts in the JSON input and in the CSV ({@link LineSteps} each: about 2 bytes
 * a record). Places a record's issues in the JSON, and the CSV lines that messages name (`otherLine`) at
 * their records there. The column (a document's records may share a line: minified JSON) is kept for the
 * records with issues only.
 */
class RecordPlaces {
  private readonly json = new LineSteps();
  private readonly csv = new LineSteps();
  private readonly columns = new Map<number, number>();
  private count = 0;

  /** The next record starts on JSON line `jsonLine` and CSV line `csvLine`. */
  add(jsonLine: number, csvLine: number): void {
    this.json.add(this.count, jsonLine);
    this.csv.add(this.count, csvLine);
    this.count++;
  }

  /** Keeps the column of the record just added (one with issues). */
  column(column: number): void {
    if (this.columns.size < MAX_COLUMNS) this.columns.set(this.count, column);
  }

  /** The JSON line and column (null: not kept) of record `n` (1-based), or null. */
  at(n: number): { line: number; column: number | null } | null {
    if (n < 1 || n > this.count) return null;
    return { line: this.json.lineOf(n - 1), column: this.columns.get(n) ?? null };
  }

  /**
   * The number of the record written on CSV line `line`, or null. A record that was not written (not an
   * object) starts where the next one does: the last record starting there is the one written.
   */
  recordOnCsvLine(line: number): number | null {
    const i = this.csv.lastOn(line, this.count);
    return i === null ? null : i + 1;
  }
}

/**
 * Writes the records as the CSV file `o.out` (see {@link runFromJson}); `rethrow` lets {@link NotStreamable}
 * through. The issues of records are reported where the records are in the JSON input: at the line (and in a
 * document the column) each starts on (`place`, read as each record is written), with the CSV lines their
 * messages name turned into JSON lines; else (a document read whole) by the record's number. The other
 * issues are reported at the CSV file.
 */
function writeCsv(
  file: string,
  o: FromJsonOptions,
  io: CliIo,
  kind: Kind,
  records: Iterable<unknown>,
  rethrow = false,
  place: RecordPlace | null = null,
): number {
  const outName = basename(o.out);
  const options = normalizeSerializeOptions({ ...o.serialize, locale: o.locale, fileName: outName });
  let target: FileWriter | null = null;
  let done = false;
  try {
    const writer = new RecordWriter(kind, options, WRITE_CHUNK + 4096);
    let emitting = true;
    const stopIfInvalid = (): void => {
      if (emitting && (!writer.encodable || (writer.issues.errorCount > 0 && !options.allowInvalid))) {
        emitting = false;
        target?.abort();
        target = null;
      }
    };
    target = outputFile(io, o.out);
    const places = place === null ? null : new RecordPlaces();
    for (const rec of records) {
      if (places !== null) places.add(place?.line ?? 0, writer.nextLine);
      const before = writer.issues.issues.length;
      writer.write(rec);
      if (places !== null && place?.column !== undefined && writer.issues.issues.length > before) places.column(place.column);
      stopIfInvalid();
      if (!emitting) writer.drop();
      else if (writer.sink.pos >= WRITE_CHUNK) (target as FileWriter).write(writer.take());
    }
    writer.finish();
    stopIfInvalid();
    if (emitting) {
      const t = target as FileWriter;
      t.write(writer.take());
      t.commit();
    }
    done = true;
    const { issues, errorCount, warningCount } = writer.issues;
    // A record's issues at the record in the JSON input (the CSV was not written, or is not what the user edits).
    const located = (i: Issue): string => {
      if (i.record === null) return issueLine(o.out, i);
      const at = places?.at(i.record) ?? null;
      if (at === null) return issueLine(`${file} (${messagesFor(o.locale).jsonRecord({ n: i.record })})`, { ...i, line: null, column: null });
      // A line of the CSV named in the message (the other record of a mixed month, a duplicate …): its JSON line.
      const params = i.params as { otherLine?: unknown };
      const otherRecord = typeof params.otherLine === 'number' ? (places?.recordOnCsvLine(params.otherLine) ?? null) : null;
      const other = otherRecord === null ? null : (places?.at(otherRecord)?.line ?? null);
      const message = other === null ? i.message : renderMessage(i.code, { ...i.params, otherLine: other } as never, o.locale);
      return issueLine(file, { ...i, message, line: at.line, column: at.column });
    };
    const code = report(io, o.out, issues, errorCount, warningCount, o, located);
    if (!emitting) {
      io.stderr(`careplan-csv: ${printable(messagesFor(o.locale).notWritten({ file: o.out }))}\n`);
      return EXIT.invalid;
    }
    return code;
  } catch (e) {
    if ((e as { code?: unknown }).code === 'io' || (rethrow && e instanceof NotStreamable)) throw e;
    throw new InternalError(file, e);
  } finally {
    if (!done) (target as FileWriter | null)?.abort();
  }
}
