import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../src/api.js';
import type { ParseOptions } from '../../src/options.js';
import { SUPPORTED_KINDS } from '../../src/schemas/layouts.js';
import { parseStream, validateStream } from '../../src/stream/read-stream.js';
import { mutatedFile, validFile } from '../../src/testing/index.js';
import { byteByByte, collect, cutAt, smallLimits, sourceKind, sourceOf, type SourceKind } from './harness.js';

const kind = fc.constantFrom(...SUPPORTED_KINDS);
const cuts = fc.array(fc.nat(), { maxLength: 16 });
/** Options that change what is read: the limits (often), skipHeader, the uncertain requirements. */
const extra: fc.Arbitrary<ParseOptions> = fc
  .tuple(fc.option(smallLimits, { nil: undefined, freq: 2 }), fc.boolean(), fc.boolean(), fc.boolean())
  .map(([limits, skipHeader, requireUncertainFields, includeValues]) => ({ ...limits, skipHeader, requireUncertainFields, includeValues }));

/** Streams the chunks both ways and compares with parse / validate of the whole bytes. */
async function same(bytes: Uint8Array, chunks: Uint8Array[], how: SourceKind, options: ParseOptions): Promise<void> {
  const whole = parse(bytes, options);
  const { records, ...summary } = whole;
  expect(summary).toEqual(validate(bytes, options));
  expect(await validateStream(sourceOf(chunks, how), options)).toEqual(summary);
  const streamed = await collect(parseStream(sourceOf(chunks, how), options));
  expect(streamed.result).toEqual(summary);
  expect(streamed.records.map((r) => r.record)).toEqual(records);
  expect(streamed.records.map((r) => r.recordNumber)).toEqual(records.map((_, i) => i + 1));
  // Where each record is does not depend on the cuts either.
  const single = await collect(parseStream([bytes], options));
  expect(streamed.records).toEqual(single.records);
  // Each record carries its own issues as listed in the result.
  for (const r of streamed.records) {
    for (const i of r.issues) expect(i.record).toBe(r.recordNumber);
    const listed = summary.issues.filter((i) => i.record === r.recordNumber);
    expect(listed.slice(0, r.issues.length)).toEqual(r.issues);
  }
}

describe('streaming reader: any chunking gives exactly what parse / validate give', () => {
  it('valid files of every kind', async () => {
    await fc.assert(
      fc.asyncProperty(
        kind.chain((k) => validFile(k, { maxRecords: 6 })),
        cuts,
        sourceKind,
        extra,
        async (f, c, how, options) => same(f.bytes, cutAt(f.bytes, c), how, { fileName: f.fileName, ...options }),
      ),
      { numRuns: 300 },
    );
  });

  it('files broken in every known way (bad bytes, UTF-8, quotes, line breaks, columns, values …)', async () => {
    await fc.assert(
      fc.asyncProperty(
        kind.chain((k) => mutatedFile(k, { maxRecords: 6 })),
        cuts,
        sourceKind,
        extra,
        async (m, c, how, options) => same(m.bytes, cutAt(m.bytes, c), how, { fileName: m.file.fileName, ...options }),
      ),
      { numRuns: 300 },
    );
  });

  it('cut after every byte', async () => {
    await fc.assert(
      fc.asyncProperty(
        kind.chain((k) => mutatedFile(k, { maxRecords: 3 })),
        extra,
        async (m, options) => same(m.bytes, byteByByte(m.bytes), 'array', { fileName: m.file.fileName, ...options }),
      ),
      { numRuns: 60 },
    );
  });

  it('any bytes at all', async () => {
    const noise = fc.uint8Array({ maxLength: 400 });
    const syntax = fc
      .array(fc.constantFrom(0x22, 0x22, 0x2c, 0x2c, 0x0d, 0x0a, 0x32, 0x30, 0x83, 0x5c, 0xef, 0xbb, 0xbf, 0xe3, 0x81, 0x82), { maxLength: 400 })
      .map((a) => Uint8Array.from(a));
    await fc.assert(
      fc.asyncProperty(fc.oneof(noise, syntax), cuts, sourceKind, extra, async (bytes, c, how, options) =>
        same(bytes, cutAt(bytes, c), how, { kind: 'table6Plan', ...options }),
      ),
      { numRuns: 500 },
    );
  });
});
