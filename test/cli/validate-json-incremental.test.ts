import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../../src/cli/main.js';
import { writeJson } from '../../src/cli/output.js';
import { SAMPLE_PLAN } from './harness.js';

describe('validate --format json is written piece by piece', () => {
  it('a large report comes in writes of at most ~64 KiB, and is the same JSON as one stringify', () => {
    // 3,000 copies of one record with a bad date: one issue each, all listed (--max-issues).
    const lines = new TextDecoder('latin1').decode(readFileSync(SAMPLE_PLAN)).split('\r\n');
    const bad = (lines[0] as string).replace(',20250505,', ',20250532,');
    const name = 'UPPLAN_202505_1370000001_43_1310000002_11_20250425170512.CSV';
    const bytes = Uint8Array.from(`${`${bad}\r\n`.repeat(3000)}`, (c) => c.charCodeAt(0));
    const writes: string[] = [];
    const io: CliIo = {
      stdout: (t) => void writes.push(t),
      stderr: () => undefined,
      readFile: (p) => (p === name ? bytes : readFileSync(p)),
      writeFile: () => undefined,
    };
    expect(runCli(['validate', '--format', 'json', '--max-issues', '100000', name], io, 'x')).toBe(1);
    const text = writes.join('');
    expect(text.length).toBeGreaterThan(1_000_000);
    expect(Math.max(...writes.map((w) => w.length))).toBeLessThan(70 * 1024);
    const doc = JSON.parse(text);
    expect(doc.files[0].issues.filter((i: { code: string }) => i.code === 'field.date')).toHaveLength(3000);
    expect(text).toBe(`${JSON.stringify(doc, null, 2)}\n`);
  });

  it('writeJson writes what JSON.stringify(value, null, 2) writes, at any depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 6 }), (value, depth) => {
        let out = '';
        writeJson(value, (t) => void (out += t), depth);
        expect(out).toBe(JSON.stringify(value, null, 2));
      }),
    );
    let out = '';
    writeJson({ a: undefined, b: [undefined, () => 1], c: { d: new Date(0) } }, (t) => void (out += t));
    expect(out).toBe(JSON.stringify({ a: undefined, b: [undefined, () => 1], c: { d: new Date(0) } }, null, 2));
  });
});
