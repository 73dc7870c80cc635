import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/options.js';
import { parseStream } from '../../src/stream/read-stream.js';
import { cellsOf, csvText, parsePlan, rowOffset, validRecord } from '../helpers/table6.js';
import { byteLength, ms932 } from '../helpers/bytes.js';
import { collect, cutAt } from '../stream/harness.js';

const good = cellsOf(validRecord());
const long = cellsOf(validRecord({ providerName: 'あ'.repeat(300) }));
const rows = [good, long, good];
const bytes = ms932(csvText(rows));
const limit = byteLength(good.join(',')) + 10;

describe('limit: maxRecordBytes (limit.recordBytes)', () => {
  it('skips a longer record with an error at its start, and reads on', () => {
    const r = parsePlan(bytes, { maxRecordBytes: limit });
    // The limit was reached inside the quoted サービス事業所名: whether that quote would ever close cannot
    // be known without reading on, so the message says it may not.
    expect(r.issues.map((i) => [i.code, i.severity, i.line, i.record, i.column, i.byteOffset, i.params])).toEqual([
      ['limit.recordBytes', 'error', 2, null, null, rowOffset(rows, 1), { expected: limit, detail: 'openQuote' }],
    ]);
    // The skipped record is not counted: the next one is record 2.
    expect(r.recordCount).toBe(2);
    expect(r.truncated).toBe(false);
  });

  it('says nothing of quotes when the limit is reached outside them', () => {
    const unquoted = ms932(csvText([good, long.map((c, i) => (i === 20 ? c.slice(1, -1) : c)), good]));
    expect(parsePlan(unquoted, { maxRecordBytes: limit }).issues.map((i) => [i.code, i.params])).toEqual([
      ['limit.recordBytes', { expected: limit }],
    ]);
  });

  it('reads a record of exactly the limit (the line break does not count)', () => {
    const exact = byteLength(long.join(','));
    expect(parsePlan(bytes, { maxRecordBytes: exact }).ok).toBe(true);
    expect(parsePlan(bytes, { maxRecordBytes: exact - 1 }).issues.map((i) => i.code)).toEqual(['limit.recordBytes']);
  });

  it('an unterminated quote stops at the limit, says so, and reading resumes on the next line', () => {
    // The quote opened in サービス事業所名 of line 2 is never closed: the lines after it hold no quote.
    const open = cellsOf(validRecord()).map((c, i) => (i === 20 ? '"ひまわり' : c));
    const plain = cellsOf(validRecord({ planManagerName: '', providerName: '' })).map((c) => (c === '""' ? '' : c));
    const text = csvText([good, open, ...Array.from({ length: 20 }, () => plain)]);
    const limited = parsePlan(ms932(text), { maxRecordBytes: limit });
    const unlimited = parsePlan(ms932(text), { maxRecordBytes: Number.POSITIVE_INFINITY });
    // (the plain lines write their empty free text without quotes: valid, reported once as info)
    expect(unlimited.issues.map((i) => i.code)).toEqual(['csv.unterminatedQuote', 'csv.quoting']);
    expect(limited.issues.map((i) => [i.code, i.line, i.params])).toEqual([
      ['limit.recordBytes', 2, { expected: limit, detail: 'openQuote' }],
      ['csv.quoting', 3, { actual: 60 }],
    ]);
    expect(limited.issues[0]!.message).toContain('ダブルクォートが閉じられていない');
    // The same records either way.
    expect(limited.records).toEqual(unlimited.records);
    expect(limited.recordCount).toBe(21);
  });

  it('is 1 MiB by default', () => {
    expect(DEFAULT_LIMITS.maxRecordBytes).toBe(2 ** 20);
    const huge = ms932(csvText([cellsOf(validRecord({ providerName: 'x'.repeat(2 ** 20) }))]));
    expect(parsePlan(huge).issues.map((i) => i.code)).toEqual(['limit.recordBytes', 'file.empty']);
  });

  it('the stream gives the same records and result', async () => {
    const { records, ...whole } = parsePlan(bytes, { maxRecordBytes: limit });
    const s = await collect(parseStream(cutAt(bytes, [50, 400, 401, 402, 900]), { kind: 'table6Plan', maxRecordBytes: limit }));
    expect(s.result).toEqual(whole);
    expect(s.records.map((x) => x.record)).toEqual(records);
  });
});
