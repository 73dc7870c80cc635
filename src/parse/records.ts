/**
 * Rows → records: the stage of reading that maps a checked row onto the record model, and the reader's
 * observer that builds `parse`'s records and keeps where each one starts ({@link RecordBuilder}).
 * {@link recordFromRow} is the stage on its own.
 * @module
 */
import { ASCII_CHARS } from '../encoding/decode.js';
import type { Layout } from '../schemas/layouts.js';
import { type RowView, spanText } from '../validate/file-validator.js';
import type { CheckedRow, RecordSink, RowObserver } from './rows.js';
import { FIELD_ESCAPED_QUOTES, FIELD_QUOTED } from './tokenize.js';

/**
 * Where each record read starts, in record order: the 1-based physical line and the byte offset in the
 * file (of the MS932 bytes read; for a string input, of its encoding). 12 bytes a record.
 */
export interface RecordPositions {
  readonly lines: Int32Array;
  readonly offsets: Float64Array;
}

/**
 * Grows by doubling, or, when the size of the input is known (a whole buffer), to the record count the
 * bytes read so far predict for the whole input (see {@link grownSize}): copied while small and little
 * room to spare, instead of up to half the lists unused and the previous lists garbage at the end, when the
 * records are all there. {@link heapBytes} counts the capacity, for the record budget.
 */
class PositionList {
  private lines = new Int32Array(64);
  private offsets = new Float64Array(64);
  /** The capacity of the lists replaced last: garbage until the next collection, counted until then as held. */
  private previous = 0;
  count = 0;

  /** @param inputBytes - the size of the whole input in bytes, or 0 when it is not known (a stream). */
  constructor(private readonly inputBytes: number) {}

  push(line: number, offset: number): void {
    const n = this.count;
    if (n === this.lines.length) this.grow(offset);
    this.lines[n] = line;
    this.offsets[n] = offset;
    this.count = n + 1;
  }

  /** Makes room for more records, the next one starting at byte `offset`. */
  private grow(offset: number): void {
    const size = grownSize(this.count, offset, this.inputBytes);
    this.previous = this.lines.length;
    const lines = new Int32Array(size);
    lines.set(this.lines);
    this.lines = lines;
    const offsets = new Float64Array(size);
    offsets.set(this.offsets);
    this.offsets = offsets;
  }

  /** The lists' capacity, and that of the lists they replaced (which may not be collected yet). */
  get heapBytes(): number {
    return 12 * (this.lines.length + this.previous);
  }

  /** The positions kept (views of the lists, no copy). */
  result(): RecordPositions {
    return { lines: this.lines.subarray(0, this.count), offsets: this.offsets.subarray(0, this.count) };
  }
}

/**
 * The room for records after `n` of them, the next one starting at byte `offset` of an input of
 * `inputBytes` (0: not known): twice as much, or when the size is known the count the bytes read so far
 * predict for the whole input (2% more, and at least an eighth more) as soon as that count is at most
 * {@link TRUSTED_GROWTH} times `n`. A list is then copied while it is small (a 第6表 file: at a quarter of its
 * records or less) and not again, instead of doubling up to its last copy, which left most of a list's
 * size as garbage beside the full list at the end of `parse`, its peak. A prediction further ahead is not
 * trusted (rows much shorter than the layout's, a header, hostile input) and the list doubles.
 */
export function grownSize(n: number, offset: number, inputBytes: number): number {
  const twice = Math.max(64, n * 2);
  if (inputBytes <= offset || offset <= 0) return twice;
  const predicted = Math.ceil((n / offset) * inputBytes * 1.02) + 64;
  if (predicted > TRUSTED_GROWTH * n) return twice;
  return Math.max(predicted, n + (n >> 3));
}

/** How many times its present count a list grows to at once when the input's size predicts it (see {@link grownSize}). */
const TRUSTED_GROWTH = 8;

/**
 * The records of a whole buffer (`parse`), in an array sized as the positions are (see {@link PositionList}):
 * an array grown by `push` holds up to half again as many slots as records at the end, and its previous
 * backing store, when every record is there.
 */
export class RecordList {
  private items: Record<string, unknown>[] = [];
  private count = 0;

  constructor(private readonly inputBytes: number) {}

  /** Adds the record that starts at byte `offset`. */
  readonly push = (record: Record<string, unknown>, _n: number, _line: number, offset: number): void => {
    const n = this.count;
    if (n === this.items.length) {
      const items = new Array<Record<string, unknown>>(grownSize(n, offset, this.inputBytes));
      const old = this.items;
      for (let k = 0; k < n; k++) items[k] = old[k] as Record<string, unknown>;
      this.items = items;
    }
    this.items[n] = record;
    this.count = n + 1;
  };

