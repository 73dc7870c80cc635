import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, SAMPLE_PLAN } from './harness.js';

/** The sample's records repeated `times` (same user-month: a valid, larger 第6表 file). */
function bigPlan(times: number): Uint8Array {
  const one = readFileSync(SAMPLE_PLAN);
  const out = new Uint8Array(one.length * times);
  for (let i = 0; i < times; i++) out.set(one, i * one.length);
  return out;
}

/**
 * Bounded memory, checked by sizes rather than RSS: the input is handed over in 4 KiB pieces, and the
 * output must be written while the input is still being read, in pieces that do not grow with the file.
 */
describe('to-json and from-json stream (memory bounded by sizes, not by the file)', () => {
  const bytes = bigPlan(400); // about 1 MB, 3,200 records
  const PIECE = 4096;
  const chunks = function* (b: Uint8Array) {
    for (let at = 0; at < b.length; at += PIECE) yield b.subarray(at, at + PIECE);
  };

  for (const jsonl of [false, true]) {
    it(`to-json${jsonl ? ' --jsonl' : ''} writes as it reads, in pieces of at most ~64 KiB`, () => {
      let read = 0;
      const writes: { size: number; readBefore: number }[] = [];
      const name = 'big/UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
      const r = run(
        ['to-json', ...(jsonl ? ['--jsonl'] : []), name],
        {},
        {
          stat: () => ({ type: 'file', size: bytes.length }),
          readChunks: function* () {
            for (const c of chunks(bytes)) {
              read += c.length;
              yield c;
            }
          },
          readFile: () => {
            throw new Error('read whole');
          },
          stdout: (t) => void writes.push({ size: t.length, readBefore: read }),
        },
      );
      expect(r.code).toBe(0);
      expect(writes.length).toBeGreaterThan(10);
      expect(Math.max(...writes.map((w) => w.size))).toBeLessThan(70 * 1024);
      // Half the output was written before the last piece of input was read.
      expect(writes[Math.floor(writes.length / 2)]?.readBefore).toBeLessThan(bytes.length);
    });
  }

  it('from-json --jsonl reads line by line and writes the CSV piece by piece', () => {
    const lines = run(['to-json', '--jsonl', SAMPLE_PLAN]).stdout.repeat(400);
    const input = new TextEncoder().encode(lines);
    let read = 0;
    const pieces: { size: number; readBefore: number }[] = [];
    let committed = false;
    const out = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
    const r = run(
      ['from-json', '--jsonl', 'in.jsonl', '-o', out],
      {},
      {
        readChunks: function* () {
          for (const c of chunks(input)) {
            read += c.length;
            yield c;
          }
        },
        readFile: () => {
          throw new Error('read whole');
        },
        openWrite: () => ({
          write: (b) => void pieces.push({ size: b.length, readBefore: read }),
          commit: () => void (committed = true),
          abort: () => undefined,
        }),
      },
    );
    expect(r.code).toBe(0);
    expect(committed).toBe(true);
    expect(pieces.reduce((n, p) => n + p.size, 0)).toBe(bytes.length);
    expect(pieces.length).toBeGreaterThan(5);
    expect(Math.max(...pieces.map((p) => p.size))).toBeLessThan(70 * 1024);
    expect(pieces[0]?.readBefore).toBeLessThan(input.length / 2);
  });
});
