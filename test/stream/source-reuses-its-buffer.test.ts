import { describe, expect, it } from 'vitest';
import { parse, validate } from '../../src/api.js';
import { parseStream, validateStream } from '../../src/stream/read-stream.js';
import { recordsText, validRecord } from '../helpers/table6.js';
import { ms932 } from '../helpers/bytes.js';

// Rows of one byte length whose names differ (same length, other characters): a reader that took a value
// from where the previous row's was, in a buffer refilled since, would repeat the old name.
const NAMES = ['介護　花子', '看護　太郎', '福祉　次郎'] as const;
const PROVIDERS = ['ひまわり訪問介護ステーション', 'あさがお訪問介護ステーション', 'すみれ訪問介護ステーション０'] as const;
const records = Array.from({ length: 9 }, (_, i) =>
  validRecord({ planManagerName: NAMES[i % 3] as string, providerName: PROVIDERS[(i * 2) % 3] as string }),
);
const lines = records.map((r) => ms932(recordsText([r])));

describe('a source may refill one buffer for every chunk (the reader keeps no reference to it)', () => {
  it('records of rows read from one refilled buffer are those of parse', async () => {
    expect(new Set(lines.map((l) => l.length)).size).toBe(1);
    const buffer = new Uint8Array((lines[0] as Uint8Array).length);
    const source = (async function* () {
      for (const l of lines) {
        buffer.set(l);
        yield buffer;
      }
    })();
    const got: unknown[] = [];
    for await (const r of parseStream(source, { kind: 'table6Plan' })) got.push(r.record);
    const whole = parse(ms932(recordsText(records)), { kind: 'table6Plan' });
    expect(whole.ok).toBe(true);
    expect(got).toEqual(whole.records);
    expect(got.map((r) => (r as { planManagerName: string }).planManagerName)).toEqual(records.map((r) => r.planManagerName));
  });

  it('a Node Buffer refilled for every chunk: the values a file check keeps are copies (Buffer#slice is a view)', async () => {
    // Rows of one length whose 対象年月 differ: the file's months are tallied (file.mixedMonth), so the
    // kept month bytes must not change when the buffer is refilled.
    const months = ['202505', '202506', '202505', '202507', '202506', '202505'];
    const rows = months.map((targetMonth) => validRecord({ targetMonth }));
    const rowBytes = rows.map((r) => ms932(recordsText([r])));
    expect(new Set(rowBytes.map((l) => l.length)).size).toBe(1);
    const buffer = Buffer.alloc((rowBytes[0] as Uint8Array).length);
    const source = (async function* () {
      for (const l of rowBytes) {
        buffer.set(l);
        yield buffer;
      }
    })();
    const whole = validate(ms932(recordsText(rows)), { kind: 'table6Plan' });
    expect(whole.issues.map((i) => i.code)).toContain('file.mixedMonth');
    expect(await validateStream(source, { kind: 'table6Plan' })).toEqual(whole);
  });
});
