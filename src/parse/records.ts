/**
 * Rows → records: the stage of reading that maps a checked row onto the record model, and the reader's
 * observer that builds `parse`'s records and keeps where each one starts ({@link RecordBuilder}).
 * {@link recordFromRow} is the stage on its own.
 * @module
 */
import type { Layout } from '../schemas/layouts.js';
import { fieldText, spanEquals, type RowView } from '../validate/file-validator.js';
import type { CheckedRow, RecordSink, RowObserver } from './rows.js';
import { FIELD_ESCAPED_QUOTES } from './tokenize.js';

/**
 * Where each record read starts, in record order: the 1-based physical line and the byte offset in the
 * file (of the MS932 bytes read; for a string input, of its encoding). 12 bytes a record.
 */
export interface RecordPositions {
  readonly lines: Int32Array;
  readonly offsets: Float64Array;
}

/** Grows by doubling; {@link heapBytes} counts the capacity, for the record budget. */
class PositionList {
  private lines = new Int32Array(64);
  private offsets = new Float64Array(64);
  count = 0;

  push(line: number, offset: number): void {
    const n = this.count;
    if (n === this.lines.length) {
      const lines = new Int32Array(n * 2);
      lines.set(this.lines);
      this.lines = lines;
      const offsets = new Float64Array(n * 2);
      offsets.set(this.offsets);
      this.offsets = offsets;
    }
    this.lines[n] = line;
    this.offsets[n] = offset;
    this.count = n + 1;
  }

  get heapBytes(): number {
    return 12 * this.lines.length;
  }

  /** The positions kept (views of the lists, no copy). */
  result(): RecordPositions {
    return { lines: this.lines.subarray(0, this.count), offsets: this.offsets.subarray(0, this.count) };
  }
}

/**
 * The reader's observer that `parse` and the streams use: builds each checked row's record, gives it to
 * `sink`, and (with `keepPositions`) keeps where it starts. {@link heapBytes} estimates what it holds.
 */
export class RecordBuilder implements RowObserver {
  private interner: Interner | null = null;
  /** Estimated heap bytes of the records built, without their strings (counted by the interner). */
  private spent = 0;
  private readonly positions: PositionList | null;

  constructor(
    private readonly sink: RecordSink | null,
    keepPositions: boolean,
  ) {
    this.positions = keepPositions ? new PositionList() : null;
  }

  get heapBytes(): number {
    return this.spent + (this.interner?.allocated ?? 0) + (this.positions?.heapBytes ?? 0);
  }

  newBuffer(): void {
    this.interner?.newBuffer();
  }

  row(r: CheckedRow): void {
    this.positions?.push(r.line, r.byteOffset);
    if (this.sink === null) return;
    this.interner ??= new Interner();
    const record = toRecord(r.layout, r.view, this.interner);
    this.spent += recordHeapBytes(r.layout, record);
    this.sink(record, r.record, r.line, r.byteOffset, r.issuesFrom, r.errorsBefore);
  }

  /** Where the records start (empty without `keepPositions`). */
  result(): RecordPositions {
    return this.positions?.result() ?? { lines: new Int32Array(0), offsets: new Float64Array(0) };
  }
}

/**
 * The rows → records stage on its own: the record of one row read with `layout` (the 202407 keys in their
 * order; columns the row's version lacks are `''`, repeated groups are arrays, a row with the wrong column
 * count is mapped by position).
 */
export function recordFromRow(layout: Layout, row: RowView): Record<string, unknown> {
  return toRecord(layout, row, new Interner());
}

/**
 * Short ASCII values repeat across a file (versions, months, dates, codes, office numbers): one string
 * per distinct value saves memory and allocation, and keeps records compact in the heap. A small
 * direct-mapped cache, keyed by a hash of the bytes and checked byte for byte.
 */
const INTERN_SLOTS = 4096;
const INTERN_MAX = 12;

class Interner {
  private readonly slots: string[] = new Array<string>(INTERN_SLOTS).fill('\u0000');
  /** Estimated heap bytes of the strings made (not those taken from the cache): a header and the characters. */
  allocated = 0;
  /** The values of the record being built (see {@link toRecord}). */
  values: string[] = [];

