import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

const OUT = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
const PIECE = 4096;

/** The to-json document of the sample with its records repeated `times` (a larger valid 第6表 file). */
function bigDocument(times: number): { doc: Record<string, unknown>; csv: Uint8Array } {
  const doc = JSON.parse(run(['to-json', SAMPLE_PLAN]).stdout) as { records: unknown[] };
  const records = Array.from({ length: times }, () => doc.records).flat();
  const one = readFileSync(SAMPLE_PLAN);
  const csv = new Uint8Array(one.length * times);
  for (let i = 0; i < times; i++) csv.set(one, i * one.length);
  return { doc: { ...doc, records }, csv };
}

/** Runs from-json on `text` handed over in 4 KiB pieces; records how much was read before each write. */
function fromJsonInPieces(text: string) {
  const input = new TextEncoder().encode(text);
  let read = 0;
  const writes: { size: number; readBefore: number }[] = [];
  const out: Uint8Array[] = [];
  let committed = false;
  let readWhole = 0;
  const r = run(
    ['from-json', 'in.json', '-o', OUT],
    { 'in.json': input },
    {
      readChunks: function* () {
        for (let at = 0; at < input.length; at += PIECE) {
          read += Math.min(PIECE, input.length - at);
          yield input.subarray(at, at + PIECE);
        }
      },
      readFile: () => {
        readWhole++;
        return input;
      },
      openWrite: () => ({
        write: (b) => {
          writes.push({ size: b.length, readBefore: read });
          out.push(b);
        },
        commit: () => void (committed = true),
        abort: () => void (out.length = 0),
      }),
    },
  );
  return { ...r, writes, committed, readWhole, inputLength: input.length, bytes: Buffer.concat(out) };
}

describe('from-json reads the to-json document record by record (memory bounded by sizes, not by the file)', () => {
  const { doc, csv } = bigDocument(400); // about 1 MB of CSV, 3,200 records

  it('writes the CSV piece by piece while the document is still being read, without reading it whole', () => {
    const r = fromJsonInPieces(JSON.stringify(doc, null, 2));
    expect(r.code).toBe(0);
    expect(r.committed).toBe(true);
    expect(r.readWhole).toBe(0);
    expect(Buffer.compare(r.bytes, Buffer.from(csv))).toBe(0);
    expect(r.writes.length).toBeGreaterThan(5);
    expect(Math.max(...r.writes.map((w) => w.size))).toBeLessThan(70 * 1024);
    expect(r.writes[0]?.readBefore).toBeLessThan(r.inputLength / 2);
  });

  it('gives the same CSV for a document written without whitespace', () => {
    const r = fromJsonInPieces(JSON.stringify(doc));
    expect(r.code).toBe(0);
    expect(r.readWhole).toBe(0);
    expect(Buffer.compare(r.bytes, Buffer.from(csv))).toBe(0);
  });

  it('reads a document of another key order whole, with the same CSV', () => {
    const { records, ...rest } = doc;
    const r = fromJsonInPieces(JSON.stringify({ records, ...rest }));
    expect(r.code).toBe(0);
    expect(r.readWhole).toBe(1);
    expect(Buffer.compare(r.bytes, Buffer.from(csv))).toBe(0);
  });

  it('reports a document broken after its records as before (line and column), and writes nothing', () => {
    const text = `${JSON.stringify(doc, null, 2).slice(0, -2)}\n  "x": tru\n}`;
    const streamed = fromJsonInPieces(text);
    const whole = run(['from-json', 'in.json', '-o', OUT], { 'in.json': text });
    expect(streamed.code).toBe(whole.code);
    expect(streamed.stderr).toBe(whole.stderr);
    expect(streamed.committed).toBe(false);
    expect(streamed.bytes.length).toBe(0);
  });

  it('reads a document whole when one record is very long (linear time), with the same answer', () => {
    const records = (doc.records as Record<string, unknown>[]).slice(0, 3);
    const long = { ...records[0], providerName: 'あ'.repeat(1_100_000) };
    const text = JSON.stringify({ ...doc, records: [...records, long] });
    const streamed = fromJsonInPieces(text);
    const whole = run(['from-json', 'in.json', '-o', OUT], { 'in.json': text });
    expect(streamed.readWhole).toBe(1);
    expect(streamed.code).toBe(whole.code);
    expect(streamed.stderr).toBe(whole.stderr);
  });

  for (const [name, text] of [
    ['a trailing comma in the records', '{"kind": "table6Plan", "records": [{}, ]}'],
    ['a key given twice', '{"kind": "table6Plan", "records": [], "records": [{}]}'],
    ['text after the document', '{"kind": "table6Plan", "records": []} []'],
    ['a kind that is not a kind', '{"kind": "nope", "records": []}'],
  ] as const) {
    it(`answers as the whole-document reading does for ${name}`, () => {
      const streamed = fromJsonInPieces(text);
      const whole = run(['from-json', 'in.json', '-o', OUT], { 'in.json': text });
      expect(streamed.code).toBe(whole.code);
      expect(streamed.stderr).toBe(whole.stderr);
    });
  }
});
