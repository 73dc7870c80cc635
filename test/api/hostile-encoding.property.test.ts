import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serialize, summary, validate } from '../../src/api.js';
import { decodeMs932 } from '../../src/encoding/decode.js';
import { encodeMs932 } from '../../src/encoding/encode.js';
import type { Issue } from '../../src/issues/types.js';
import type { ParseOptions } from '../../src/options.js';
import { MAX_ENCODING_ISSUES_PER_FIELD } from '../../src/parse/rows.js';
import { validateStream } from '../../src/stream/read-stream.js';
import { validRecord } from '../helpers/table6.js';
import { expectWellFormed } from '../helpers/well-formed.js';
import { cutAt } from '../stream/harness.js';

// Fuzz of the encoding paths with hostile inputs (issue 9): long fields of invalid bytes and 外字, long
// strings of characters outside MS932. 10,000 inputs in all (2,000 byte files, 5,000 strings, 3,000
// serializations), every run; generous timeouts, as a loaded machine runs them slowly.
const MAX = MAX_ENCODING_ISSUES_PER_FIELD;
const ENCODING_CODES = new Set([
  'encoding.invalidBytes',
  'encoding.userDefinedChar',
  'encoding.unmappable',
  'encoding.converted',
  'encoding.replaced',
  'encoding.moreInField',
]);

const bytesOf = (text: string): number[] => [...(encodeMs932(text).bytes as Uint8Array)];

/** One bad sequence: never-valid bytes, a lone lead byte, unassigned codes, or 外字 (F040–F9FC). */
const badUnit: fc.Arbitrary<number[]> = fc.oneof(
  fc.constantFrom<number[]>([0x80], [0xa0], [0xfd], [0xfe], [0xff], [0x82], [0x85, 0x40], [0xeb, 0x9f]),
  fc
    .tuple(
      fc.integer({ min: 0xf0, max: 0xf9 }),
      fc.integer({ min: 0x40, max: 0xfc }).filter((t) => t !== 0x7f),
    )
    .map(([lead, trail]) => [lead, trail]),
);

/** Bad sequences repeated, adjacent or each followed by a valid character (then each is a run of its own). */
const badRun = (maxTimes: number): fc.Arbitrary<number[]> =>
  fc
    .tuple(
      fc.array(badUnit, { minLength: 1, maxLength: 3 }),
      fc.integer({ min: 1, max: maxTimes }),
      fc.constantFrom([], [0x41], bytesOf('あ'), [0x0a]),
    )
    .map(([units, times, gap]) => {
      const out: number[] = [];
      for (let k = 0; k < times; k++) for (const u of units) out.push(...u, ...gap);
      return out;
    });

const goodPiece: fc.Arbitrary<number[]> = fc.constantFrom('A', '12', 'あい', 'ｱ', '漢字', ' ', '""', ',', '\r\n', '\n', '\r').map(bytesOf);

/** A field: pieces of good text and bad runs, some of them long (up to 1,500 repetitions of up to 3 units). */
const field: fc.Arbitrary<{ quoted: boolean; bytes: number[] }> = fc.record({
  quoted: fc.boolean(),
  bytes: fc
    .array(fc.oneof({ weight: 12, arbitrary: goodPiece }, { weight: 12, arbitrary: badRun(20) }, { weight: 1, arbitrary: badRun(1_500) }), {
      maxLength: 6,
    })
    .map((parts) => parts.flat()),
});

/** A file of 1–3 records of 1–8 fields (unquoted fields keep their delimiters: more faults, on purpose). */
const hostileFile: fc.Arbitrary<Uint8Array> = fc
  .array(fc.tuple(fc.array(field, { minLength: 1, maxLength: 8 }), fc.constantFrom('\r\n', '\n', '')), { minLength: 1, maxLength: 3 })
  .map((records) => {
    const out: number[] = [];
    for (const [fields, eol] of records) {
      fields.forEach((f, k) => {
        if (k > 0) out.push(0x2c);
        if (f.quoted) out.push(0x22);
        for (const b of f.bytes) out.push(b);
        if (f.quoted) out.push(0x22);
      });
      out.push(...bytesOf(eol));
    }
    return Uint8Array.from(out);
  });

const readOptions: fc.Arbitrary<ParseOptions> = fc.constantFrom<ParseOptions>(
  {},
  { maxFieldBytes: 100 },
  { maxRecordBytes: 300 },
  { maxIssues: 5 },
  { includeValues: true, locale: 'en' },
);

/** Encoding issues of one field: at most MAX listed, then at most one encoding.moreInField, last. */
function expectBoundedPerField(issues: readonly Issue[]): void {
  const perField = new Map<string, string[]>();
  for (const i of issues) {
    if (!ENCODING_CODES.has(i.code) || i.record === null || i.column === null) continue;
    const key = `${i.record}:${i.column}`;
    perField.set(key, [...(perField.get(key) ?? []), i.code]);
  }
  for (const codes of perField.values()) {
    expect(codes.length).toBeLessThanOrEqual(MAX + 1);
    const more = codes.indexOf('encoding.moreInField');
    if (more >= 0) expect(more).toBe(MAX);
  }
}

