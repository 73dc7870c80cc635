/** Bytes gathered before one write to the underlying stream. */
const FLUSH_AT = 64 * 1024;

/**
 * Gathers small writes (one line each) into pieces of about 64 KiB for the underlying writer, so that a
 * large report costs a few hundred writes, and never one string of its full size.
 */
export class BufferedOut {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly sink: (text: string) => void) {}

  readonly write = (text: string): void => {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= FLUSH_AT) this.flush();
  };

  flush(): void {
    if (this.size === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.sink(text);
  }
}

function skipped(v: unknown): boolean {
  return v === undefined || typeof v === 'function' || typeof v === 'symbol';
}

/**
 * Values (a string counts one per 64 characters) below which an object or array is stringified whole,
 * natively, rather than member by member: a file's report without issues has some 15, a send unit's 30.
 */
const WHOLE_BUDGET = 512;

/**
 * What remains of `budget` once the values in `v` are counted, or a negative number as soon as it runs
 * out: the walk stops there, so it never costs more than `budget` steps.
 */
function within(v: unknown, budget: number): number {
  if (typeof v === 'string') return budget - 1 - (v.length >> 6);
  if (typeof v !== 'object' || v === null) return budget - 1;
  let left = budget - 1;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length && left >= 0; i++) left = within(v[i], left);
    return left;
  }
  for (const k in v) {
    if (left < 0) break;
    left = within((v as Record<string, unknown>)[k], left - 1);
  }
  return left;
}

function emit(v: unknown, indent: string, depth: number, write: (text: string) => void): void {
  if (depth > 0 && typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function' && within(v, WHOLE_BUDGET) < 0) {
    const inner = `${indent}  `;
    if (Array.isArray(v)) {
      if (v.length === 0) {
        write('[]');
        return;
      }
      write('[\n');
      for (let i = 0; i < v.length; i++) {
        write(inner);
        const x: unknown = v[i];
        if (skipped(x)) write('null');
        else emit(x, inner, depth - 1, write);
        write(i < v.length - 1 ? ',\n' : '\n');
      }
      write(`${indent}]`);
      return;
    }
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o).filter((k) => !skipped(o[k]));
    if (keys.length === 0) {
      write('{}');
      return;
    }
    write('{\n');
    keys.forEach((k, i) => {
      write(`${inner}${JSON.stringify(k)}: `);
      emit(o[k], inner, depth - 1, write);
      write(i < keys.length - 1 ? ',\n' : '\n');
    });
    write(`${indent}}`);
    return;
  }
  const s = JSON.stringify(v, null, 2);
  write(indent === '' ? s : s.replaceAll('\n', `\n${indent}`));
}

/**
 * Writes `value` exactly as `JSON.stringify(value, null, 2)` would, but piece by piece: arrays and objects
 * down to `depth` levels are written member by member (only the members below are stringified whole),
 * so a report of millions of entries never has to fit in one string (V8 strings end at ~512 MB).
 */
export function writeJson(value: unknown, write: (text: string) => void, depth = 4): void {
  emit(value, '', depth, write);
}