  text(row: RowView, i: number): string {
    const b = row.bytes;
    const s = row.start[i] as number;
    const e = row.end[i] as number;
    const len = e - s;
    if (len === 0) return '';
    if (len > INTERN_MAX || ((row.flags[i] as number) & FIELD_ESCAPED_QUOTES) !== 0) return this.fresh(row, i);
    let h = len;
    for (let k = s; k < e; k++) {
      const c = b[k] as number;
      if (c >= 0x80) return this.fresh(row, i);
      h = (Math.imul(h, 31) + c) | 0;
    }
    const slot = (h ^ (h >>> 13)) & (INTERN_SLOTS - 1);
    const cached = this.slots[slot] as string;
    if (spanEquals(b, s, e, cached)) return cached;
    const t = fieldText(row, i);
    this.allocated += STRING_HEADER + t.length;
    this.slots[slot] = t;
    return t;
  }

  /**
   * A long or non-ASCII value: the previous row's string of the column when the bytes are the same (names
   * and texts repeat over the lines of one user), else a new string, counted at two bytes a character (a
   * non-ASCII one is a two-byte string).
   */
  private fresh(row: RowView, i: number): string {
    const b = row.bytes;
    const s = row.start[i] as number;
    const e = row.end[i] as number;
    const escaped = ((row.flags[i] as number) & FIELD_ESCAPED_QUOTES) !== 0;
    if (i >= this.colStart.length) this.growColumns(i + 1);
    const ps = this.colStart[i] as number;
    if (!escaped && ps >= 0 && (this.colEnd[i] as number) - ps === e - s && sameBytes(b, s, ps, e - s)) return this.colText[i] as string;
    const t = fieldText(row, i);
    this.allocated += STRING_HEADER + 2 * t.length;
    this.colStart[i] = escaped ? -1 : s;
    this.colEnd[i] = e;
    this.colText[i] = t;
    return t;
  }

  /** Per column, where its last new string came from in the buffer (-1: nowhere) and the string. */
  private colStart = new Int32Array(0);
  private colEnd = new Int32Array(0);
  private colText: string[] = [];

  private growColumns(n: number): void {
    const start = new Int32Array(Math.max(64, n * 2)).fill(-1);
    start.set(this.colStart);
    const end = new Int32Array(start.length);
    end.set(this.colEnd);
    this.colStart = start;
    this.colEnd = end;
  }

  /** A new buffer is read: the spans of the previous one mean nothing in it. */
  newBuffer(): void {
    this.colStart.fill(-1);
  }
}

/** Whether `len` bytes at `a` and at `b` are the same. */
function sameBytes(bytes: Uint8Array, a: number, b: number, len: number): boolean {
  for (let k = 0; k < len; k++) if (bytes[a + k] !== bytes[b + k]) return false;
  return true;
}

/** Heap bytes of a string besides its characters (header, rounding), as counted for the record budget. */
const STRING_HEADER = 24;
/** Heap bytes of an object besides its properties (map, properties, elements). */
const OBJECT_HEADER = 24;
/** Heap bytes of an array besides its elements (its object and its backing store's header). */
const ARRAY_HEADER = 48;
/** Per record, its slot in the array of records and that array's growth. */
const RECORD_SLOT = 16;

/** The heap bytes of a record without its strings, per layout: all but the items of its groups. */
const baseCost = new WeakMap<Layout, number>();

/**
 * Estimated heap bytes of a record built by {@link toRecord}, without its strings (counted where they are
 * made): one object of a slot per key, one array per group and an object per item.
 */
export function recordHeapBytes(layout: Layout, record: Record<string, unknown>): number {
  let cost = baseCost.get(layout);
  if (cost === undefined) {
    cost = RECORD_SLOT + OBJECT_HEADER + 8 * layout.recordKeys.length + ARRAY_HEADER * layout.groups.length;
    baseCost.set(layout, cost);
  }
  for (const g of layout.groups) {
    const items = record[g.key];
    if (Array.isArray(items)) cost += items.length * (8 + OBJECT_HEADER + 8 * g.members.length);
  }
  return cost;
}

/**
 * Maps a row onto the record model (the 202407 keys, in their order): columns the row's version lacks are
 * `''`; a row with the wrong column count is mapped by position (it already has an error). Repeated groups
 * become arrays.
 */
function toRecord(layout: Layout, row: RowView, interner: Interner): Record<string, unknown> {
  const n = Math.min(layout.fields.length, row.count);
  // The values in record-model order, then the layout's generated builder: an object literal of one shape
  // (measured faster than assigning the keys one by one, which are megamorphic stores). The builder copies
  // them, so one array serves every record (no garbage per record).
  const size = layout.recordFields.length;
  let values = interner.values;
  if (values.length !== size) interner.values = values = new Array<string>(size);
  values.fill('');
  const index = layout.recordIndex;
  for (let i = 0; i < n; i++) values[index[i] as number] = interner.text(row, i);
  return layout.buildRecord(values);
}
