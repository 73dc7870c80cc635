/**
 * Helpers of the streaming reader tests: bytes cut into chunks, served by each kind of source, and the
 * records of a parseStream collected.
 */
import fc from 'fast-check';
import type { ParseOptions } from '../../src/options.js';
import type { SupportedKind } from '../../src/schemas/layouts.js';
import type { RecordStream, StreamedRecord } from '../../src/stream/read-stream.js';
import type { ByteSource } from '../../src/stream/source.js';

/** `bytes` cut at `cuts` (taken modulo the length, duplicates and order do not matter). */
export function cutAt(bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let from = 0;
  for (const to of [...points, bytes.length]) {
    // Copies, so that a reader keeping a reference to a chunk would be caught by the comparisons.
    out.push(bytes.slice(from, to));
    from = to;
  }
  return out;
}

/** Every byte its own chunk. */
export const byteByByte = (bytes: Uint8Array): Uint8Array[] => Array.from(bytes, (b) => Uint8Array.of(b));

export type SourceKind = 'array' | 'async' | 'readable';
export const sourceKind: fc.Arbitrary<SourceKind> = fc.constantFrom('array', 'async', 'readable');

/** The chunks as a source of the given kind. */
export function sourceOf(chunks: readonly Uint8Array[], kind: SourceKind): ByteSource {
  if (kind === 'array') return chunks;
  if (kind === 'async') {
    return (async function* () {
      for (const c of chunks) yield c;
    })();
  }
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const c = chunks[i++];
      if (c === undefined) controller.close();
      else controller.enqueue(c);
    },
  });
}

/** Every record of a parseStream, and its result. */
export async function collect<K extends SupportedKind>(
  stream: RecordStream<K>,
): Promise<{ records: StreamedRecord<K>[]; result: Awaited<RecordStream['result']> }> {
  const records: StreamedRecord<K>[] = [];
  for await (const r of stream) records.push(r);
  return { records, result: await stream.result };
}

/** Limits small enough to be reached by small files (each one present or not). */
export const smallLimits: fc.Arbitrary<ParseOptions> = fc
  .record(
    {
      maxRecordBytes: fc.integer({ min: 1, max: 600 }),
      maxFieldBytes: fc.integer({ min: 1, max: 80 }),
      maxRecords: fc.integer({ min: 1, max: 8 }),
      maxIssues: fc.integer({ min: 0, max: 12 }),
      maxErrors: fc.integer({ min: 1, max: 6 }),
      maxFileBytes: fc.integer({ min: 1, max: 3000 }),
    },
    { requiredKeys: [] },
  )
  .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as ParseOptions);