  /** The records, in an array of their number. */
  result(): Record<string, unknown>[] {
    const items = this.items;
    items.length = this.count;
    return items;
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
    /** The size of the whole input in bytes when it is known (a whole buffer), else 0: sizes the positions kept. */
    inputBytes = 0,
  ) {
    this.positions = keepPositions ? new PositionList(inputBytes) : null;
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
 * Values repeat across a file: versions, months, dates, codes and office numbers everywhere, names and
 * texts over the lines of one user, provider names over the whole file. One string per distinct value
 * saves memory, allocation and decoding (the costly part of building a record), and keeps records compact
 * in the heap. Two caches, both checked byte for byte:
 * - per column, the previous row's value (where it lay in the buffer and its string): most columns of a
 *   row repeat the row before;
 * - a small direct-mapped cache of short values (ASCII or not), keyed by a hash of the bytes, with a copy
 *   of the bytes of each value it holds.
 */
const INTERN_SLOTS = 4096;
/** Longest value (in bytes) the hashed cache holds. */
const INTERN_MAX = 48;
/** Misses in a row after which a column's values are decoded without the hashed cache, for {@link SKIP_VALUES} values. */
const MISSES_BEFORE_SKIP = 16;
const SKIP_VALUES = 256;

class Interner {
  /** Per slot: its value's length in bytes (-1: empty), its bytes (INTERN_MAX a slot) and its string. */
  private readonly slotLen = new Int32Array(INTERN_SLOTS).fill(-1);
  private readonly slotWords = new DataView(new ArrayBuffer(INTERN_SLOTS * INTERN_MAX));
  private readonly slotText: string[] = new Array<string>(INTERN_SLOTS).fill('');
  /** Estimated heap bytes of the strings made (not those taken from a cache): a header and the characters. */
  allocated = 0;
  /** The values of the record being built (see {@link toRecord}). */
  values: string[] = [];

  /**
   * Makes the strings of the row's first `n` fields, left in {@link colText} (field `i` at `i`). The
   * common case (the previous row's value of the column) is checked inline; the rest goes to
   * {@link lookUp}.
   */
  fill(row: RowView, n: number): void {
    if (n > this.colStart.length) this.growColumns(n);
    const b = row.bytes;
    const start = row.start;
    const end = row.end;
    const flags = row.flags;
    const colStart = this.colStart;
    const colEnd = this.colEnd;
    const colText = this.colText;
    if (n === 0) return;
    // Where the row starts (before the opening quote of a quoted first field) and ends (its last field's end).
    const r0 = (start[0] as number) - ((flags[0] as number) & FIELD_QUOTED);
    const r1 = end[n - 1] as number;
    // The bytes the row shares with the previous row from their starts: the fields that end inside them —
    // their closing quote or delimiter and the byte after it too, so that the tokenizer read them alike —
    // are the previous row's fields, whose strings are in colText already (one loop over the bytes instead
    // of one comparison per field: rows of one user repeat their first columns).
    let i = 0;
    const p0 = this.prevRow;
    if (b !== this.words.bytes) this.words = wordsOf(b);
    const words = this.words.view;
    if (p0 >= 0) {
      const same = commonPrefix(b, words, r0, p0, Math.min(r1 - r0, this.prevRowEnd - p0));
      const last = Math.min(n, this.prevCount);
      while (i < last && (end[i] as number) - r0 + 1 < same) i++;
    }
    this.prevRow = r0;
    this.prevRowEnd = r1;
    this.prevCount = n;
    for (; i < n; i++) {
      const s = start[i] as number;
      const e = end[i] as number;
      const len = e - s;
      if (len === 0) {
        colStart[i] = s;
        colEnd[i] = s;
        colText[i] = '';
      } else if (((flags[i] as number) & FIELD_ESCAPED_QUOTES) === 0) {
        const ps = colStart[i] as number;
        // colText[i] is the string already when the bytes are the previous row's.
        if (ps >= 0 && (colEnd[i] as number) - ps === len && sameBytesIn(words, s, words, ps, len)) continue;
        this.lookUp(row, i, s, e);
      } else {
        colStart[i] = -1;
        colText[i] = this.decode(b, s, e, true);
      }
    }
  }

  /** The string of field `i` (`b[s, e)`, without escaped quotes) from the hashed cache or decoded; kept as its column's last. */
  private lookUp(row: RowView, i: number, s: number, e: number): void {
    const b = row.bytes;
    const len = e - s;
    let t: string;
    const skip = this.colSkip[i] as number;
    if (len === 1 && (b[s] as number) < 0x80) {
      t = ASCII_CHARS[b[s] as number] as string; // codes such as 1 or 2: one string each, nothing to look up
    } else if (len > INTERN_MAX || skip > 0) {
      if (skip > 0) this.colSkip[i] = skip - 1;
      t = this.decode(b, s, e, false);
    } else {
      const words = this.words.view;
      // The hash of at most 12 bytes: the first four, the middle four and the last four (all of a value
      // up to 12 bytes; longer ones differ there too: dates, numbers, names). Values alike there collide,
      // which costs a miss, never a wrong string (the bytes are compared).
      let h: number;
      if (len >= 4) {
        h = Math.imul(words.getInt32(s, true), 0x9e3779b1) ^ Math.imul(words.getInt32(e - 4, true) + len, 0x85ebca6b);
        h = (h + Math.imul(words.getInt32(s + ((len - 4) >> 1), true), 0xc2b2ae35)) | 0;
      } else {
        h = len;
        for (let k = s; k < e; k++) h = (Math.imul(h, 31) + (b[k] as number)) | 0;
      }
      const slot = (h ^ (h >>> 15) ^ (h >>> 27)) & (INTERN_SLOTS - 1);
      const at = slot * INTERN_MAX;
      const cache = this.slotWords;
      if (this.slotLen[slot] === len && sameBytesIn(words, s, cache, at, len)) {
        t = this.slotText[slot] as string;
        this.colMisses[i] = 0;
      } else {
        t = this.decode(b, s, e, false);
        this.slotLen[slot] = len;
        copyBytes(words, s, cache, at, len); // no view object per value
        this.slotText[slot] = t;
        // A column of values that do not repeat (names, numbers of persons) is not cached for a while.
        const misses = (this.colMisses[i] as number) + 1;
        this.colMisses[i] = misses === MISSES_BEFORE_SKIP ? 0 : misses;
        if (misses === MISSES_BEFORE_SKIP) this.colSkip[i] = SKIP_VALUES;
      }
    }
    this.colStart[i] = s;
    this.colEnd[i] = e;
    this.colText[i] = t;
  }

  /**
   * A new string of the field, counted at one byte a character when it is as long as its bytes (ASCII),
   * else at two (a non-ASCII string is a two-byte one). A value with escaped quotes is never cached.
   */
  private decode(b: Uint8Array, s: number, e: number, escaped: boolean): string {
    const t = spanText(b, s, e, escaped);
    this.allocated += STRING_HEADER + (t.length === e - s && !escaped ? t.length : 2 * t.length);
    return t;
  }

  /** Per column, where its last value lay in the buffer (-1: nowhere) and its string. */
  private colStart = new Int32Array(0);
  private colEnd = new Int32Array(0);
  colText: string[] = [];
  /** Per column, its cache misses in a row, and how many of its next values skip the cache. */
  private colMisses = new Int32Array(0);
  private colSkip = new Int32Array(0);

  private growColumns(n: number): void {
    const start = new Int32Array(Math.max(64, n * 2)).fill(-1);
    start.set(this.colStart);
    const end = new Int32Array(start.length);
    end.set(this.colEnd);
    this.colStart = start;
    this.colEnd = end;
    const misses = new Int32Array(start.length);
    misses.set(this.colMisses);
    this.colMisses = misses;
    const skip = new Int32Array(start.length);
    skip.set(this.colSkip);
    this.colSkip = skip;
    const text = new Array<string>(start.length).fill('');
    for (let k = 0; k < this.colText.length; k++) text[k] = this.colText[k] as string;
    this.colText = text;
  }

  /** Where the previous row filled starts and ends in the buffer (-1: none in this buffer), and its field count. */
  private prevRow = -1;
  private prevRowEnd = -1;
  private prevCount = 0;

  /** The buffer being read, viewed four bytes at a time. */
  private words: Words = NO_WORDS;

  /** A new buffer is read: the spans of the previous one mean nothing in it. */
  newBuffer(): void {
    this.colStart.fill(-1);
    this.prevRow = -1;
    this.words = NO_WORDS;
  }
}

/** A buffer and a view of it that reads four bytes at a time (for {@link commonPrefix}). */
interface Words {
  readonly bytes: Uint8Array;
  readonly view: DataView;
}

function wordsOf(bytes: Uint8Array): Words {
  return { bytes, view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

const NO_WORDS = wordsOf(new Uint8Array(0));

/**
 * How many of the `max` bytes at `x` and at `y` of `b` (`words` views it) are the same from the start:
 * four bytes a step, then byte by byte (about three times fewer steps than a byte loop on the values and
 * rows compared here).
 */
function commonPrefix(b: Uint8Array, words: DataView, x: number, y: number, max: number): number {
  let k = 0;
  const last = max - 4;
  while (k <= last && words.getInt32(x + k, true) === words.getInt32(y + k, true)) k += 4;
  while (k < max && b[x + k] === b[y + k]) k++;
  return k;
}

/** Whether `len` bytes at `a` of `x` and at `b` of `y` are the same. */
function sameBytesIn(x: DataView, a: number, y: DataView, b: number, len: number): boolean {
  let k = 0;
  for (; k <= len - 4; k += 4) if (x.getInt32(a + k, true) !== y.getInt32(b + k, true)) return false;
  for (; k < len; k++) if (x.getUint8(a + k) !== y.getUint8(b + k)) return false;
  return true;
}

/** Copies `len` bytes at `a` of `x` to `b` of `y`. */
function copyBytes(x: DataView, a: number, y: DataView, b: number, len: number): void {
  let k = 0;
  for (; k <= len - 4; k += 4) y.setInt32(b + k, x.getInt32(a + k, true), true);
  for (; k < len; k++) y.setUint8(b + k, x.getUint8(a + k));
}

/** Heap bytes of a string besides its characters (header, rounding), as counted for the record budget. */
const STRING_HEADER = 24;
/** Heap bytes of an object besides its properties (map, properties, elements). */
const OBJECT_HEADER = 24;
/** Heap bytes of an array besides its elements (its object and its backing store's header). */
const ARRAY_HEADER = 48;
/**
 * Per record, its slot in the array of records and that array's growth, at worst: just after doubling, two
 * slots per record in the array and one in the array it replaced (garbage until the next collection).
 */
const RECORD_SLOT = 24;

/** The heap bytes of a record without its strings, per layout: all but the items of its groups. */
const baseCost = new WeakMap<Layout, number>();
/** The last layout without groups whose cost was asked, and that cost (no map lookup per record). */
let lastCostLayout: Layout | null = null;
let lastCost = 0;

/**
 * Estimated heap bytes of a record built by {@link toRecord}, without its strings (counted where they are
 * made): one object of a slot per key, one array per group and an object per item.
 */
export function recordHeapBytes(layout: Layout, record: Record<string, unknown>): number {
  if (layout.groups.length === 0 && layout === lastCostLayout) return lastCost;
  let cost = baseCost.get(layout);
  if (cost === undefined) {
    cost = RECORD_SLOT + OBJECT_HEADER + 8 * layout.recordKeys.length + ARRAY_HEADER * layout.groups.length;
    baseCost.set(layout, cost);
  }
  if (layout.groups.length === 0) {
    lastCostLayout = layout;
    lastCost = cost;
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
  interner.fill(row, n);
  // The layout's generated builder: an object literal of one shape (measured faster than assigning the keys
  // one by one, which are megamorphic stores). It copies the values, so one array serves every record (no
  // garbage per record). A full row of a layout whose columns are the record model's, in order (the
  // current version's), is built straight from the interner's column strings.
  const size = layout.recordFields.length;
  if (n === size && isIdentity(layout)) return layout.buildRecord(interner.colText);
  let values = interner.values;
  if (values.length !== size) interner.values = values = new Array<string>(size);
  values.fill('');
  const index = layout.recordIndex;
  const text = interner.colText;
  for (let i = 0; i < n; i++) values[index[i] as number] = text[i] as string;
  return layout.buildRecord(values);
}

/** Whether a layout's field `i` is the record model's field `i`, for every field (see {@link toRecord}). */
let identityLayout: Layout | null = null;
const identity = new WeakMap<Layout, boolean>();
function isIdentity(layout: Layout): boolean {
  if (layout === identityLayout) return true;
  let yes = identity.get(layout);
  if (yes === undefined) {
    const index = layout.recordIndex;
    yes = index.length === layout.recordFields.length && index.every((v, i) => v === i);
    identity.set(layout, yes);
  }
  if (yes) identityLayout = layout;
  return yes;
}
