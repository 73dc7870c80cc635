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

function emit(v: unknown, indent: string, depth: number, write: (text: string) => void): void {
  if (depth > 0 && typeof v === 'object' && v !== null && typeof (v as { toJSON?: unknown }).toJSON !== 'function') {
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