/** Each issue of bad bytes is at a problem the decoder reports, and a run covers adjacent problems of one kind. */
function expectAtDecoderProblems(bytes: Uint8Array, issues: readonly Issue[]): void {
  const problems = new Map(decodeMs932(bytes).problems.map((p) => [p.offset, p]));
  for (const i of issues) {
    if (i.code !== 'encoding.invalidBytes' && i.code !== 'encoding.userDefinedChar') continue;
    const code = i.code === 'encoding.invalidBytes' ? 'invalid' : 'userDefined';
    let at = i.byteOffset as number;
    expect(problems.get(at)?.code).toBe(code);
    if (code === 'invalid') {
      const end = at + Number(i.params.actual);
      while (at < end) {
        const p = problems.get(at);
        expect(p?.code).toBe('invalid');
        at += p!.length;
      }
      expect(at).toBe(end);
    }
  }
}

const noCodePoints = (issues: readonly Issue[]): boolean =>
  issues.every((i) => i.params.codePoint === undefined && !/U\+(?!3013|003F|FFFF)/.test(i.message));

/** {@link expectWellFormed} on a result whose issues may carry values (with includeValues). */
function expectWellFormedResult(
  r: { issues: readonly Issue[]; errorCount: number; warningCount: number; infoCount?: number; ok: boolean; truncated?: boolean },
  limits = {},
): void {
  if (r.truncated === true) {
    // maxIssues reached: the counts include issues that are not listed (info issues counted apart).
    expect(r.errorCount + r.warningCount + (r.infoCount ?? 0)).toBeGreaterThanOrEqual(r.issues.length);
    expect(r.ok).toBe(r.errorCount === 0);
    return;
  }
  expectWellFormed({ ...r, issues: r.issues.map(({ value: _, ...i }) => i) }, limits);
}

describe('hostile encoding input: never throws, bounded issues per field, whole = stream', () => {
  it('bytes: validate, parse and validateStream (cut anywhere) agree, on long runs of bad bytes and 外字', async () => {
    await fc.assert(
      fc.asyncProperty(hostileFile, readOptions, fc.array(fc.nat(), { maxLength: 4 }), async (bytes, options, cuts) => {
        const o = { kind: 'table6Plan' as const, ...options };
        const v = validate(bytes, o);
        expectWellFormedResult(v, { bytes: bytes.length });
        expectBoundedPerField(v.issues);
        expectAtDecoderProblems(bytes, v.issues);
        const p = parse(bytes, o);
        expect(summary(p)).toEqual(v);
        expect(p.records.length).toBe(p.recordCount);
        expect(await validateStream(cutAt(bytes, cuts), o)).toEqual(v);
      }),
      { numRuns: 2_000 },
    );
  }, 600_000);

  const unit = fc.constantFrom('é', '김', '😀', '\uD800', '〜', '−', '¥', '\u0085', '\uE000', 'A', 'あ', '漢', ',', '"', '\r\n', '\n');
  const text = fc
    .array(
      fc.oneof(
        { weight: 6, arbitrary: unit },
        { weight: 1, arbitrary: fc.tuple(unit, fc.integer({ min: 1, max: 3_000 })).map(([u, n]) => u.repeat(n)) },
        { weight: 1, arbitrary: fc.integer({ min: 1, max: 3_000 }).map((n) => 'A'.repeat(n)) },
      ),
      { maxLength: 20 },
    )
    .map((parts) => parts.join(''));

  it('strings: parse(string) reads what its MS932 form holds, with bounded issues and no code points unless asked', () => {
    fc.assert(
      fc.property(text, readOptions, (input, options) => {
        const o = { kind: 'table6Plan' as const, ...options };
        const r = parse(input, o);
        expectWellFormedResult(r);
        expectBoundedPerField(r.issues);
        if (options.includeValues !== true) expect(noCodePoints(r.issues)).toBe(true);
        expect(summary(r)).toEqual(validate(input, o));
        // 〓 stands in for each character outside MS932: the records are those of the bytes.
        const encoded = encodeMs932(input, { unmappable: { replacement: '〓' } }).bytes as Uint8Array;
        expect(r.records).toEqual(parse(encoded, o).records);
      }),
      { numRuns: 5_000 },
    );
  }, 600_000);

  it('serialize: free text with long runs of characters outside MS932', () => {
    const free = fc.constantFrom('planManagerName', 'providerName', 'equipmentName');
    const options = fc.record({
      unmappable: fc.constantFrom<'error' | { replacement: string }>('error', { replacement: '〓' }, { replacement: '?' }),
      variants: fc.constantFrom<'convert' | 'error'>('convert', 'error'),
      includeValues: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(fc.dictionary(free, text, { maxKeys: 3 }), { minLength: 1, maxLength: 3 }), options, (sets, o) => {
        const records = sets.map((set) => validRecord(set));
        const out = serialize('table6Plan', records, o);
        expectWellFormedResult(out, { records: records.length, columns: 25 });
        expectBoundedPerField(out.issues);
        if (!o.includeValues) expect(noCodePoints(out.issues)).toBe(true);
        if (out.bytes !== null)
          expect(parse(out.bytes, { kind: 'table6Plan', maxFieldBytes: 2 ** 20, maxRecordBytes: 2 ** 24 }).recordCount).toBe(records.length);
      }),
      { numRuns: 3_000 },
    );
  }, 600_000);
});
