import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/options.js';
import { parseStream } from '../../src/stream/read-stream.js';
import { cellOffset, cellsOf, csvText, parsePlan, validRecord } from '../helpers/table6.js';
import { byteLength, concat, ms932 } from '../helpers/bytes.js';
import { byteByByte, collect } from '../stream/harness.js';

const name = 'ひまわり'.repeat(10); // 80 bytes
const rows = [cellsOf(validRecord({ providerName: name, serviceDate: '20250532' }))];
const bytes = ms932(csvText(rows));

describe('limit: maxFieldBytes (limit.fieldBytes)', () => {
  it('reports a longer field at the field, does not check it, and checks the rest of the record', () => {
    const r = parsePlan(bytes, { maxFieldBytes: 79 });
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.column, i.field, i.byteOffset, i.params])).toEqual([
      ['limit.fieldBytes', 'error', 1, 1, 21, 'providerName', cellOffset(rows, 0, 21), { expected: 79, actual: 80 }],
      ['field.date', 'error', 1, 1, 10, 'serviceDate', cellOffset(rows, 0, 10), {}],
    ]);
    // The record is kept, with its value.
    expect(r.records[0]!.providerName).toBe(name);
    expect(parsePlan(bytes, { maxFieldBytes: 80 }).issues.map((i) => i.code)).toEqual(['field.date']);
  });

  it('bad bytes inside a field that is too long are not reported at all', () => {
    const text = csvText([cellsOf(validRecord({ providerName: 'PLACEHOLDER' }))]);
    const [head, tail] = text.split('PLACEHOLDER') as [string, string];
    const bad = concat(ms932(head), new Uint8Array(100).fill(0x80), ms932(tail));
    // Within the limit, the run of 100 bad bytes is one issue (see read-encoding-issues-bounded.test.ts).
    expect(
      parsePlan(bad)
        .issues.filter((i) => i.code === 'encoding.invalidBytes')
        .map((i) => i.params),
    ).toEqual([{ actual: 100 }]);
    expect(parsePlan(bad, { maxFieldBytes: 50 }).issues.map((i) => i.code)).toEqual(['limit.fieldBytes']);
  });

  it('counts the bytes as written: "" counts two, the enclosing quotes do not', () => {
    // 20 characters, written "a""bcccccccccccccccccc": 21 bytes between the enclosing quotes (the other
    // columns are shorter).
    const quoted = ms932(csvText([cellsOf(validRecord({ providerName: `a"b${'c'.repeat(17)}` }))]));
    expect(parsePlan(quoted, { maxFieldBytes: 21 }).ok).toBe(true);
    expect(parsePlan(quoted, { maxFieldBytes: 20 }).issues.map((i) => [i.field, i.params])).toEqual([['providerName', { expected: 20, actual: 21 }]]);
  });

  it('is 64 KiB by default', () => {
    expect(DEFAULT_LIMITS.maxFieldBytes).toBe(2 ** 16);
    const long = ms932(csvText([cellsOf(validRecord({ providerName: 'あ'.repeat(2 ** 15) }))]));
    expect(parsePlan(long).ok).toBe(true);
    const longer = ms932(csvText([cellsOf(validRecord({ providerName: 'あ'.repeat(2 ** 15 + 1) }))]));
    expect(parsePlan(longer).issues.map((i) => i.code)).toEqual(['limit.fieldBytes']);
    expect(byteLength('あ')).toBe(2);
  });

  it('the stream gives the same records and result', async () => {
    const { records, ...whole } = parsePlan(bytes, { maxFieldBytes: 79 });
    const s = await collect(parseStream(byteByByte(bytes), { kind: 'table6Plan', maxFieldBytes: 79 }));
    expect(s.result).toEqual(whole);
    expect(s.records.map((x) => x.record)).toEqual(records);
    expect(s.records[0]!.issues.map((i) => i.code)).toEqual(['limit.fieldBytes', 'field.date']);
  });
});
