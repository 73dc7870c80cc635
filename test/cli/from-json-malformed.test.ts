import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonErrorPosition } from '../../src/cli/json-position.js';
import { run } from './harness.js';

describe('from-json on malformed JSON says where, never what', () => {
  it('reports line and column without quoting the input (personal data)', () => {
    const text = '{"kind": "table6Plan",\n "records": [{"providerName":テスト太郎}]}';
    const r = run(['from-json', 'in.json', '-o', 'out.CSV', '--locale', 'en'], { 'in.json': text });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('careplan-csv: in.json is not valid JSON (line 2, column 30)\n');
    expect(r.stderr).not.toContain('テスト');
    const ja = run(['from-json', 'in.json', '-o', 'out.CSV'], { 'in.json': text });
    expect(ja.stderr).toBe('careplan-csv: in.json は正しい JSON ではありません（2 行 30 文字目）\n');
    const truncated = run(['from-json', 'in.json', '-o', 'out.CSV', '--locale', 'en'], { 'in.json': '{"kind": "山田' });
    expect(truncated.stderr).toBe('careplan-csv: in.json is not valid JSON (line 1, column 13)\n');
    const notUtf8 = run(['from-json', 'in.json', '-o', 'out.CSV', '--locale', 'en'], { 'in.json': Uint8Array.from([0x7b, 0x82, 0xa0]) });
    expect(notUtf8.stderr).toBe('careplan-csv: in.json is not valid UTF-8\n');
  });

  it('jsonErrorPosition: null exactly when JSON.parse accepts the text', () => {
    const valid = (t: string) => {
      try {
        JSON.parse(t);
        return true;
      } catch {
        return false;
      }
    };
    const texts = fc.oneof(
      fc.json(),
      fc.json().map((t) => t.slice(0, -1)),
      fc.tuple(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', '"', '\\', '\n', 'x', '0', '-', '.', 'e', ' ')).map(([t, n, c]) => {
        const i = n % (t.length + 1);
        return t.slice(0, i) + c + t.slice(i);
      }),
      fc.string(),
    );
    fc.assert(
      fc.property(texts, (t) => (jsonErrorPosition(t) === null) === valid(t)),
      { numRuns: 2000 },
    );
    expect(jsonErrorPosition('['.repeat(200_000))).toEqual({ line: 1, column: 200_001 });
  });
});
