import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse, serialize, serializeUnknown } from '../../src/api.js';
import { decodeMs932 } from '../../src/encoding/decode.js';
import { encodeMs932 } from '../../src/encoding/encode.js';
import { recordLines } from '../../src/reconcile/index.js';
import { SUPPORTED_KINDS, type SupportedKind } from '../../src/schemas/layouts.js';
import { mutatedFile, validFile } from '../../src/testing/index.js';
import { validRecord } from '../helpers/table6.js';

const kind = fc.constantFrom(...SUPPORTED_KINDS);

/** parse's positions: the lines recordLines() gives, and offsets where those lines start. */
function check(bytes: Uint8Array, kind: SupportedKind): void {
  const r = parse(bytes, { kind });
  expect(r.recordLines).toBeInstanceOf(Int32Array);
  expect(r.recordLines).toHaveLength(r.records.length);
  expect(r.recordOffsets).toHaveLength(r.records.length);
  for (let i = 0; i < r.records.length; i++) {
    const offset = r.recordOffsets[i] as number;
    // A record starts a line: at the start of the file or after a line break.
    expect(offset === 0 || bytes[offset - 1] === 0x0a || bytes[offset - 1] === 0x0d).toBe(true);
    if (i > 0) expect(offset).toBeGreaterThan(r.recordOffsets[i - 1] as number);
  }
}

describe('parse keeps the line and byte offset where each record starts', () => {
  it('valid files of every kind: the lines of recordLines(), offsets at line starts', () => {
    fc.assert(
      fc.property(
        kind.chain((k) => validFile(k)),
        (f) => {
          const r = parse(f.bytes, { kind: f.kind });
          expect(Array.from(r.recordLines)).toEqual(recordLines(f.bytes));
          check(f.bytes, f.kind);
          // Canonical files: each record's offset is the length of the records written before it.
          let offset = 0;
          r.records.forEach((rec, i) => {
            expect(r.recordOffsets[i]).toBe(offset);
            offset += (serialize(f.kind, [rec], { allowInvalid: true }).bytes as Uint8Array).length;
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('files broken in every known way: the same lines as recordLines() when no header is skipped', () => {
    fc.assert(
      fc.property(
        kind.chain((k) => mutatedFile(k)),
        (m) => {
          const r = parse(m.bytes, { kind: m.file.kind });
          if (r.issues.some((i) => i.code === 'encoding.utf8' || i.code.startsWith('limit.'))) return;
          expect(Array.from(r.recordLines)).toEqual(recordLines(m.bytes));
          check(m.bytes, m.file.kind);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('text input: offsets are those of its MS932 encoding; a skipped header is not counted', () => {
    const header = `${Array.from({ length: 25 }, (_, i) => `列${i + 1}`).join(',')}\r\n`;
    const body = serialize('table6Plan', [validRecord({ providerName: '一行目\r\n二行目' }), validRecord({ serviceDate: '20250508' })]);
    const text = header + decodeMs932(body.bytes as Uint8Array).text;
    const r = parse(text, { kind: 'table6Plan', skipHeader: true });
    expect(r.issues.some((i) => i.code === 'csv.headerSkipped')).toBe(true);
    expect(Array.from(r.recordLines)).toEqual([2, 4]);
    const headerBytes = encodeMs932(header).bytes as Uint8Array;
    const first = (serializeUnknown('table6Plan', [r.records[0]], { allowInvalid: true }).bytes as Uint8Array).length;
    expect(Array.from(r.recordOffsets)).toEqual([headerBytes.length, headerBytes.length + first]);
    expect(recordLines(text).slice(1)).toEqual([2, 4]);
  });

  it('are left out of a spread and of JSON (not enumerable)', () => {
    const r = parse('202407,x\r\n', { kind: 'table6Plan' });
    expect(Object.keys(r)).not.toContain('recordLines');
    expect(JSON.stringify(r)).not.toContain('recordOffsets');
    expect(Array.from(r.recordLines)).toEqual([1]);
  });
});
