import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serialize } from '../../src/api.js';
import { serializeStream } from '../../src/serialize/stream.js';
import { validRecord } from '../helpers/table6.js';

// A replacement for unmappable characters is written as it is: one that is CSV syntax (`"` `,` CR LF) would
// end a field or a record in the middle of a value. Such a replacement is API misuse (TypeError), for
// serialize and serializeStream alike (before any record is read); any replacement that is accepted gives
// bytes that read back to the records with the replacement in place of each unmappable character.
describe('serializer: a replacement that is CSV syntax is refused; an accepted one reads back', () => {
  const rec = validRecord({ providerName: '😀屋', satelliteBranch: 'A😀' });

  for (const replacement of ['"', ',', '\n', '\r', '\r\n', 'x"y', '〓,', ' "']) {
    it(`${JSON.stringify(replacement)} is a TypeError for serialize and serializeStream`, () => {
      expect(() => serialize('table6Plan', [rec], { unmappable: { replacement } })).toThrow(TypeError);
      expect(() => serializeStream('table6Plan', [rec], { unmappable: { replacement } })).toThrow(TypeError);
    });
  }

  it('serializeStream refuses a replacement MS932 cannot hold at the call, like serialize', () => {
    expect(() => serializeStream('table6Plan', [rec], { unmappable: { replacement: '😀' } })).toThrow(TypeError);
  });

  // Candidate replacements: CSV syntax, ASCII, controls, MS932 text, and characters MS932 cannot hold.
  const piece = fc.constantFrom('"', ',', '\r', '\n', '\t', '?', '-', ' ', '〓', '＿', 'ｱ', '\u0000', '😀', '¥', '');
  const replacementArb = fc.array(piece, { maxLength: 4 }).map((a) => a.join(''));
  const valueArb = fc.array(fc.constantFrom('a', 'あ', '😀', '\u00a0', '𠮷', '1'), { maxLength: 6 }).map((a) => a.join(''));

  it('property: any accepted replacement gives bytes that read back to the same records (both write paths)', () => {
    fc.assert(
      fc.property(replacementArb, valueArb, valueArb, fc.boolean(), (replacement, free, plain, many) => {
        const records = many
          ? [validRecord(), validRecord({ providerName: free, satelliteBranch: plain }), validRecord({ providerName: free })]
          : [validRecord({ providerName: free, satelliteBranch: plain })];
        let out: ReturnType<typeof serialize> | undefined;
        try {
          out = serialize('table6Plan', records, { unmappable: { replacement }, allowInvalid: true });
        } catch (e) {
          expect(e).toBeInstanceOf(TypeError);
          // refused: empty, CSV syntax, or not MS932
          expect(replacement === '' || /["',\r\n]|😀|¥/u.test(replacement)).toBe(true);
          return;
        }
        expect(/["\r\n,]/.test(replacement)).toBe(false);
        const bytes = out.bytes as Uint8Array;
        expect(bytes).not.toBeNull();
        const back = parse(bytes, { kind: 'table6Plan' });
        const expected = records.map((r) => ({
          ...r,
          providerName: r.providerName.replace(/😀|\u00a0|𠮷/gu, replacement),
          satelliteBranch: r.satelliteBranch.replace(/😀|\u00a0|𠮷/gu, replacement),
        }));
        expect(back.records).toEqual(expected);
        for (const code of ['csv.textAfterClosingQuote', 'csv.columnCount', 'csv.emptyLine', 'csv.quoteInUnquotedField']) {
          expect(back.issues.map((i) => i.code)).not.toContain(code);
        }
      }),
      { numRuns: 300 },
    );
  });
});
