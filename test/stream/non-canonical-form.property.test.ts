import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serialize, validate } from '../../src/api.js';
import { parseStream, validateStream } from '../../src/stream/read-stream.js';
import { cellsOf, validRecord } from '../helpers/table6.js';
import { concat, ms932 } from '../helpers/bytes.js';
import { collect, cutAt, sourceKind, sourceOf } from './harness.js';

// Valid 第6表 files in any mix of the valid non-canonical forms: each record's line end (CRLF, LF, CR,
// none for the last), a quoted code, an empty free text without quotes, duplicate MS932 codes (and C0
// controls in free text). Whatever the mix:
// - `canonical` is true exactly when serialize writes the records back to the same bytes, and each form
//   used is named by its issue;
// - the streaming reader, however the bytes are cut, gives what the whole-buffer reader gives.
const DUPLICATES: readonly (readonly [number, number])[] = [
  [0x87, 0x90], // ≒ (canonical 81E0)
  [0xed, 0x40], // 纊 (canonical FA5C)
  [0xfa, 0x4a], // Ⅰ (canonical 8754)
];
const CANONICAL: readonly (readonly [number, number])[] = [
  [0x81, 0xe0],
  [0xfa, 0x5c],
  [0x87, 0x54],
];

const piece = fc.oneof(fc.constantFrom('あ', 'ひまわり', 'a', ' ', '\u0000', '\u001b'), fc.record({ dup: fc.boolean(), which: fc.nat({ max: 2 }) }));
const rowArb = fc.record({
  name: fc.array(piece, { maxLength: 4 }),
  eol: fc.constantFrom('\r\n', '\r\n', '\n', '\r'),
  quoteCode: fc.boolean(),
  bareEmpty: fc.boolean(),
});
const fileArb = fc.record({ rows: fc.array(rowArb, { minLength: 1, maxLength: 4 }), noFinal: fc.boolean() });

type Row = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

/** The bytes of a row (the provider name spliced in as bytes, so that duplicate codes can be written). */
function rowBytes(row: Row, last: boolean, noFinal: boolean): Uint8Array {
  const cells = cellsOf(validRecord({ equipmentName: '' })).map((c, i) => (i === 4 && row.quoteCode ? `"${c}"` : i === 17 && row.bareEmpty ? '' : c));
  const [before, after] = [`${cells.slice(0, 20).join(',')},"`, `",${cells.slice(21).join(',')}`];
  const name = row.name.map((p) => (typeof p === 'string' ? ms932(p) : Uint8Array.from((p.dup ? DUPLICATES : CANONICAL)[p.which]!)));
  return concat(ms932(before), ...name, ms932(after), ms932(last && noFinal ? '' : row.eol));
}

describe('non-canonical but valid forms', () => {
  it('property: canonical ⇔ serialize gives the same bytes; whole buffer = any cut, streamed', async () => {
    await fc.assert(
      fc.asyncProperty(fileArb, fc.array(fc.nat(), { maxLength: 8 }), sourceKind, async ({ rows, noFinal }, cuts, how) => {
        const bytes = concat(...rows.map((r, i) => rowBytes(r, i === rows.length - 1, noFinal)));
        const whole = parse(bytes, { kind: 'table6Plan' });
        expect(whole.ok).toBe(true);
        const back = serialize('table6Plan', whole.records).bytes as Uint8Array;
        expect(whole.canonical).toBe(back.length === bytes.length && back.every((b, k) => b === bytes[k]));
        const codes = whole.issues.map((i) => i.code);
        const dup = rows.some((r) => r.name.some((p) => typeof p !== 'string' && p.dup));
        expect(codes.includes('encoding.nonCanonical')).toBe(dup);
        expect(codes.includes('csv.quoting')).toBe(rows.some((r) => r.quoteCode || r.bareEmpty));
        expect(codes.includes('csv.lineBreak')).toBe(rows.some((r, i) => r.eol !== '\r\n' && !(noFinal && i === rows.length - 1)));
        expect(codes.includes('csv.finalLineBreak')).toBe(noFinal);
        // one issue per kind
        expect(new Set(codes.filter((c) => c !== 'field.controlChar')).size).toBe(codes.filter((c) => c !== 'field.controlChar').length);
        expect(whole.infoCount).toBe(whole.issues.filter((i) => i.severity === 'info').length);

        const { records, ...summary } = whole;
        expect(validate(bytes, { kind: 'table6Plan' })).toEqual(summary);
        const chunks = cutAt(bytes, cuts);
        expect(await validateStream(sourceOf(chunks, how), { kind: 'table6Plan' })).toEqual(summary);
        const streamed = await collect(parseStream(sourceOf(chunks, how), { kind: 'table6Plan' }));
        expect(streamed.result).toEqual(summary);
        expect(streamed.records.map((r) => r.record)).toEqual(records);
      }),
      { numRuns: 150 },
    );
  });

  it('property: what the serializer writes reads back canonical', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ひまわり', '≒', '纊', 'Ⅰ', '①', 'a"b', 'x\ny', ''), { minLength: 1, maxLength: 3 }), (names) => {
        const out = serialize(
          'table6Plan',
          names.map((providerName) => validRecord({ providerName })),
        );
        const r = parse(out.bytes as Uint8Array, { kind: 'table6Plan' });
        expect(r.issues).toEqual([]);
        expect(r.canonical).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
